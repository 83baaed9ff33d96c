#include "analyze/date_after_next.h"

#include <string_view>

namespace newsdesk::analyze {

std::optional<PeriodTwoAway> period_two_away_at(const std::vector<FactToken>& t, size_t i) {
  size_t j = i;
  if (j < t.size() && t[j].folded == "the") ++j;
  if (j + 2 >= t.size()) return std::nullopt;
  std::string_view u = t[j].folded;
  int unit = u == "week" ? 1 : u == "month" ? 2 : u == "year" ? 3 : 0;
  if (!unit) return std::nullopt;
  std::string_view a = t[j + 1].folded, b = t[j + 2].folded;
  int mod = a == "after" && b == "next" ? 2 : a == "before" && b == "last" ? -2 : 0;
  if (!mod) return std::nullopt;
  return PeriodTwoAway{j + 3, unit, mod};
}

}  // namespace newsdesk::analyze
