// German days and months written as numbers: "7. vierter", "siebter 4.", "den siebten vierten",
// "27. 11.", "dritter/11." (the month by its number, as an ordinal word or digits with a dot).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

// The value of a folded German ordinal word: "siebten" 7, "dritter" 3, "neunundzwanzigsten" 29.
std::optional<int> german_ordinal_value(std::string_view folded);

// A month given by its number right after a day, at token j: an ordinal word up to 12 ("vierter",
// "zwölften") or one or two digits with their dot ("4.", "11."). Returns the month and the token after it.
std::optional<std::pair<int, size_t>> german_month_number_at(const std::vector<FactToken>& t, size_t j);

}  // namespace newsdesk::analyze
