// "the week after next", "the month after next", "the year before last": English for the period two
// away from the anchor's own. News writes it for schedules ("talks resume the week after next").
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct PeriodTwoAway {
  size_t end = 0;  // the token after "next" / "last"
  int unit = 0;    // 1 week, 2 month, 3 year (the lexicon's unit values)
  int mod = 0;     // +2 after next, -2 before last
};

// The phrase starting at token i ("the" optional, and kept in the span), or none.
std::optional<PeriodTwoAway> period_two_away_at(const std::vector<FactToken>& t, size_t i);

}  // namespace newsdesk::analyze
