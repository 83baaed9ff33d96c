#include "ingest/news_item.h"

#include <cctype>

#include <nlohmann/json.hpp>

namespace newsdesk::ingest {

std::string news_item_to_json(const NewsItem& item) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  auto put = [&](const char* key, const std::string& v) {
    if (!v.empty()) j[key] = v;
  };
  put("title", item.title);
  put("text", item.text);
  put("html", item.html);
  put("url", item.url);
  put("published", item.published);
  put("language", item.language);
  if (!item.categories.empty()) j["categories"] = item.categories;
  put("id", item.id);
  put("feed", item.feed);
  // Replace invalid UTF-8 rather than throw: bad bytes are the decoder's to report.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

bool is_news_item(const core::RawDoc& doc) { return doc.media_type == kNewsItemMediaType; }

core::Result<NewsItem> parse_news_item(const core::RawDoc& doc) {
  auto j = nlohmann::json::parse(doc.bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return core::Diagnostic{doc.source, "", "not a news item payload"};
  NewsItem item;
  auto get = [&](const char* key, std::string& out) {
    auto it = j.find(key);
    if (it != j.end() && it->is_string()) out = it->get<std::string>();
  };
  get("title", item.title);
  get("text", item.text);
  get("html", item.html);
  get("url", item.url);
  get("published", item.published);
  get("language", item.language);
  get("id", item.id);
  get("feed", item.feed);
  if (auto it = j.find("categories"); it != j.end() && it->is_array()) {
    for (const auto& c : *it) {
      if (c.is_string()) item.categories.push_back(c.get<std::string>());
    }
  }
  return item;
}

bool looks_like_markup(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '<') {
      char c = text[i + 1];
      if (std::isalpha(static_cast<unsigned char>(c)) || c == '/' || c == '!') return true;
    } else if (text[i] == '&') {
      size_t semi = text.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 8 && semi > i + 1) return true;
    }
  }
  return false;
}

}  // namespace newsdesk::ingest
