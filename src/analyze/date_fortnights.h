// Fortnights: "the fortnight", "past fortnight", "next fortnight" name two weeks from a Monday
// (the anchor's week and the next, or the two before or after them), as Recognizers-Text reads them.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyze/date_lexicon.h"

namespace newsdesk::analyze {

struct FortnightPeriod {
  size_t end = 0;  // token after the fortnight word
  int mod = 0;     // -1 the two weeks before the anchor's, 0 the anchor's week and the next, +1 the two after
};

// The fortnight period whose modifier ("the", "this", "past", "next") is at token i.
std::optional<FortnightPeriod> fortnight_period_at(const std::vector<std::vector<DateWordMatch>>& words, size_t i);

// The days of the fortnight word at token j (14), or 0 when there is none; `end` gets the token after it.
int fortnight_days_at(const std::vector<std::vector<DateWordMatch>>& words, size_t j, size_t& end);

}  // namespace newsdesk::analyze
