// Placing one page's items with the streaming story engine, in the order a
// stream sees them: a teaser whose fuller text stands later on the same page
// waits for it. Shared by `stories --stream` and `ingest`.
#pragma once

#include <cstdint>
#include <vector>

#include "core/item.h"
#include "story/engine.h"
#include "story/item_features.h"

namespace newsdesk::pipeline {

struct PagePlacement {
  std::vector<uint64_t> seq;         // each item's engine document number
  std::vector<uint64_t> of_seq;      // the document it relates to, 0 when it opened a story
  std::vector<uint64_t> decided_of;  // the engine's own choice (before the page's teaser rule)
  std::vector<int> of_page_item;     // the page item it relates to by the teaser rule, else -1
};

// Sets each item's relation, score, layer, evidence and (teasers) kind.
// `features`: story::describe_items(items) when already computed (on a reader
// thread), else empty.
PagePlacement place_page(story::StoryEngine& engine, std::vector<core::Item>& items, int64_t time,
                         std::vector<story::ItemFeatures> features = {});

}  // namespace newsdesk::pipeline
