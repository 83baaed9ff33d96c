#include "pipeline/stories_job.h"

#include "ingest/file_reader.h"
#include "story/grouper.h"
#include "story/item_features.h"
#include "story/page_items.h"
#include "text/decode.h"

namespace newsdesk::pipeline {
namespace {

bool looks_like_html(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || text[start] != '<') return false;
  std::string head(text.substr(start, 512));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos;
}

}  // namespace

StoriesResult run_stories(const std::vector<std::string>& paths) {
  StoriesResult result;
  for (size_t i = 0; i < paths.size(); ++i) {
    ++result.inputs;
    auto doc = ingest::read_input(paths[i]);
    if (!doc) { result.diagnostics.push_back(doc.error()); continue; }
    auto page = text::decode_plain_text(*doc);
    if (!page) { result.diagnostics.push_back(page.error()); continue; }
    if (looks_like_html(*page)) {
      result.diagnostics.push_back({paths[i], "", "HTML page: article extraction is not available yet"});
      continue;
    }
    story::PageItems parsed = story::read_page_items(*page, static_cast<int>(i), paths[i]);
    for (auto& item : parsed.items) result.items.push_back(std::move(item));
    for (auto& d : parsed.dropped) result.dropped.push_back(std::move(d));
  }
  auto features = story::describe_items(result.items);
  result.stories = story::group_items(result.items, features);
  return result;
}

}  // namespace newsdesk::pipeline
