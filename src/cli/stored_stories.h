// `stories --db`: the stored stories, rendered like the stories of a run.
#pragma once

#include "cli/stories_command.h"

namespace newsdesk::cli {

// Exit codes: 0 shown, 3 the store could not be read.
int run_stored_stories(const StoriesOptions& options);

}  // namespace newsdesk::cli
