#include "analyze/date_english_numeric.h"

#include <string_view>

namespace newsdesk::analyze {

bool english_schedule_verb_at(const std::vector<FactToken>& t, size_t j) {
  if (j >= t.size() || t[j].kind != TokenKind::kWord) return false;
  // Stems and their inflections: leave/leaves/leaving/left, meet/meets/meeting, arrive(s/d), ...
  static constexpr std::string_view kVerbs[] = {
      "leave",   "leaves",   "leaving", "left",    "meet",     "meets",  "meeting", "met",      "arrive",
      "arrives", "arrived",  "arriving", "depart", "departs",  "departing", "start", "starts",  "starting",
      "begin",   "begins",   "beginning", "go",    "come",     "call",   "wake",    "land",     "lands",
      "landing", "scheduled"};
  for (std::string_view v : kVerbs)
    if (t[j].folded == v) return true;
  return false;
}

bool english_dotted_number_stands_alone(const std::vector<FactToken>& t, size_t i) {
  const size_t n = i + 3;
  if (n >= t.size()) return true;
  const FactToken& next = t[n];
  if (!next.space_before) {  // "7.6." closes a sentence; "7.6.2", "7.6%" and "7.6m" do not stand alone
    if (next.kind != TokenKind::kMark || next.folded == "%" || next.folded == "/" || next.folded == "-") return false;
    return next.folded != "." || n + 1 >= t.size() || t[n + 1].space_before;
  }
  if (next.kind == TokenKind::kDigits) return false;
  static constexpr std::string_view kAmounts[] = {"percent", "per",  "million", "billion", "trillion", "thousand",
                                                  "points",  "pct",  "bn",      "m",       "k",        "times",
                                                  "dollars", "euros", "pounds", "mph",     "km",       "miles",
                                                  "kg",      "tons", "degrees", "cents",   "seconds",  "minutes",
                                                  "hours",   "years", "months", "days",    "weeks",    "inches"};
  for (std::string_view a : kAmounts)
    if (next.folded == a) return false;
  return true;
}

}  // namespace newsdesk::analyze
