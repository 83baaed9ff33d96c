// Documents for store tests: news items as the JSON-lines reader makes them,
// and a fresh temporary directory per test.
#pragma once

#include <filesystem>
#include <random>
#include <string>

#include "core/raw_doc.h"
#include "ingest/news_item.h"

namespace newsdesk::store::testing {

inline core::RawDoc news_doc(const std::string& title, const std::string& text, const std::string& url,
                             const std::string& published, const std::string& language) {
  ingest::NewsItem item;
  item.title = title;
  item.text = text;
  item.url = url;
  item.published = published;
  item.language = language;
  core::RawDoc doc;
  doc.source = "test:" + url;
  doc.url = url;
  doc.media_type = std::string(ingest::kNewsItemMediaType);
  doc.bytes = ingest::news_item_to_json(item);
  return doc;
}

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("newsdesk-store-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace newsdesk::store::testing
