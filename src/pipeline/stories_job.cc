#include "pipeline/stories_job.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "ingest/document_source.h"
#include "ingest/map_in_order.h"
#include "ingest/progress.h"
#include "story/engine.h"
#include "story/grouper.h"
#include "pipeline/document_items.h"
#include "pipeline/page_placement.h"

namespace newsdesk::pipeline {
namespace {

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
    std::vector<core::Item> batch(std::make_move_iterator(result.items.begin() + page.first_item),
                                  std::make_move_iterator(result.items.begin() + page.end_item));
    PagePlacement placed = place_page(engine, batch, page.time);
    for (size_t k = 0; k < batch.size(); ++k) {
      int index = static_cast<int>(page.first_item + k);
      core::Item& item = result.items[index];
      item = std::move(batch[k]);
      item_of_doc[placed.seq[k]] = index;
      doc_of_item[index] = placed.seq[k];
    }
    for (size_t k = 0; k < batch.size(); ++k) {
      core::Item& item = result.items[page.first_item + k];
      if (placed.of_page_item[k] >= 0) {
        item.of_item = static_cast<int>(page.first_item + placed.of_page_item[k]);
      } else {
        auto of = item_of_doc.find(placed.of_seq[k]);
        item.of_item = of == item_of_doc.end() ? -1 : of->second;
      }
      if (placed.decided_of[k] != 0 && item_of_doc.find(placed.decided_of[k]) == item_of_doc.end()) {
        item.evidence.push_back(fmt::format("document {} of an earlier run", placed.decided_of[k]));
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
  core::StageTimer timer;
  std::vector<Page> pages;
  auto source = ingest::open_sources(paths);
  ingest::ProgressMeter meter(stderr, options.progress,
                              options.progress ? ingest::total_input_bytes(paths) : 0);
  int threads = options.threads > 0 ? options.threads
                                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Documents are read, extracted and cut into items on all threads; they are
  // numbered and kept in input order, so the output does not depend on the count.
  ingest::map_in_order<DocumentOutcome>(
      *source, threads, 64, read_document,
      [&](DocumentOutcome& out) {
        if (out.error) {
          result.diagnostics.push_back(std::move(*out.error));
          return;
        }
        int index = result.inputs++;
        Page page;
        page.first_item = result.items.size();
        page.time = out.time;
        for (auto& item : out.items) {
          item.source_index = index;
          result.items.push_back(std::move(item));
        }
        for (auto& d : out.dropped) {
          d.source_index = index;
          result.dropped.push_back(std::move(d));
        }
        page.end_item = result.items.size();
        if (page.end_item > page.first_item) pages.push_back(page);
      },
      [&] { meter.update(source->counts()); });
  result.counts = source->counts();
  meter.finish(result.counts);
  timer.lap("read and extract", result.stages);
  if (options.stream || !options.state_path.empty()) {
    group_streaming(result, pages, options);
    timer.lap("group (streaming)", result.stages);
  } else {
    auto features = story::describe_items(result.items, threads, /*keep_lookup_forms=*/false);
    timer.lap("describe items", result.stages);
    story::GroupingOptions grouping;
    grouping.threads = threads;
    result.stories = story::group_items(result.items, features, grouping);
    features = {};  // freed before analysis and rendering
    timer.lap("group", result.stages);
  }
  if (options.analyze) {
    result.analysis = analyze_stories(result.items, result.stories, threads);
    timer.lap("analyse", result.stages);
  }
  return result;
}

}  // namespace newsdesk::pipeline
