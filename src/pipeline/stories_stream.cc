#include "pipeline/stories_stream.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <thread>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "ingest/map_in_order.h"
#include "ingest/progress.h"
#include "pipeline/document_items.h"
#include "pipeline/engine_file.h"
#include "pipeline/page_placement.h"
#include "story/grouper.h"
#include "story/item_features.h"

namespace newsdesk::pipeline {
namespace {

// One input as the reader threads leave it: its items with their features
// (and analyses), ready for the engine's single thread.
struct ReadPage {
  DocumentOutcome outcome;
  std::vector<story::ItemFeatures> features;
  std::vector<ItemAnalysis> analyses;
};

// The items of the stories still open, by engine sequence number. An exact
// repeat keeps no text of its own: it is its original's, which stays open as
// long as it does (a story's documents close together).
class OpenItems {
 public:
  struct Entry {
    uint64_t order = 0;  // place in the input
    core::Item item;
    uint64_t of_seq = 0;  // the document it relates to, 0 when none
    bool text_of_original = false;
    std::optional<ItemAnalysis> analysis;  // none for a repeat: it is the original's
  };

  void add(uint64_t seq, Entry entry) {
    if (entry.item.relation == core::Relation::kExactDuplicate && entries_.count(entry.of_seq) != 0) {
      entry.item.title.clear();
      entry.item.title.shrink_to_fit();
      entry.item.body.clear();
      entry.item.body.shrink_to_fit();
      entry.text_of_original = true;
      entry.analysis.reset();
    }
    entries_.emplace(seq, std::move(entry));
  }

  bool empty() const { return entries_.empty(); }

  // The open stories' documents of this run, each under its story id now, in
  // the order the stories' first items came.
  std::vector<std::pair<std::string, std::vector<uint64_t>>> by_story(const story::StoryEngine& engine) const {
    std::map<uint64_t, std::pair<uint64_t, std::string>> in_order;  // order -> (seq, story)
    for (const auto& [seq, entry] : entries_) in_order.emplace(entry.order, std::pair(seq, engine.story_id_of(seq)));
    std::vector<std::pair<std::string, std::vector<uint64_t>>> out;
    std::unordered_map<std::string, size_t> slot;
    for (const auto& [order, seq_story] : in_order) {
      auto [it, fresh] = slot.emplace(seq_story.second, out.size());
      if (fresh) out.emplace_back(seq_story.second, std::vector<uint64_t>{});
      out[it->second].second.push_back(seq_story.first);
    }
    return out;
  }

  // Takes the story's entries out as one story; false when none is of this run.
  bool take(const std::string& id, const std::vector<uint64_t>& seqs, bool analyze, StreamedStory* out) {
    std::vector<std::pair<uint64_t, uint64_t>> members;  // (order, seq)
    for (uint64_t seq : seqs) {
      auto it = entries_.find(seq);
      if (it != entries_.end()) members.emplace_back(it->second.order, seq);
    }
    if (members.empty()) return false;
    std::sort(members.begin(), members.end());
    std::unordered_map<uint64_t, int> local;  // seq -> index in out->items
    for (size_t k = 0; k < members.size(); ++k) local[members[k].second] = static_cast<int>(k);
    out->items.clear();
    out->first_order = members.front().first;
    for (const auto& [order, seq] : members) {
      Entry& e = entries_.at(seq);
      auto of = local.find(e.of_seq);
      e.item.of_item = of == local.end() ? -1 : of->second;
      out->items.push_back(std::move(e.item));  // the entry is erased below
    }
    for (size_t k = 0; k < members.size(); ++k) {
      core::Item& item = out->items[k];
      if (entries_.at(members[k].second).text_of_original && item.of_item >= 0) {
        item.title = out->items[item.of_item].title;
        item.body = out->items[item.of_item].body;
      }
    }
    std::vector<int> indexes(members.size());
    for (size_t k = 0; k < indexes.size(); ++k) indexes[k] = static_cast<int>(k);
    out->story = story::assemble_story(out->items, indexes, id);
    out->analysis.reset();
    if (analyze) {
      std::vector<const core::Item*> items;
      std::vector<const ItemAnalysis*> analyses;
      static const ItemAnalysis kNone;
      for (size_t k = 0; k < members.size(); ++k) {
        const Entry& e = entries_.at(members[k].second);
        const Entry* own = e.analysis ? &e : nullptr;
        if (!own && e.text_of_original) own = &entries_.at(e.of_seq);  // a repeat says what its original says
        items.push_back(&out->items[k]);
        analyses.push_back(own && own->analysis ? &*own->analysis : &kNone);
      }
      out->analysis = merge_story_analysis(items, analyses);
    }
    for (const auto& member : members) entries_.erase(member.second);
    return true;
  }

