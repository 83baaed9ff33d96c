// `newsdesk warc pack`: archives pages, feeds and JSON lines into one WARC
// file (gzip per record), so collections travel as one file and tests can build archives.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace newsdesk::cli {

struct WarcOptions {
  std::vector<std::string> inputs;  // folders, files, '-' for stdin
  std::string output;               // FILE.warc.gz, '-' for stdout
  std::string url_prefix = "file:///";
  bool quiet = false;
};

void add_warc_command(CLI::App& app, WarcOptions& options);

// Returns the exit code: 0 every input packed, 1 some skipped or the archive
// could not be written.
int run_warc_command(const WarcOptions& options);

}  // namespace newsdesk::cli
