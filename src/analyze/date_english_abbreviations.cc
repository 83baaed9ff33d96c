#include "analyze/date_english_abbreviations.h"

#include <string_view>

namespace newsdesk::analyze {
namespace {

bool is_word(const std::vector<FactToken>& t, size_t j, std::string_view w) {
  return j < t.size() && t[j].kind == TokenKind::kWord && t[j].folded == w;
}

// Nothing but a space, a mark or the end after token j: "EOD." yes, "EOD2" no.
bool stands_alone(const std::vector<FactToken>& t, size_t j) {
  return j + 1 >= t.size() || t[j + 1].space_before || t[j + 1].kind == TokenKind::kMark;
}

}  // namespace

std::optional<EnglishAbbreviation> english_abbreviation_at(const std::vector<FactToken>& t, size_t i) {
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return std::nullopt;
  const std::string_view w = t[i].folded;
  EnglishAbbreviation a;
  if (w == "the" && is_word(t, i + 1, "eod") && stands_alone(t, i + 1)) {
    a.end = i + 2;
    return a;
  }
  if (w.size() == 3 && w[0] == 'e' && w[1] == 'o' && stands_alone(t, i)) {
    a.end = i + 1;
    if (w[2] == 'd') return a;
    a.kind = EnglishAbbreviation::kEndOfPeriod;
    a.unit = w[2] == 'w' ? 1 : w[2] == 'm' ? 2 : w[2] == 'y' ? 3 : 0;
    if (a.unit) return a;
    return std::nullopt;
  }
  // "w/c 4 Feb": the letters glued around the slash, then a space
  if (w == "w" && i + 3 < t.size() && t[i + 1].folded == "/" && !t[i + 1].space_before &&
      is_word(t, i + 2, "c") && !t[i + 2].space_before && t[i + 3].space_before) {
    a.kind = EnglishAbbreviation::kWeekCommencing;
    a.end = i + 3;
    return a;
  }
  if ((w == "every" || w == "each") && (is_word(t, i + 1, "weekday") || is_word(t, i + 1, "workday"))) {
    a.kind = EnglishAbbreviation::kEveryWeekday;
    a.end = i + 2;
    return a;
  }
  return std::nullopt;
}

}  // namespace newsdesk::analyze
