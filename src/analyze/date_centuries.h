// Centuries by number: "15th century", "the 21st century" (1400-01-01 up to 1500-01-01).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyze/date_lexicon.h"
#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct CenturySpan {
  size_t end = 0;     // token after the century word
  int first_year = 0;  // 1400 for the 15th
};

// The century whose ordinal number ("15th": digits and a glued ordinal suffix) is at token i.
std::optional<CenturySpan> century_at(const std::vector<FactToken>& t,
                                      const std::vector<std::vector<DateWordMatch>>& words, size_t i);

}  // namespace newsdesk::analyze
