// Holidays that fall on a weekday of a month rather than on a fixed day ("Labor Day", the first
// Monday of September; "Thanksgiving", the fourth Thursday of November), and the long weekend a
// holiday makes ("Labor Day weekend", "the weekend of Thanksgiving"). US news dates by them.
#pragma once

#include <utility>

#include "analyze/date_mentions.h"

namespace newsdesk::analyze {

// The lexicon writes such a holiday's value as kWeekdayHolidayBase + month * 1000 + nth * 100 +
// weekday * 10 + days after it: nth 1..4, or 5 the last one; weekday 1 Monday .. 7 Sunday.
// Black Friday, the day after Thanksgiving, is 21441.
constexpr int kWeekdayHolidayBase = 10000;

inline bool is_weekday_holiday(int value) { return value >= kWeekdayHolidayBase; }

// That holiday's day in `year`.
CivilDate weekday_holiday_in(int year, int value);

// The weekend a holiday falls in or next to, stretched to take in the holiday: Saturday and
// Sunday for a holiday on them; from Saturday through a Monday to Wednesday holiday; from a
// Thursday or Friday holiday through Sunday. First day and the day after the last.
std::pair<CivilDate, CivilDate> holiday_weekend(const CivilDate& holiday);

}  // namespace newsdesk::analyze
