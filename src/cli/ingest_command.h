// `newsdesk ingest`: read inputs into the store, continuing its stories.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "pipeline/ingest_job.h"

namespace newsdesk::cli {

struct IngestCommandOptions {
  std::vector<std::string> paths;
  std::string db = "newsdesk.db";
  std::string to;      // nats://HOST:PORT/SUBJECT: publish for workers instead of storing
  std::string report;  // a file that gets "hash<TAB>source" for each committed document
  bool quiet = false;
  pipeline::IngestOptions job;
};

void add_ingest_command(CLI::App& app, IngestCommandOptions& options);

// Exit codes: 0 every input stored (or already stored), 1 some inputs could not
// be used (the rest were stored), 3 the store could not be opened or written.
int run_ingest_command(IngestCommandOptions& options);

}  // namespace newsdesk::cli
