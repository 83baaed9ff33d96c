// The `stories` JSON contract (docs/json.md): what tests and other programs read.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/stories_job.h"

namespace newsdesk::cli {

// With `explain`, each item also says which layer decided and the evidence.
nlohmann::ordered_json stories_to_json(const pipeline::StoriesResult& result, bool explain = false);

}  // namespace newsdesk::cli
