#include "analyze/facts_json.h"

#include <cmath>

namespace newsdesk::analyze {

nlohmann::json facts_to_json(const Facts& facts) {
  nlohmann::json dates = nlohmann::json::array(), quantities = nlohmann::json::array(),
                 quotes = nlohmann::json::array();
  for (const auto& d : facts.dates) {
    nlohmann::json j{{"text", d.text}, {"value", d.value()}, {"anchor", nullptr}};
    if (d.anchor) j["anchor"] = d.anchor->date.iso();
    if (d.granularity != DateGranularity::kDay && d.granularity != DateGranularity::kTime &&
        d.granularity != DateGranularity::kSet && d.unresolved.empty()) {
      j["start"] = d.open_start ? nlohmann::json() : nlohmann::json(d.start.iso());
      j["end"] = d.open_end ? nlohmann::json()
                            : nlohmann::json(civil_from_days(days_from_civil(d.end_exclusive) - 1).iso());
    }
    dates.push_back(std::move(j));
  }
  for (const auto& d : facts.durations)  // periods: ISO 8601 durations, no anchor
    dates.push_back({{"text", d.text}, {"value", d.iso}, {"anchor", nullptr}});
  for (const auto& q : facts.quantities) {
    nlohmann::json j{{"text", q.text}, {"value", q.value}, {"bound", q.bound},
                     {"unit", q.unit.empty() ? nlohmann::json() : nlohmann::json(q.unit)},
                     {"counts", q.counts.empty() ? nlohmann::json() : nlohmann::json(q.counts)}};
    if (std::floor(q.value) == q.value && std::fabs(q.value) < 9e15) j["value"] = static_cast<long long>(q.value);
    quantities.push_back(std::move(j));
  }
  for (const auto& q : facts.quotes)
    quotes.push_back({{"text", q.text}, {"speaker", q.speaker.empty() ? nlohmann::json() : nlohmann::json(q.speaker)}});
  return nlohmann::json{{"dates", std::move(dates)}, {"quantities", std::move(quantities)}, {"quotes", std::move(quotes)}};
}

}  // namespace newsdesk::analyze
