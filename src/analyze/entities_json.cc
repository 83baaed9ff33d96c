#include "analyze/entities_json.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace newsdesk::analyze {

std::string entities_json(const std::vector<Entity>& entities) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const auto& e : entities) {
    nlohmann::ordered_json j;
    j["name"] = e.name;
    j["type"] = std::string(to_string(e.type));
    j["variants"] = e.variants;
    j["mentions"] = e.mentions;
    if (!e.country.empty()) j["country"] = e.country;
    if (e.lat && e.lon) {
      j["lat"] = *e.lat;
      j["lon"] = *e.lon;
    }
    arr.push_back(std::move(j));
  }
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string entities_text(const std::vector<Entity>& entities) {
  std::string out;
  for (const auto& e : entities) {
    std::string line(to_string(e.type));
    line.resize(13, ' ');
    line += e.name;
    std::string others;
    for (const auto& v : e.variants) {
      if (v == e.name) continue;
      others += (others.empty() ? "" : ", ") + v;
    }
    if (!others.empty()) line += " (" + others + ")";
    line += " x" + std::to_string(e.mentions);
    if (!e.country.empty()) line += " " + e.country;
    if (e.lat && e.lon) {
      char buf[48];
      std::snprintf(buf, sizeof buf, " %.2f,%.2f", *e.lat, *e.lon);
      line += buf;
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace newsdesk::analyze
