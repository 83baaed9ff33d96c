#include "analyze/date_english_bare_months.h"

#include <string_view>

namespace newsdesk::analyze {

bool english_clause_ends_at(const std::vector<FactToken>& t, size_t e) {
  if (e >= t.size() || t[e].newline_before) return true;
  if (t[e].kind != TokenKind::kMark) return false;
  static const char* kStops[] = {".", ",", ";", ":", "!", "?", ")"};
  for (const char* s : kStops)
    if (t[e].folded == s) return true;
  return false;
}

bool english_month_preposition(const std::vector<FactToken>& t, size_t p) {
  if (p >= t.size() || t[p].kind != TokenKind::kWord) return false;
  static const char* kPreps[] = {"in", "after", "before", "by", "until", "since", "till"};
  for (const char* w : kPreps)
    if (t[p].folded == w) return true;
  return false;
}

}  // namespace newsdesk::analyze
