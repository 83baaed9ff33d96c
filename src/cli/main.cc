// newsdesk: turns raw news into stories. This file only dispatches subcommands.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>

#include "cli/extract_command.h"
#include "cli/ingest_command.h"
#include "cli/search_command.h"
#include "cli/serve_command.h"
#include "cli/stories_command.h"
#include "cli/warc_command.h"
#include "cli/worker_command.h"

int main(int argc, char** argv) {
  CLI::App app{"newsdesk: turns raw news into stories", "newsdesk"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "newsdesk 0.1.0");
  newsdesk::cli::StoriesOptions stories;
  newsdesk::cli::add_stories_command(app, stories);
  newsdesk::cli::ExtractCommandOptions extract;
  newsdesk::cli::add_extract_command(app, extract);
  newsdesk::cli::WarcOptions warc;
  newsdesk::cli::add_warc_command(app, warc);
  newsdesk::cli::IngestCommandOptions ingest;
  newsdesk::cli::add_ingest_command(app, ingest);
  newsdesk::cli::SearchCommandOptions search;
  newsdesk::cli::add_search_command(app, search);
  newsdesk::cli::ServeOptions serve;
  newsdesk::cli::add_serve_command(app, serve);
  newsdesk::cli::WorkerOptions worker;
  newsdesk::cli::add_worker_command(app, worker);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;  // usage errors exit 2
  }
  try {
    if (app.got_subcommand("stories")) return newsdesk::cli::run_stories_command(stories);
    if (app.got_subcommand("extract")) return newsdesk::cli::run_extract_command(extract);
    if (app.got_subcommand("warc")) return newsdesk::cli::run_warc_command(warc);
    if (app.got_subcommand("ingest")) return newsdesk::cli::run_ingest_command(ingest);
    if (app.got_subcommand("search")) return newsdesk::cli::run_search_command(search);
    if (app.got_subcommand("serve")) return newsdesk::cli::run_serve_command(serve);
    if (app.got_subcommand("worker")) return newsdesk::cli::run_worker_command(worker);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsdesk: internal error: %s\n", e.what());
    return 3;
  }
  return 2;
}
