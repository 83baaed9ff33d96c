// The `stories` job: read every input, find its items, and group the items of
// all inputs together into stories. Inputs that fail are reported, not fatal.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/item.h"
#include "core/story.h"

namespace newsdesk::pipeline {

struct StoriesResult {
  std::vector<core::Item> items;
  std::vector<core::Story> stories;
  std::vector<core::DroppedBlock> dropped;
  std::vector<core::Diagnostic> diagnostics;  // one per input that could not be used
  int inputs = 0;
};

StoriesResult run_stories(const std::vector<std::string>& paths);

}  // namespace newsdesk::pipeline
