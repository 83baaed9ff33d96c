// What each story is about: its people, places and organisations (with their
// variants) and its facts (dates, figures, quotes), merged over its items.
//
// The work is split in two so that it can be done once per item: finding
// entities and facts in one item's text (the cost, independent of the story),
// and merging the items' findings into the story's (cheap, redone whenever a
// story gains items).
#pragma once

#include <vector>

#include "analyze/entities_types.h"
#include "analyze/facts.h"
#include "core/item.h"
#include "core/story.h"

namespace newsdesk::pipeline {

// What one item's text says, before it is merged with the rest of its story.
struct ItemAnalysis {
  std::vector<analyze::Entity> entities;
  analyze::Facts facts;
};

struct StoryAnalysis {
  std::vector<analyze::Entity> entities;
  analyze::Facts facts;  // each fact once, in the order the story's items give them
};

// Entities and facts of one item, found in its title and text.
ItemAnalysis analyze_item(const core::Item& item);

// The story made of `items` (in story order), each with its analysis. Facts of
// exact repeats and teasers are left out: they repeat another item's.
StoryAnalysis merge_story_analysis(const std::vector<const core::Item*>& items,
                                   const std::vector<const ItemAnalysis*>& analyses);

// One analysis per story, in the same order. Items are analysed on `threads`
// threads; the result does not depend on it.
std::vector<StoryAnalysis> analyze_stories(const std::vector<core::Item>& items,
                                           const std::vector<core::Story>& stories, int threads = 1);

}  // namespace newsdesk::pipeline
