#include "cli/search_command.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace newsdesk::cli {

void add_filter_options(CLI::App* cmd, store::Filters& f) {
  cmd->add_option("--lang", f.language, "Only items in this language (ISO 639-1)");
  cmd->add_option("--since", f.since, "Only from this day on (YYYY-MM-DD)");
  cmd->add_option("--until", f.until, "Only up to this day (YYYY-MM-DD)");
  cmd->add_option("--entity", f.entity, "Only stories naming this entity id (e.g. country:KP)");
  cmd->add_option("--site", f.site, "Only items from this host (e.g. www.ansa.it)");
}

void add_search_command(CLI::App& app, SearchCommandOptions& options) {
  CLI::App* cmd = app.add_subcommand("search", "Search the stored titles and texts, in any language");
  cmd->add_option("query", options.query.text,
                  "Words (each must match, in any inflected form), \"a phrase\", or A OR B")
      ->required();
  cmd->add_option("--db", options.db, "The store (SQLite file)")->capture_default_str();
  add_filter_options(cmd, options.query.filters);
  cmd->add_option("--limit", options.query.limit, "Hits per page (1-100)")->check(CLI::Range(1, 100));
  cmd->add_option("--cursor", options.query.cursor, "The next page: the cursor the previous page gave");
  cmd->add_option("--format", options.format, "Output format (default: text on a terminal, else json)")
      ->check(CLI::IsMember({"text", "json"}));
}

int run_search_command(const SearchCommandOptions& options) {
  if (!store::store_exists(options.db)) {
    std::fprintf(stderr, "newsdesk: %s: no such store (make one with newsdesk ingest)\n",
                 store::display_location(options.db).c_str());
    return 3;
  }
  store::SearchPage page;
  try {
    auto db = store::open_store(options.db);
    page = db->search(options.query);
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "newsdesk: --cursor: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsdesk: %s\n", e.what());  // names the store
    return 3;
  }
  bool terminal = ::isatty(STDOUT_FILENO) != 0;
  std::string format = options.format.empty() ? (terminal ? "text" : "json") : options.format;
  if (format == "json") {
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const auto& h : page.hits) {
      hits.push_back({{"item_id", h.item_id}, {"story_id", h.story_id}, {"title", h.title},
                      {"snippet", h.snippet}, {"language", h.language}, {"url", h.url}, {"site", h.site},
                      {"published", h.published}, {"rank", std::round(h.rank * 1000) / 1000}});
    }
    nlohmann::ordered_json out = {{"hits", std::move(hits)}, {"next_cursor", page.next_cursor}};
    std::cout << out.dump(2) << '\n';
  } else {
    for (const auto& h : page.hits) {
      std::cout << fmt::format("{}  [{}] {}\n    {}\n    {}  story {}\n\n", h.published.empty() ? "----------" : h.published,
                               h.language, h.title, h.snippet, h.url.empty() ? h.site : h.url, h.story_id);
    }
    if (page.hits.empty()) std::cout << "no match\n";
    if (!page.next_cursor.empty()) std::cout << "more: --cursor " << page.next_cursor << '\n';
  }
  return 0;
}

}  // namespace newsdesk::cli
