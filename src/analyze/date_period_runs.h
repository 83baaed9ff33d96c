// Runs of whole calendar quarters or decades next to the anchor's own: "the last 2 quarters",
// "next 7 quarters", "i prossimi 2 trimestri", "the next two decades", "las próximas dos décadas".
// They count from the period's boundary, not from the anchor's day as "the last 3 months" does.
// Runs of business days ("the next 4 business days") count Mondays to Fridays only.
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

struct PeriodRun {
  size_t first = 0, end = 0;  // tokens [first, end)
  int count = 0;
  int direction = 0;          // -1 the periods before the anchor's, +1 those after it
  int months = 0;             // the period's length: 3 a quarter, 120 a decade; 0 business days
};

// The run whose modifier ("last", "the past", "coming", "prossimi") starts at token i.
std::optional<PeriodRun> period_run_at(const std::vector<FactToken>& t,
                                       const std::vector<std::vector<DateWordMatch>>& words, size_t i,
                                       std::string_view language);

// Its days: the first day and the day after the last.
std::pair<CivilDate, CivilDate> period_run_days(const CivilDate& anchor, const PeriodRun& run);

}  // namespace newsdesk::analyze
