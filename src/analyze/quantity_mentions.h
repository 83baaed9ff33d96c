// Quantities in news text: a number with its bound ("circa", "more than"), its unit
// (people, soldiers, %, EUR, km, ha) and what it counts (killed, injured, troops, money…).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct QuantityMention {
  size_t begin = 0, end = 0;  // byte span: bound words, number and unit
  std::string text;           // that span as written
  double value = 0;
  std::string bound = "exact";  // exact | about | at_least | more_than | at_most | less_than
  std::string unit;             // "people", "soldiers", "%", "EUR", "USD", "km", "ha", "t", "years"… or ""
  std::string counts;           // killed | injured | missing | displaced | arrested | troops | money | ""
};

// Every quantity in `text` (language: ISO 639-1), left to right. Byte spans in
// `skip` (dates found elsewhere) hold no quantities; bare years are left out too.
std::vector<QuantityMention> find_quantities(std::string_view text, std::string_view language,
                                             const std::vector<std::pair<size_t, size_t>>& skip = {});

// The same on tokens already made from `text`.
std::vector<QuantityMention> find_quantities(const std::vector<FactToken>& tokens, std::string_view text,
                                             std::string_view language,
                                             const std::vector<std::pair<size_t, size_t>>& skip);

class FactText;  // analyze/fact_text.h

// The same on a FactText of `text` (find_facts shares one among its finders).
std::vector<QuantityMention> find_quantities(const FactText& fact_text, std::string_view text,
                                             const std::vector<std::pair<size_t, size_t>>& skip);

}  // namespace newsdesk::analyze
