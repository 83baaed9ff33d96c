// The `stories` JSON contract (docs/json.md): what tests and other programs read.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/stories_job.h"

namespace newsdesk::cli {

nlohmann::ordered_json stories_to_json(const pipeline::StoriesResult& result);

}  // namespace newsdesk::cli
