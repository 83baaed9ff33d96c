// Runs of whole calendar quarters next to the anchor's own: "the last 2 quarters", "previous three
// quarters", "next 7 quarters", "i prossimi 2 trimestri". They count from the quarter's boundary,
// not from the anchor's day as "the last 3 months" does.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "analyze/date_lexicon.h"
#include "analyze/date_mentions.h"
#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct QuarterRun {
  size_t first = 0, end = 0;  // tokens [first, end): the modifier's last word up to the unit
  int count = 0;
  int direction = 0;          // -1 the quarters before the anchor's, +1 those after it
};

// The run whose modifier ("last", "the past", "coming", "prossimi") starts at token i.
std::optional<QuarterRun> quarter_run_at(const std::vector<FactToken>& t,
                                         const std::vector<std::vector<DateWordMatch>>& words, size_t i,
                                         std::string_view language);

// Its days: the first day and the day after the last.
std::pair<CivilDate, CivilDate> quarter_run_days(const CivilDate& anchor, int count, int direction);

}  // namespace newsdesk::analyze
