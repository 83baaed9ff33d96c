// The `stories` job as a stream: each story is handed on as soon as its time
// window closes it, and its items are then forgotten, so that memory follows
// the stories open at once, not the size of the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "core/diagnostic.h"
#include "core/item.h"
#include "core/stage_timer.h"
#include "core/story.h"
#include "ingest/document_source.h"
#include "pipeline/stories_job.h"
#include "pipeline/story_analysis.h"

namespace newsdesk::pipeline {

// One story, complete: no later document can join it (or, at the end of the
// input, the story as it stands).
struct StreamedStory {
  std::vector<core::Item> items;  // in input order; `of_item` indexes this vector
  core::Story story;              // `story.items` indexes `items`
  std::optional<StoryAnalysis> analysis;  // with StoriesOptions::analyze
  uint64_t first_order = 0;  // its first item's place among all the input's items
};

// Called on the caller's thread, in a deterministic order: a story when it
// closes, a dropped block or an error as its input is read.
struct StorySink {
  std::function<void(StreamedStory&)> story;  // may move from it
  std::function<void(const core::DroppedBlock&)> dropped;
  std::function<void(const core::Diagnostic&)> error;
};

struct StreamSummary {
  int inputs = 0;
  size_t stories = 0;
  size_t errors = 0;
  ingest::SourceCounts counts;
  std::vector<core::StageTime> stages;
};

// Groups with the streaming engine (StoriesOptions::stream is implied) and
// saves the engine state to `options.state_path` when one is given.
StreamSummary run_stories_streamed(const std::vector<std::string>& paths, const StoriesOptions& options,
                                   const StorySink& sink);

}  // namespace newsdesk::pipeline
