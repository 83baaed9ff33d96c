#include "analyze/date_week_weekdays.h"

namespace newsdesk::analyze {

CivilDate weekday_in_week_of(const CivilDate& day, int weekday) {
  long d = days_from_civil(day);
  long since_sunday = ((d % 7) + 7 + 4) % 7;  // 1970-01-01 was a Thursday: 4 days after a Sunday
  return civil_from_days(d - since_sunday + weekday % 7);
}

}  // namespace newsdesk::analyze
