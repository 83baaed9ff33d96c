// The `stories` text view for people: each story with its canonical headline,
// its variants marked by relation, the article's first lines, what was dropped.
#pragma once

#include <string>

#include "pipeline/stories_job.h"

namespace newsdesk::cli {

std::string stories_to_text(const pipeline::StoriesResult& result, bool color, bool explain = false);

}  // namespace newsdesk::cli
