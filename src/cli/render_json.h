// The `stories` JSON contract (docs/json.md): what tests and other programs read.
// Written straight to text with core::JsonWriter: building a JSON tree and
// serialising it took 8% of a `stories --no-analysis` run.
#pragma once

#include <ostream>
#include <string>

#include "core/json_writer.h"
#include "pipeline/stories_job.h"

namespace newsdesk::cli {

// The whole result as one object {"stories", "dropped", "errors"}, a story to a
// line. With `explain`, each item also says which layer decided and the evidence.
void write_stories_json(std::ostream& out, const pipeline::StoriesResult& result, bool explain = false);

// The parts of it, for `--format jsonl`: one story (its items indexed in
// `items`), a dropped block, an input that could not be used.
void write_story_json(core::JsonWriter& w, const std::vector<core::Item>& items, const core::Story& story,
                      const pipeline::StoryAnalysis* analysis, bool explain = false);
void write_dropped_json(core::JsonWriter& w, const core::DroppedBlock& dropped);
void write_error_json(core::JsonWriter& w, const core::Diagnostic& error);

}  // namespace newsdesk::cli
