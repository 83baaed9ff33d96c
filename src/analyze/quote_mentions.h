// Direct quotations (« », “ ”, „ “, " ") and, when the sentence names one, their speaker
// ("ha detto Putin", "said Kim Jong Un", "selon Macron", "Scholz sagte").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct QuoteMention {
  size_t begin = 0, end = 0;  // byte span of the quoted words, marks excluded
  std::string text;
  std::string speaker;        // "" when the text names none nearby
};

// Quotations of at least three words (shorter ones are mostly scare quotes or titles).
std::vector<QuoteMention> find_quotes(std::string_view text, std::string_view language);

// The same on tokens already made from `text`.
std::vector<QuoteMention> find_quotes(const std::vector<FactToken>& tokens, std::string_view text,
                                      std::string_view language);

}  // namespace newsdesk::analyze
