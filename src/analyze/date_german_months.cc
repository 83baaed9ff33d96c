#include "analyze/date_german_months.h"

#include <string>

#include "analyze/quantity_numbers.h"

namespace newsdesk::analyze {

std::optional<int> german_ordinal_value(std::string_view w) {
  // The stems that change before the suffix ("ers|ter", "drit|ten", "sieb|te", "ach|ter"); the others are
  // number words ("vier|ter", "zwanzig|sten").
  static const std::pair<std::string_view, int> kStems[] = {{"ers", 1}, {"drit", 3}, {"sieb", 7}, {"ach", 8}};
  for (std::string_view suf : {"sten", "ster", "stes", "ste", "ten", "ter", "tes", "te"}) {
    if (w.size() <= suf.size() + 2 || w.compare(w.size() - suf.size(), suf.size(), suf) != 0) continue;
    std::string_view root = w.substr(0, w.size() - suf.size());
    for (auto& [stem, v] : kStems)
      if (root == stem) return v;
    if (auto n = number_word_value(root, "de"); n && *n >= 1 && *n <= 31 && *n == static_cast<int>(*n))
      return static_cast<int>(*n);
  }
  return std::nullopt;
}

std::optional<std::pair<int, size_t>> german_month_number_at(const std::vector<FactToken>& t, size_t j) {
  if (j >= t.size()) return std::nullopt;
  const FactToken& tok = t[j];
  if (tok.kind == TokenKind::kWord) {
    auto v = german_ordinal_value(tok.folded);
    if (v && *v <= 12) return std::make_pair(*v, j + 1);
    return std::nullopt;
  }
  // digits need their dot (a bare "4" after a day is a count or an hour), and no number goes on after it
  if (tok.kind != TokenKind::kDigits || tok.folded.size() > 2 || j + 1 >= t.size() || t[j + 1].folded != "." ||
      t[j + 1].space_before)
    return std::nullopt;
  if (j + 2 < t.size() && !t[j + 2].space_before && t[j + 2].kind == TokenKind::kDigits) return std::nullopt;
  int m = std::stoi(tok.folded);
  if (m < 1 || m > 12) return std::nullopt;
  return std::make_pair(m, j + 2);
}

}  // namespace newsdesk::analyze
