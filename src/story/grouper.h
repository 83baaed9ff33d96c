// Groups a batch of items into stories: exact repeats, cut-short teasers,
// paraphrased headlines and articles on the same event join one story;
// distinct events stay apart. Deterministic: the same items in the same order
// give the same stories.
#pragma once

#include <string>
#include <vector>

#include "core/item.h"
#include "core/story.h"
#include "story/item_features.h"

namespace newsdesk::story {

struct GroupingOptions {
  double threshold = 0.45;  // least pair score that puts two items in one story
  int threads = 1;          // for scoring pairs; the stories are the same for any count
};

// A story of `members` (indices into items, in input order): its canonical
// title — the headline that agrees most with the others — and languages.
core::Story assemble_story(const std::vector<core::Item>& items, const std::vector<int>& members,
                           std::string id);

// Sets each item's relation, of_item and score, and returns the stories in the
// order their first item appears.
std::vector<core::Story> group_items(std::vector<core::Item>& items,
                                     const std::vector<ItemFeatures>& features,
                                     const GroupingOptions& options = {});

}  // namespace newsdesk::story
