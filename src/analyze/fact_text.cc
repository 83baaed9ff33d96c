#include "analyze/fact_text.h"

namespace newsdesk::analyze {

FactText::FactText(const std::vector<FactToken>& tokens, std::string_view language)
    : tokens_(tokens), language_(language), numbers_(tokens.size()) {}

const std::vector<std::vector<DateWordMatch>>& FactText::date_words() const {
  if (date_words_.empty()) {  // never empty once made: it ends with the entry past the end
    date_words_.reserve(tokens_.size() + 1);
    for (size_t i = 0; i < tokens_.size(); ++i) date_words_.push_back(match_date_words(tokens_, i, language_));
    date_words_.emplace_back();
  }
  return date_words_;
}

const std::optional<NumberMention>& FactText::number_at(size_t i) const {
  static const std::optional<NumberMention> kNone;
  if (i >= tokens_.size()) return kNone;
  if (!numbers_[i]) numbers_[i] = read_number_at(tokens_, i, language_);
  return *numbers_[i];
}

}  // namespace newsdesk::analyze
