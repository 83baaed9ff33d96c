#include "analyze/date_english_day_parts.h"

namespace newsdesk::analyze {

int english_meridiem_part_at(const std::vector<FactToken>& t, size_t j, size_t& end) {
  if (j >= t.size() || t[j].kind != TokenKind::kWord) return 0;
  int part = 0;
  size_t e = j + 1;
  if (t[j].folded == "pm" || t[j].folded == "am") {
    part = t[j].folded == "pm" ? 12 : 8;
  } else if ((t[j].folded == "p" || t[j].folded == "a") && e + 2 < t.size() + 1 && e + 1 < t.size() &&
             t[e].folded == "." && t[e + 1].folded == "m") {  // "p.m."
    part = t[j].folded == "p" ? 12 : 8;
    e += 2;
    if (e < t.size() && t[e].folded == "." && !t[e].space_before) ++e;
  } else {
    return 0;
  }
  if (e < t.size() && !t[e].newline_before && t[e].kind == TokenKind::kWord) {
    const std::string& w = t[e].folded;
    if (w != "to" && w != "and" && w != "or" && w != "until" && w != "till" && w != "through") return 0;
  }
  end = e;
  return part;
}

bool english_indefinite_part_word(const std::vector<FactToken>& t, size_t i) {
  return i < t.size() && t[i].kind == TokenKind::kWord && (t[i].folded == "one" || t[i].folded == "some");
}

}  // namespace newsdesk::analyze
