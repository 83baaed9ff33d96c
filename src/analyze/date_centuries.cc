#include "analyze/date_centuries.h"

namespace newsdesk::analyze {
namespace {

bool has_kind(const std::vector<std::vector<DateWordMatch>>& words, size_t j, DateWord kind, size_t& end) {
  if (j >= words.size()) return false;
  for (const DateWordMatch& m : words[j])
    if (m.kind == kind) {
      end = m.end_token;
      return true;
    }
  return false;
}

}  // namespace

std::optional<CenturySpan> century_at(const std::vector<FactToken>& t,
                                      const std::vector<std::vector<DateWordMatch>>& words, size_t i) {
  // cheap reject first: one or two digits with a suffix glued to them
  if (i + 2 >= t.size() || t[i].kind != TokenKind::kDigits || t[i].folded.size() > 2 || t[i + 1].space_before)
    return std::nullopt;
  size_t suffix_end = 0, end = 0;
  if (!has_kind(words, i + 1, DateWord::kOrdinal, suffix_end) || !has_kind(words, suffix_end, DateWord::kCentury, end))
    return std::nullopt;
  int n = std::stoi(t[i].folded);
  if (n < 1 || n > 30) return std::nullopt;
  return CenturySpan{end, (n - 1) * 100};
}

}  // namespace newsdesk::analyze
