// What each story is about: its people, places and organisations (with their
// variants) and its facts (dates, figures, quotes), merged over its items.
#pragma once

#include <vector>

#include "analyze/entities_types.h"
#include "analyze/facts.h"
#include "core/item.h"
#include "core/story.h"

namespace newsdesk::pipeline {

struct StoryAnalysis {
  std::vector<analyze::Entity> entities;
  analyze::Facts facts;  // each fact once, in the order the story's items give them
};

// One analysis per story, in the same order.
// Stories are analysed on `threads` threads; the result does not depend on it.
std::vector<StoryAnalysis> analyze_stories(const std::vector<core::Item>& items,
                                           const std::vector<core::Story>& stories, int threads = 1);

}  // namespace newsdesk::pipeline
