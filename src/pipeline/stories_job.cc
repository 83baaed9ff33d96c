#include "pipeline/stories_job.h"

#include <algorithm>
#include <thread>

#include "ingest/document_source.h"
#include "ingest/map_in_order.h"
#include "ingest/progress.h"
#include "story/grouper.h"
#include "pipeline/document_items.h"
#include "pipeline/stories_stream.h"

namespace newsdesk::pipeline {
namespace {

// `stories --stream` with the whole output at once: the streamed stories,
// gathered and put back in the order of their first items.
StoriesResult run_streamed_whole(const std::vector<std::string>& paths, const StoriesOptions& options) {
  StoriesResult result;
  std::vector<StreamedStory> stories;
  StorySink sink;
  sink.story = [&](StreamedStory& s) { stories.push_back(std::move(s)); };
  sink.dropped = [&](const core::DroppedBlock& d) { result.dropped.push_back(d); };
  sink.error = [&](const core::Diagnostic& d) { result.diagnostics.push_back(d); };
  StreamSummary summary = run_stories_streamed(paths, options, sink);
  std::sort(stories.begin(), stories.end(),
            [](const StreamedStory& a, const StreamedStory& b) { return a.first_order < b.first_order; });
  for (StreamedStory& s : stories) {
    int offset = static_cast<int>(result.items.size());
    for (core::Item& item : s.items) {
      if (item.of_item >= 0) item.of_item += offset;
      result.items.push_back(std::move(item));
    }
    for (int& index : s.story.items) index += offset;
    result.stories.push_back(std::move(s.story));
    if (s.analysis) result.analysis.push_back(std::move(*s.analysis));
  }
  result.inputs = summary.inputs;
  result.counts = summary.counts;
  result.stages = std::move(summary.stages);
  return result;
}

}  // namespace

StoriesResult run_stories(const std::vector<std::string>& paths, const StoriesOptions& options) {
  if (options.stream || !options.state_path.empty()) return run_streamed_whole(paths, options);
  StoriesResult result;
  core::StageTimer timer;
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
        for (auto& item : out.items) {
          item.source_index = index;
          result.items.push_back(std::move(item));
        }
        for (auto& d : out.dropped) {
          d.source_index = index;
          result.dropped.push_back(std::move(d));
        }
      },
      [&] { meter.update(source->counts()); });
  result.counts = source->counts();
  meter.finish(result.counts);
  timer.lap("read and extract", result.stages);
  auto features = story::describe_items(result.items, threads, /*keep_lookup_forms=*/false);
  timer.lap("describe items", result.stages);
  story::GroupingOptions grouping;
  grouping.threads = threads;
  result.stories = story::group_items(result.items, features, grouping);
  features = {};  // freed before analysis and rendering
  timer.lap("group", result.stages);
  if (options.analyze) {
    result.analysis = analyze_stories(result.items, result.stories, threads);
    timer.lap("analyse", result.stages);
  }
  return result;
}

}  // namespace newsdesk::pipeline
