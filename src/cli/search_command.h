// `newsdesk search`: full-text search over the stored items.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "store/store.h"

namespace newsdesk::cli {

struct SearchCommandOptions {
  std::string db = "newsdesk.db";
  std::string format;  // text | json; "" for text on a terminal, JSON otherwise
  store::SearchQuery query;
};

// --lang, --since, --until, --entity, --site: shared with `stories --db`.
void add_filter_options(CLI::App* cmd, store::Filters& filters);

void add_search_command(CLI::App& app, SearchCommandOptions& options);

// Exit codes: 0 searched (hits or none), 1 a bad cursor, 3 the store could not be read.
int run_search_command(const SearchCommandOptions& options);

}  // namespace newsdesk::cli
