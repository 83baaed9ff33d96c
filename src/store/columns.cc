#include "store/columns.h"

#include <algorithm>
#include <ctime>
#include <stdexcept>

#include "text/utf8.h"

namespace newsdesk::store {

std::string json_text(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> json_strings(const std::string& text) {
  return nlohmann::json::parse(text).get<std::vector<std::string>>();
}

std::string valid_text(std::string_view text) {
  std::string out;
  for (;;) {
    auto bad = text::find_invalid_utf8(text);
    size_t good = bad ? *bad : text.size();
    for (char c : text.substr(0, good)) {
      if (c == '\0') out += "\xEF\xBF\xBD";
      else out += c;
    }
    if (!bad) return out;
    out += "\xEF\xBF\xBD";
    text.remove_prefix(good + 1);
  }
}

std::string item_day(const StoredItem& item, int64_t time) {
  if (!item.published.empty()) return item.published;
  char buf[16];
  std::time_t t = static_cast<std::time_t>(time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

nlohmann::json story_entities_json(const std::vector<EntitySummary>& entities) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : entities) {
    nlohmann::json j = {{"id", e.id}, {"name", e.name}, {"type", e.type}, {"variants", e.variants},
                        {"mentions", e.mentions}};
    if (!e.country.empty()) j["country"] = e.country;
    if (e.lat) j["lat"] = *e.lat;
    if (e.lon) j["lon"] = *e.lon;
    out.push_back(std::move(j));
  }
  return out;
}

std::vector<std::string> merged_variants(std::vector<std::string> stored, const std::vector<std::string>& more) {
  for (const auto& v : more) {
    if (std::find(stored.begin(), stored.end(), v) == stored.end()) stored.push_back(v);
  }
  return stored;
}

std::optional<std::vector<std::string>> variants_to_write(const std::optional<std::vector<std::string>>& stored,
                                                          const std::vector<std::string>& more) {
  if (!stored) return merged_variants({}, more);
  std::vector<std::string> merged = merged_variants(*stored, more);
  if (merged == *stored) return std::nullopt;
  return merged;
}

int clamp_limit(int limit) { return std::clamp(limit, 1, 100); }

void bad_cursor() { throw std::invalid_argument("invalid cursor"); }

}  // namespace newsdesk::store
