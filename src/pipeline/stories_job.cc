#include "pipeline/stories_job.h"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>

#include <fmt/format.h>

#include "ingest/file_reader.h"
#include "story/engine.h"
#include "story/grouper.h"
#include "story/item_features.h"
#include "story/page_items.h"
#include "story/teasers.h"
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

struct Page {
  size_t first_item = 0, end_item = 0;  // its items in result.items
  int64_t time = 0;
};

// Streams each page's items through the engine in input order. Names are
// judged within each page, as a stream would see it.
void group_streaming(StoriesResult& result, const std::vector<Page>& pages,
                     const StoriesOptions& options) {
  story::StoryEngine engine = [&] {
    std::ifstream in(options.state_path);
    if (!options.state_path.empty() && in) return story::StoryEngine::load(in);
    story::EngineOptions o;
    o.window_seconds = options.window_hours * 3600;
    return story::StoryEngine(o);
  }();
  std::map<uint64_t, int> item_of_doc;
  std::vector<uint64_t> doc_of_item(result.items.size());
  for (const Page& page : pages) {
    std::vector<core::Item> batch(result.items.begin() + page.first_item,
                                  result.items.begin() + page.end_item);
    std::vector<story::ItemFeatures> features = story::describe_items(batch);
    engine.expire(page.time);
    // A teaser whose fuller text stands later on the same page waits for it.
    std::vector<int> truncated_of = story::find_truncations(batch, features);
    std::vector<size_t> order;
    for (size_t k = 0; k < batch.size(); ++k) if (truncated_of[k] < 0) order.push_back(k);
    for (size_t k = 0; k < batch.size(); ++k) if (truncated_of[k] >= 0) order.push_back(k);
    for (size_t k : order) {
      int index = static_cast<int>(page.first_item + k);
      core::Item& item = result.items[index];
      story::Decision d;
      uint64_t seq = engine.add(item, std::move(features[k]), page.time, &d);
      item_of_doc[seq] = index;
      doc_of_item[index] = seq;
      item.relation = d.relation;
      item.score = d.score;
      item.layer = d.layer;
      item.evidence = d.evidence;
      if (d.relation == core::Relation::kTruncated) item.kind = core::ItemKind::kTeaser;
      auto of = item_of_doc.find(d.of_doc);
      item.of_item = of == item_of_doc.end() ? -1 : of->second;
      // The page shows what a short teaser cuts short, where the stream's
      // lead index needs more words.
      int target = truncated_of[k];
      if (target >= 0 && d.relation != core::Relation::kTruncated && d.relation != core::Relation::kExactDuplicate &&
          d.story_id == engine.story_id_of(doc_of_item[page.first_item + target])) {
        item.kind = core::ItemKind::kTeaser;
        item.relation = core::Relation::kTruncated;
        item.of_item = static_cast<int>(page.first_item + target);
        item.score = 1.0;
        item.layer = "truncated";
      }
      if (d.of_doc != 0 && of == item_of_doc.end()) {
        item.evidence.push_back(fmt::format("document {} of an earlier run", d.of_doc));
      }
    }
  }
  // Stories as they stand at the end: a later item may have joined two.
  std::map<std::string, std::vector<int>> members;
  std::vector<std::string> order;
  for (size_t i = 0; i < result.items.size(); ++i) {
    std::string id = engine.story_id_of(doc_of_item[i]);
    if (members[id].empty()) order.push_back(id);
    members[id].push_back(static_cast<int>(i));
  }
  for (const auto& id : order) {
    result.stories.push_back(story::assemble_story(result.items, members[id], id));
  }
  if (!options.state_path.empty()) {
    // Written aside and renamed, so a crash leaves the previous state whole.
    std::string tmp = options.state_path + ".tmp";
    {
      std::ofstream out(tmp, std::ios::trunc);
      engine.save(out);
      if (!out) {
        result.diagnostics.push_back({options.state_path, "", "cannot write the engine state"});
        return;
      }
    }
    if (std::rename(tmp.c_str(), options.state_path.c_str()) != 0) {
      result.diagnostics.push_back({options.state_path, "", "cannot replace the engine state"});
    }
  }
}

}  // namespace

StoriesResult run_stories(const std::vector<std::string>& paths, const StoriesOptions& options) {
  StoriesResult result;
  std::vector<Page> pages;
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
    Page p;
    p.first_item = result.items.size();
    p.time = doc->fetch_time > 0 ? doc->fetch_time : static_cast<int64_t>(std::time(nullptr));
    for (auto& item : parsed.items) result.items.push_back(std::move(item));
    p.end_item = result.items.size();
    pages.push_back(p);
    for (auto& d : parsed.dropped) result.dropped.push_back(std::move(d));
  }
  if (options.stream || !options.state_path.empty()) {
    group_streaming(result, pages, options);
  } else {
    auto features = story::describe_items(result.items);
    result.stories = story::group_items(result.items, features);
  }
  return result;
}

}  // namespace newsdesk::pipeline
