// A text as the fact finders see it: its tokens, and what several finders ask of each
// token -- the date words that start there and the number that starts there. Dates,
// durations and quantities all asked for both; worked out once per text here, they were
// a fifth of find_facts' time when each finder read them again.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/date_lexicon.h"
#include "analyze/facts_tokens.h"
#include "analyze/quantity_numbers.h"

namespace newsdesk::analyze {

class FactText {
 public:
  // `tokens` must outlive this object.
  FactText(const std::vector<FactToken>& tokens, std::string_view language);

  const std::vector<FactToken>& tokens() const { return tokens_; }
  std::string_view language() const { return language_; }

  // match_date_words() at each token, and one empty entry past the last token; made on
  // first use, so a finder that reads only numbers does not pay for them.
  const std::vector<std::vector<DateWordMatch>>& date_words() const;
  const std::vector<DateWordMatch>& date_words_at(size_t i) const {
    const auto& words = date_words();
    return words[i < words.size() ? i : words.size() - 1];
  }

  // read_number_at(tokens, i, language), read on first use.
  const std::optional<NumberMention>& number_at(size_t i) const;

 private:
  const std::vector<FactToken>& tokens_;
  std::string language_;
  mutable std::vector<std::vector<DateWordMatch>> date_words_;  // empty until asked
  mutable std::vector<std::optional<std::optional<NumberMention>>> numbers_;
};

}  // namespace newsdesk::analyze
