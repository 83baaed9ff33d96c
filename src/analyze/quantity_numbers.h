// Numbers as the news' languages write them: digits in the locale's notation
// ("2.000" it = 2000, "5.3" en, "37,5" es, "1 234"), words ("due dozzine",
// "einhunderteinunddreißig", "twenty-one"), and digits with a scale ("1,5 milioni").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct NumberMention {
  size_t begin = 0, end = 0;            // byte span in the text
  size_t first_token = 0, end_token = 0;  // token range [first, end)
  double value = 0;
  bool words = false;        // written (at least partly) in words
  bool article_only = false; // just an article read as one: "a", "un", "ein"
  bool glued_unit = false;   // digits glued to letters that are no scale: "180,25ml"
};

// The number starting at tokens[i], if any. `language` is an ISO 639-1 code.
std::optional<NumberMention> read_number_at(const std::vector<FactToken>& tokens, size_t i,
                                            std::string_view language);

// Every number in the tokens, left to right, non-overlapping.
std::vector<NumberMention> find_numbers(const std::vector<FactToken>& tokens,
                                        std::string_view language);

class FactText;  // analyze/fact_text.h

// The same over a FactText, whose numbers other finders share.
std::vector<NumberMention> find_numbers(const FactText& text);

// Convenience: tokenizes `text` first.
std::vector<NumberMention> find_numbers(std::string_view text, std::string_view language);

// The value of a single folded word that is a number word or a fused one
// ("ventuno", "dreiundzwanzig"), if it is one.
std::optional<double> number_word_value(std::string_view folded_word, std::string_view language);

}  // namespace newsdesk::analyze
