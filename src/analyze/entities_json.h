// Rendering a story's entities: the JSON array under "entities" and the lines of
// the text format.
#pragma once

#include <string>
#include <vector>

#include "analyze/entities_types.h"

namespace newsdesk::analyze {

// [{"name","type","variants","mentions","country","lat","lon"}, ...]; the last three
// only where known (places). Compact JSON text, UTF-8.
std::string entities_json(const std::vector<Entity>& entities);

// One line per entity: "place  Pechino (Beijing) ×6 CN 39.91,116.40".
std::string entities_text(const std::vector<Entity>& entities);

}  // namespace newsdesk::analyze
