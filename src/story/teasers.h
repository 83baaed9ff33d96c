// Teasers: items cut short with "..." whose words begin another item (a fuller
// headline, or an article's title or paragraph) in the batch.
#pragma once

#include <vector>

#include "core/item.h"
#include "story/item_features.h"

namespace newsdesk::story {

// For each item, the index of the item it is a cut-short copy of, or -1.
std::vector<int> find_truncations(const std::vector<core::Item>& items,
                                  const std::vector<ItemFeatures>& features);

}  // namespace newsdesk::story
