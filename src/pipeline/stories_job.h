// The `stories` job: read every input, find its items, and group the items of
// all inputs together into stories. Inputs that fail are reported, not fatal.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/item.h"
#include "core/stage_timer.h"
#include "core/story.h"
#include "ingest/document_source.h"
#include "pipeline/story_analysis.h"

namespace newsdesk::pipeline {

struct StoriesOptions {
  // The streaming engine (one item at a time, in input order) instead of
  // grouping the whole batch at once; implied by state_path.
  bool stream = false;
  std::string state_path;     // engine state: loaded if present, saved after the run
  int64_t window_hours = 72;  // streaming: a story quiet this long takes no new item
  bool progress = false;      // a progress line on stderr while reading
  int threads = 0;            // 0: one per core; the output is the same for any count
  // Entities, dates, figures and quotes per story. Without them a run only
  // groups (dedup and story detection), several times faster.
  bool analyze = true;
};

struct StoriesResult {
  std::vector<core::Item> items;
  std::vector<core::Story> stories;
  std::vector<core::DroppedBlock> dropped;
  std::vector<StoryAnalysis> analysis;          // one per story: entities and facts (none without analyze)
  std::vector<core::Diagnostic> diagnostics;  // one per input that could not be used
  int inputs = 0;
  ingest::SourceCounts counts;                // documents, errors, skipped records, bytes
  std::vector<core::StageTime> stages;        // where the run's time went, stage by stage
};

StoriesResult run_stories(const std::vector<std::string>& paths, const StoriesOptions& options = {});

}  // namespace newsdesk::pipeline
