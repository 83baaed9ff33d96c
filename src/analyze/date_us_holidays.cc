#include "analyze/date_us_holidays.h"

namespace newsdesk::analyze {
namespace {

int weekday_of(const CivilDate& d) {  // 1 Monday .. 7 Sunday; 1970-01-01 was a Thursday
  long w = ((days_from_civil(d) % 7) + 7 + 3) % 7;
  return static_cast<int>(w) + 1;
}

CivilDate plus_days(const CivilDate& d, long n) { return civil_from_days(days_from_civil(d) + n); }

}  // namespace

CivilDate weekday_holiday_in(int year, int value) {
  int v = value - kWeekdayHolidayBase;
  int month = v / 1000, nth = v / 100 % 10, wd = v / 10 % 10, after = v % 10;
  if (month < 1 || month > 12 || nth < 1 || wd < 1 || wd > 7) return CivilDate{year, 1, 1};
  CivilDate first{year, month, 1};
  long day;
  if (nth == 5) {  // the last: from the first of the next month back to that weekday
    CivilDate next = month == 12 ? CivilDate{year + 1, 1, 1} : CivilDate{year, month + 1, 1};
    CivilDate last = plus_days(next, -1);
    day = days_from_civil(last) - (weekday_of(last) - wd + 7) % 7;
  } else {
    day = days_from_civil(first) + (wd - weekday_of(first) + 7) % 7 + 7 * (nth - 1);
  }
  return civil_from_days(day + after);
}

std::pair<CivilDate, CivilDate> holiday_weekend(const CivilDate& holiday) {
  const int wd = weekday_of(holiday);
  if (wd >= 6) {  // on the weekend itself
    CivilDate saturday = plus_days(holiday, 6 - wd);
    return {saturday, plus_days(saturday, 2)};
  }
  if (wd <= 3) return {plus_days(holiday, -(wd + 1)), plus_days(holiday, 1)};  // the Saturday before on
  return {holiday, plus_days(holiday, 8 - wd)};                                 // through the Sunday after
}

}  // namespace newsdesk::analyze
