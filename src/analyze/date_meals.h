// A meal as a time of day: "at lunch", "around dinner", "lunchtime", and one side of it,
// "after breakfast", "before lunch" (Recognizers-Text's TMEB, TMEL, TMED).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyze/date_lexicon.h"

namespace newsdesk::analyze {

struct MealTime {
  size_t first = 0, end = 0;  // tokens [first, end)
  int hour = 0;               // the meal's first hour, or its last after "after"
  int hour_end = -1;          // the meal's last hour; -1 when one side is given ("before lunch")
  bool approx = false;        // "around dinner"
};

// The meal time starting at token i, given the date words at each token. A meal word alone
// ("we had lunch") is no time: it needs "at"/"around" in front, "after"/"before" (the bound
// itself is added by bound_times), or to name the time by itself ("lunchtime").
std::optional<MealTime> meal_time_at(const std::vector<std::vector<DateWordMatch>>& words, size_t i);

}  // namespace newsdesk::analyze
