#include "serve/documents.h"

#include <algorithm>
#include <ctime>

#include <nlohmann/json.hpp>

#include "ingest/news_item.h"
#include "ingest/timestamps.h"
#include "text/utf8.h"

namespace newsdesk::serve {
namespace {

std::string lower_trimmed(std::string s) {
  auto not_space = [](unsigned char c) { return c != ' ' && c != '\t'; };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// "text/html; charset=ISO-8859-1" → {"text/html", "iso-8859-1"}
std::pair<std::string, std::string> split_content_type(const std::string& header) {
  size_t semi = header.find(';');
  std::string type = lower_trimmed(header.substr(0, semi));
  std::string charset;
  while (semi != std::string::npos) {
    size_t next = header.find(';', semi + 1);
    std::string param = lower_trimmed(header.substr(semi + 1, next - semi - 1));
    if (param.rfind("charset=", 0) == 0) {
      charset = param.substr(8);
      charset.erase(std::remove(charset.begin(), charset.end(), '"'), charset.end());
    }
    semi = next;
  }
  return {type, charset};
}

std::variant<core::RawDoc, BodyError> from_json(const std::string& body, core::RawDoc doc) {
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded()) return BodyError{400, "body is not valid JSON"};
  if (!j.is_object()) return BodyError{400, "body must be a JSON object {url, title, text|html, published, language}"};
  ingest::NewsItem item;
  for (const auto& [key, value] : j.items()) {
    std::string* field = key == "url"         ? &item.url
                         : key == "title"     ? &item.title
                         : key == "text"      ? &item.text
                         : key == "html"      ? &item.html
                         : key == "published" ? &item.published
                         : key == "language"  ? &item.language
                                              : nullptr;
    if (!field) return BodyError{400, "unknown field '" + key + "' in the JSON body"};
    if (value.is_null()) continue;
    if (!value.is_string()) return BodyError{400, "field '" + key + "' must be a string"};
    *field = value.get<std::string>();
  }
  if (item.title.empty() && item.text.empty() && item.html.empty())
    return BodyError{400, "the JSON body needs a 'title', 'text' or 'html'"};
  if (!item.text.empty() && !item.html.empty())
    return BodyError{400, "give either 'text' or 'html', not both"};
  doc.url = item.url;
  doc.charset = "utf-8";
  auto published = ingest::parse_timestamp(item.published);
  if (!item.published.empty() && !published)
    return BodyError{400, "field 'published' must be an ISO 8601 date or time"};
  if (published) doc.fetch_time = *published;
  if (item.title.empty() && item.text.empty()) {
    // A saved page: extracted as a file would be.
    doc.media_type = "text/html";
    doc.bytes = std::move(item.html);
    return doc;
  }
  if (published) item.published = ingest::format_timestamp(*published);
  doc.media_type = std::string(ingest::kNewsItemMediaType);
  doc.bytes = ingest::news_item_to_json(item);
  return doc;
}

}  // namespace

std::variant<core::RawDoc, BodyError> document_from_body(const std::string& content_type,
                                                         const std::string& body,
                                                         const std::string& url) {
  auto [type, charset] = split_content_type(content_type);
  core::RawDoc doc;
  doc.source = "api";
  doc.fetch_time = static_cast<int64_t>(std::time(nullptr));
  if (body.find_first_not_of(" \t\r\n") == std::string::npos)
    return BodyError{400, "the request body is empty: send a page (text/html or text/plain) or a JSON record"};
  if (type == "application/json") {
    if (!url.empty()) return BodyError{400, "parameter 'url' goes in the JSON body, not the query"};
    return from_json(body, std::move(doc));
  }
  if (type != "text/html" && type != "application/xhtml+xml" && type != "text/plain")
    return BodyError{415, "Content-Type must be text/html, text/plain or application/json"};
  // The store keeps the URL's host as the item's site, in JSON: it must be UTF-8.
  if (text::find_invalid_utf8(url)) return BodyError{400, "parameter 'url' must be UTF-8 (percent-encode its bytes)"};
  doc.media_type = type == "text/plain" ? "text/plain" : "text/html";
  doc.charset = charset;
  doc.url = url;
  doc.bytes = body;
  return doc;
}

}  // namespace newsdesk::serve
