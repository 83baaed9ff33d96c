// A story's entities: the entities of its items merged, so that each person, place
// or organisation appears once with every variant the items use.
#pragma once

#include <string_view>
#include <vector>

#include "analyze/entities_types.h"
#include "core/item.h"

namespace newsdesk::analyze {

// Merges per-item entity lists: places and organisations by resolution key
// ("Pechino" = "Beijing"), people by name ("Kim Jong-un" = "Kim Jong Un" = "Kim",
// "Putin" = "Vladimir Putin"; "Kim Jong Un" != "Kim Yo Jong"). Spans are dropped
// (they point into different texts). Order: by mentions, then first seen.
std::vector<Entity> merge_entities(const std::vector<std::vector<Entity>>& per_item);

// find_entities() on each of the story's items (indices into `items`), merged.
std::vector<Entity> story_entities(const std::vector<core::Item>& items, const std::vector<int>& story_items);

}  // namespace newsdesk::analyze
