#include "analyze/date_fortnights.h"

namespace newsdesk::analyze {

int fortnight_days_at(const std::vector<std::vector<DateWordMatch>>& words, size_t j, size_t& end) {
  if (j >= words.size()) return 0;
  for (const DateWordMatch& m : words[j])
    if (m.kind == DateWord::kFortnight) {
      end = m.end_token;
      return m.value;
    }
  return 0;
}

std::optional<FortnightPeriod> fortnight_period_at(const std::vector<std::vector<DateWordMatch>>& words, size_t i) {
  if (i >= words.size()) return std::nullopt;
  for (const DateWordMatch& m : words[i]) {
    // "last"/"past" and "next" are read by themselves; "the" is the anchor's own, as "this"
    int mod = 0;
    if (m.kind == DateWord::kPreMod) mod = m.value;
    else if (m.kind != DateWord::kDefArticle) continue;
    size_t end = 0;
    if (fortnight_days_at(words, m.end_token, end)) return FortnightPeriod{end, mod};
  }
  return std::nullopt;
}

}  // namespace newsdesk::analyze
