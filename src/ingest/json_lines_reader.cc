#include "ingest/json_lines_reader.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ingest/news_item.h"
#include "ingest/timestamps.h"

namespace newsdesk::ingest {
namespace {

// The first of several names other tools use for one field.
std::string field(const nlohmann::json& j, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = j.find(k);
    if (it == j.end()) continue;
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<int64_t>());
  }
  return {};
}

// Syntax errors, and numbers out of range ("1e999"), which the parser throws as
// out_of_range rather than parse_error.
std::string short_reason(const nlohmann::json::exception& e) {
  std::string what = e.what();
  for (const char* kind : {"syntax error", "number overflow"}) {
    size_t at = what.find(kind);
    if (at != std::string::npos) return "bad JSON: " + what.substr(at);
  }
  return "bad JSON";
}

}  // namespace

JsonLinesSource::JsonLinesSource(std::string name, std::unique_ptr<InputStream> input,
                                 const SourceOptions& options)
    : name_(std::move(name)), input_(std::move(input)), options_(options) {}

SourceCounts JsonLinesSource::counts() const {
  SourceCounts c = counts_;
  c.bytes_read = input_->input_position();
  return c;
}

core::Result<core::RawDoc> JsonLinesSource::convert(const std::string& line, int number) {
  std::string where = fmt::format("line {}", number);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return core::Diagnostic{name_, where, short_reason(e)};
  }
  if (!j.is_object()) return core::Diagnostic{name_, where, "not a JSON object"};
  NewsItem item;
  item.title = field(j, {"title", "headline"});
  item.text = field(j, {"text", "content", "body", "description", "summary"});
  item.html = field(j, {"html", "raw_html", "content_html"});
  item.url = field(j, {"url", "link", "uri"});
  item.published = field(j, {"published", "date", "published_at", "pubDate", "datePublished", "time"});
  item.language = field(j, {"language", "lang"});
  item.id = field(j, {"id", "guid"});
  item.feed = field(j, {"feed", "source", "site"});
  for (const char* key : {"categories", "tags", "category", "keywords"}) {
    auto it = j.find(key);
    if (it == j.end()) continue;
    if (it->is_string()) item.categories.push_back(it->get<std::string>());
    if (it->is_array()) {
      for (const auto& c : *it) {
        if (c.is_string()) item.categories.push_back(c.get<std::string>());
      }
    }
    break;
  }
  if (item.title.empty() && item.text.empty() && item.html.empty())
    return core::Diagnostic{name_, where, "no title, text or html"};
  if (!item.text.empty() && !item.html.empty()) item.html.clear();  // plain text wins: nothing to extract
  core::RawDoc doc;
  doc.source = fmt::format("{}:{}", name_, number);
  doc.url = item.url;
  doc.charset = "utf-8";
  doc.fetch_time = input_->mtime();
  if (item.title.empty() && item.text.empty()) {
    // A saved page: the pipeline extracts it as it would a file.
    doc.media_type = "text/html";
    doc.bytes = std::move(item.html);
    if (auto t = parse_timestamp(item.published)) doc.fetch_time = *t;
    return doc;
  }
  if (auto t = parse_timestamp(item.published)) item.published = format_timestamp(*t);
  doc.media_type = std::string(kNewsItemMediaType);
  doc.bytes = news_item_to_json(item);
  return doc;
}

std::optional<core::Result<core::RawDoc>> JsonLinesSource::next() {
  BufferedReader& in = input_->reader();
  std::string line;
  while (!done_) {
    bool overlong = false;
    if (!in.read_line(line, options_.max_doc_bytes, &overlong)) {
      done_ = true;
      auto faults = input_->stream().take_errors();
      if (!faults.empty()) {
        ++counts_.errors;
        return core::Result<core::RawDoc>(
            core::Diagnostic{name_, fmt::format("line {}", line_ + 1), faults.front().reason});
      }
      break;
    }
    ++line_;
    input_->stream().forget_before(in.position());
    if (overlong) {
      ++counts_.errors;
      return core::Result<core::RawDoc>(core::Diagnostic{
          name_, fmt::format("line {}", line_), fmt::format("line over the limit of {} bytes", options_.max_doc_bytes)});
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto doc = convert(line, line_);
    if (doc.ok()) ++counts_.documents;
    else ++counts_.errors;
    return doc;
  }
  return std::nullopt;
}

}  // namespace newsdesk::ingest
