#include "analyze/date_ish_times.h"

#include <string_view>

namespace newsdesk::analyze {
namespace {

// The hour an English word names: "one" .. "twelve", "noon", "midnight"; -1 none.
int hour_word(std::string_view w) {
  static constexpr std::string_view kHours[] = {"midnight", "one", "two",   "three",  "four",  "five",  "six",
                                                "seven",    "eight", "nine", "ten", "eleven", "twelve"};
  for (int h = 0; h <= 12; ++h)
    if (w == kHours[h]) return h;
  return w == "noon" || w == "midday" ? 12 : -1;
}

}  // namespace

std::optional<IshTime> ish_time_at(const std::vector<FactToken>& t, size_t i) {
  if (i >= t.size()) return std::nullopt;
  const FactToken& tok = t[i];
  if (tok.kind == TokenKind::kDigits) {  // "11ish": the digits, then "ish" glued to them
    if (tok.folded.size() > 2 || i + 1 >= t.size() || t[i + 1].space_before || t[i + 1].folded != "ish")
      return std::nullopt;
    int h = std::stoi(tok.folded);
    if (h < 1 || h > 12) return std::nullopt;
    if (i + 2 < t.size() && !t[i + 2].space_before && t[i + 2].kind != TokenKind::kMark) return std::nullopt;
    return IshTime{h, i + 2};
  }
  if (tok.kind != TokenKind::kWord) return std::nullopt;
  std::string_view w = tok.folded;
  if (w.size() < 6 || w.substr(w.size() - 3) != "ish") return std::nullopt;
  int h = hour_word(w.substr(0, w.size() - 3));
  if (h < 0) return std::nullopt;
  return IshTime{h, i + 1};
}

}  // namespace newsdesk::analyze
