#include "analyze/date_to_date.h"

#include <string_view>

namespace newsdesk::analyze {
namespace {

bool is(const std::vector<FactToken>& t, size_t j, std::string_view w) { return j < t.size() && t[j].folded == w; }

// Skips a hyphen glued on both sides ("year-to-date"); returns the next token.
size_t past_hyphen(const std::vector<FactToken>& t, size_t j) {
  if (j + 1 < t.size() && t[j].kind == TokenKind::kMark && t[j].folded == "-" && !t[j].space_before &&
      !t[j + 1].space_before)
    return j + 1;
  return j;
}

// "to date" / "till date" / "until date" at j; the token after "date", or 0.
size_t to_date_end(const std::vector<FactToken>& t, size_t j) {
  if (!is(t, j, "to") && !is(t, j, "till") && !is(t, j, "until")) return 0;
  size_t d = past_hyphen(t, j + 1);
  if (is(t, d, "current") || (is(t, d, "the") && is(t, d + 1, "current"))) d += is(t, d, "the") ? 2 : 1;
  if (!is(t, d, "date")) return 0;
  size_t after = d + 1;
  if (after < t.size() && t[after].kind == TokenKind::kDigits) return 0;  // "equals to date 1"
  if (after < t.size() && t[after].kind == TokenKind::kMark && t[after].folded == "-" && !t[after].space_before)
    return 0;  // "to-date-ness"
  return after;
}

}  // namespace

std::optional<ToDate> to_date_at(const std::vector<FactToken>& t, size_t i) {
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return std::nullopt;
  int unit = is(t, i, "year") ? 3 : is(t, i, "month") ? 2 : is(t, i, "week") ? 1 : -1;
  if (unit > 0) {
    if (size_t e = to_date_end(t, past_hyphen(t, i + 1))) return ToDate{e, unit};
    return std::nullopt;
  }
  // "up to date", "up-to-date": current, no span of time; "equals to date": a comparison with a field
  if (i > 0 && (is(t, i - 1, "up") || is(t, i - 1, "equals") || is(t, i - 1, "equal") ||
                (is(t, i - 1, "-") && i > 1 && is(t, i - 2, "up"))))
    return std::nullopt;
  if (size_t e = to_date_end(t, i)) return ToDate{e, -1};
  return std::nullopt;
}

}  // namespace newsdesk::analyze
