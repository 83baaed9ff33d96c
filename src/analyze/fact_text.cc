#include "analyze/fact_text.h"

namespace newsdesk::analyze {

FactText::FactText(const std::vector<FactToken>& tokens, std::string_view language)
    : tokens_(tokens), language_(language), numbers_(tokens.size()) {
  date_words_.reserve(tokens.size() + 1);
  for (size_t i = 0; i < tokens.size(); ++i) date_words_.push_back(match_date_words(tokens, i, language_));
  date_words_.emplace_back();
}

const std::optional<NumberMention>& FactText::number_at(size_t i) const {
  static const std::optional<NumberMention> kNone;
  if (i >= tokens_.size()) return kNone;
  if (!numbers_[i]) numbers_[i] = read_number_at(tokens_, i, language_);
  return *numbers_[i];
}

}  // namespace newsdesk::analyze
