// `newsdesk extract`: the article of each HTML page (title, text, date, authors,
// site, language), as text, one JSON array, or JSON lines.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace newsdesk::cli {

struct ExtractCommandOptions {
  std::vector<std::string> paths;
  std::string format;               // "text", "json", "jsonl"; "" = text on a terminal, else jsonl
  size_t max_bytes = 16u << 20;     // a larger page is refused
};

void add_extract_command(CLI::App& app, ExtractCommandOptions& options);

// Returns the exit code: 0 every page extracted, 1 some failed (named on stderr).
int run_extract_command(const ExtractCommandOptions& options);

}  // namespace newsdesk::cli
