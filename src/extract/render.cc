#include "extract/render.h"

#include <nlohmann/json.hpp>

namespace newsdesk::extract {

std::string article_to_json(const Article& a, std::string_view path) {
  nlohmann::ordered_json j;
  j["path"] = std::string(path);
  j["url"] = a.url.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.url);
  j["title"] = a.title;
  j["text"] = a.text();
  j["date"] = a.date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.date.date);
  j["authors"] = a.authors;
  j["site"] = a.site_name.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.site_name);
  j["language"] = a.language.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.language);
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const auto& l : a.links) items.push_back({{"headline", l.headline}, {"href", l.href}});
  j["items"] = std::move(items);
  j["listing"] = a.is_listing;
  if (!a.date.empty()) {
    j["date_time"] = a.date.time;
    j["date_evidence"] = a.date.evidence;
  }
  j["modified"] = a.modified.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.modified.date);
  j["declared_language"] = a.declared_language;
  j["detected_language"] = a.detected_language;
  j["charset"] = a.charset;
  // Pages are not always valid UTF-8 even after decoding; replace rather than throw.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string article_to_text(const Article& a) {
  std::string out = a.title;
  out += '\n';
  std::string meta;
  if (!a.date.empty()) meta += a.date.date;
  if (!a.authors.empty()) {
    if (!meta.empty()) meta += " · ";
    for (size_t i = 0; i < a.authors.size(); ++i) meta += (i ? ", " : "") + a.authors[i];
  }
  if (!a.site_name.empty()) {
    if (!meta.empty()) meta += " · ";
    meta += a.site_name;
  }
  if (!meta.empty()) out += meta + '\n';
  out += '\n';
  out += a.text();
  out += '\n';
  if (a.is_listing) {
    for (const auto& l : a.links) out += "- " + l.headline + " <" + l.href + ">\n";
  }
  return out;
}

}  // namespace newsdesk::extract
