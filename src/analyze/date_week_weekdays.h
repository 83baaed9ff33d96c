// "Monday two weeks from now", "in 3 days on Friday", "Sunday 3 weeks after January 15th": a
// weekday named beside a day counted from another says which day of that day's week is meant.
// The week is counted Sunday to Saturday, as American English counts it.
#pragma once

#include "analyze/date_mentions.h"

namespace newsdesk::analyze {

// The day with `weekday` (1 Monday .. 7 Sunday) in the Sunday-to-Saturday week that holds `day`.
CivilDate weekday_in_week_of(const CivilDate& day, int weekday);

}  // namespace newsdesk::analyze