 private:
  std::unordered_map<uint64_t, Entry> entries_;
};

}  // namespace

StreamSummary run_stories_streamed(const std::vector<std::string>& paths, const StoriesOptions& options,
                                   const StorySink& sink) {
  StreamSummary summary;
  core::StageTimer timer;
  story::StoryEngine engine = open_engine(options.state_path, options.window_hours);
  engine.set_report_closed(true);
  auto source = ingest::open_sources(paths);
  ingest::ProgressMeter meter(stderr, options.progress,
                              options.progress ? ingest::total_input_bytes(paths) : 0);
  int threads = options.threads > 0 ? options.threads
                                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  OpenItems open;
  uint64_t next_order = 0;
  uint64_t first_seq = 0;  // this run's first document; lower ones are of an earlier run
  StreamedStory story;
  auto emit = [&](const std::string& id, const std::vector<uint64_t>& seqs) {
    if (!open.take(id, seqs, options.analyze, &story)) return;
    ++summary.stories;
    if (sink.story) sink.story(story);
  };
  const bool analyze = options.analyze;
  // Reading, extraction, features and analysis run on all threads; the engine
  // places the pages one by one in input order, so the output is the same for
  // any thread count.
  ingest::map_in_order<ReadPage>(
      *source, threads, 64,
      [analyze](core::Result<core::RawDoc>& entry) {
        ReadPage page;
        page.outcome = read_document(entry);
        if (!page.outcome.items.empty()) page.features = story::describe_items(page.outcome.items);
        if (analyze) {
          for (const auto& item : page.outcome.items) page.analyses.push_back(analyze_item(item));
        }
        return page;
      },
      [&](ReadPage& page) {
        DocumentOutcome& out = page.outcome;
        if (out.error) {
          ++summary.errors;
          if (sink.error) sink.error(*out.error);
          return;
        }
        int index = summary.inputs++;
        for (auto& d : out.dropped) {
          d.source_index = index;
          if (sink.dropped) sink.dropped(d);
        }
        if (out.items.empty()) return;
        for (auto& item : out.items) item.source_index = index;
        PagePlacement placed = place_page(engine, out.items, out.time, std::move(page.features));
        if (first_seq == 0) first_seq = *std::min_element(placed.seq.begin(), placed.seq.end());
        // Stories closed by this page's time are complete before its items join.
        for (const story::ClosedStory& closed : engine.take_closed()) emit(closed.id, closed.docs);
        for (size_t k = 0; k < out.items.size(); ++k) {
          OpenItems::Entry e;
          e.order = next_order + k;
          e.item = std::move(out.items[k]);
          e.of_seq = placed.of_page_item[k] >= 0 ? placed.seq[placed.of_page_item[k]] : placed.of_seq[k];
          if (placed.decided_of[k] != 0 && placed.decided_of[k] < first_seq) {
            e.item.evidence.push_back(fmt::format("document {} of an earlier run", placed.decided_of[k]));
          }
          if (k < page.analyses.size()) e.analysis = std::move(page.analyses[k]);
          open.add(placed.seq[k], std::move(e));
        }
        next_order += out.items.size();
      },
      [&] { meter.update(source->counts()); });
  summary.counts = source->counts();
  meter.finish(summary.counts);
  // The stories still open, as they stand at the end of the input.
  for (const auto& [id, seqs] : open.by_story(engine)) emit(id, seqs);
  if (!options.state_path.empty()) {
    if (auto error = save_engine(engine, options.state_path)) {
      ++summary.errors;
      if (sink.error) sink.error(*error);
    }
  }
  timer.lap("read, extract, group, analyse (streamed)", summary.stages);
  return summary;
}

}  // namespace newsdesk::pipeline
