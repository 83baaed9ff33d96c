// `newsdesk stories`: flags for the stories job and the rendering of its result.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "pipeline/stories_job.h"
#include "store/store.h"

namespace newsdesk::cli {

struct StoriesOptions {
  std::vector<std::string> paths;
  std::string format;  // "text", "json", or "" for text on a terminal, JSON otherwise
  bool explain = false;
  bool quiet = false;
  bool timings = false;  // each stage's wall and CPU time on stderr
  pipeline::StoriesOptions job;
  std::string db;  // read the stored stories instead of inputs
  store::StoryQuery stored;  // with --db: filters and order
  std::string order = "newest";
};

void add_stories_command(CLI::App& app, StoriesOptions& options);

// Runs the job and prints; returns the exit code (0 all read, 1 some failed).
int run_stories_command(const StoriesOptions& options);

}  // namespace newsdesk::cli
