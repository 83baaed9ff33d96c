#include "cli/stories_command.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include <fmt/format.h>

#include "cli/render_json.h"
#include "cli/render_text.h"
#include "pipeline/stories_job.h"

namespace newsdesk::cli {

void add_stories_command(CLI::App& app, StoriesOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "stories", "Group the headlines and articles of pages into stories");
  cmd->add_option("paths", options.paths, "Pages to read ('-' for stdin)")->required();
  cmd->add_option("--format", options.format, "Output format (default: text on a terminal, else json)")
      ->check(CLI::IsMember({"text", "json"}));
}

int run_stories_command(const StoriesOptions& options) {
  pipeline::StoriesResult result = pipeline::run_stories(options.paths);
  for (const auto& d : result.diagnostics) {
    std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(d).c_str());
  }
  bool terminal = ::isatty(STDOUT_FILENO) != 0;
  std::string format = options.format.empty() ? (terminal ? "text" : "json") : options.format;
  if (format == "json") {
    std::cout << stories_to_json(result).dump(2) << '\n';
  } else {
    std::cout << stories_to_text(result, terminal);
  }
  std::cout.flush();
  return result.diagnostics.empty() ? 0 : 1;
}

}  // namespace newsdesk::cli
