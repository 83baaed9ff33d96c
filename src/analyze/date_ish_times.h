// "11ish", "noonish", "sevenish": an English hour said loosely, with "-ish" glued to it. News and
// messages write it for a time of day ("back noonish"); it reads as that hour.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct IshTime {
  int hour = 0;    // 0..23 as written ("noonish" 12, "11ish" 11)
  size_t end = 0;  // the token after it
};

// The "-ish" hour starting at token i, or none.
std::optional<IshTime> ish_time_at(const std::vector<FactToken>& t, size_t i);

}  // namespace newsdesk::analyze
