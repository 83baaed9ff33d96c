#include "analyze/date_anchored_spans.h"

#include "analyze/quantity_numbers.h"

namespace newsdesk::analyze {
namespace {

constexpr long kDay = 86400;

// One amount and its clock unit at j ("2.5 hrs", "an hour"): seconds and the token after the unit.
std::optional<ClockAmount> one_amount(const std::vector<FactToken>& t, const std::vector<std::vector<DateWordMatch>>& words,
                                      size_t j, std::string_view language) {
  if (j >= t.size()) return std::nullopt;
  auto n = read_number_at(t, j, language);
  if (!n || n->glued_unit || n->value <= 0 || n->end_token >= words.size()) return std::nullopt;
  for (const DateWordMatch& u : words[n->end_token])
    if (u.kind == DateWord::kDurUnit && u.value < kDay)
      return ClockAmount{static_cast<long>(n->value * u.value + 0.5), u.end_token};
  return std::nullopt;
}

}  // namespace

std::optional<ClockAmount> clock_amount_at(const std::vector<FactToken>& t,
                                           const std::vector<std::vector<DateWordMatch>>& words, size_t j,
                                           std::string_view language) {
  auto first = one_amount(t, words, j, language);
  if (!first) return std::nullopt;
  // "3 hours 30 minutes", "1 hour and 30 minutes": a smaller unit goes on
  size_t k = first->end;
  if (k < t.size() && (t[k].folded == "and" || t[k].folded == "e" || t[k].folded == "y" || t[k].folded == "et" ||
                       t[k].folded == "und"))
    ++k;
  if (auto more = one_amount(t, words, k, language); more && more->seconds < first->seconds)
    return ClockAmount{first->seconds + more->seconds, more->end};
  return first;
}

bool lasting_word_at(const std::vector<FactToken>& t, size_t j, std::string_view language) {
  if (j >= t.size() || t[j].kind != TokenKind::kWord) return false;
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {"en", "for"},  {"it", "per"},     {"de", "fur"},    {"fr", "pendant"}, {"fr", "pour"},
      {"es", "por"},  {"es", "durante"}, {"pt", "por"},    {"pt", "durante"}};
  for (auto& [lang, w] : kWords)
    if (language.substr(0, 2) == lang && t[j].folded == w) return true;
  return false;
}

}  // namespace newsdesk::analyze
