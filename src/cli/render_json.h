// The `stories` JSON contract (docs/json.md): what tests and other programs read.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/stories_job.h"

namespace newsdesk::cli {

// With `explain`, each item also says which layer decided and the evidence.
nlohmann::ordered_json stories_to_json(const pipeline::StoriesResult& result, bool explain = false);

// The parts of it, for `--format jsonl`: one story (its items indexed in
// `items`), a dropped block, an input that could not be used.
nlohmann::ordered_json story_to_json(const std::vector<core::Item>& items, const core::Story& story,
                                     const pipeline::StoryAnalysis* analysis, bool explain = false);
nlohmann::ordered_json dropped_to_json(const core::DroppedBlock& dropped);
nlohmann::ordered_json error_to_json(const core::Diagnostic& error);

}  // namespace newsdesk::cli
