#include "cli/stored_stories.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace newsdesk::cli {
namespace {

nlohmann::ordered_json to_json(const store::StoryDetail& d) {
  using nlohmann::ordered_json;
  const store::StorySummary& s = d.summary;
  ordered_json items = ordered_json::array();
  for (const auto& it : d.items) {
    ordered_json item = {{"id", it.id}, {"kind", it.kind}, {"title", it.title}, {"text", it.text},
                         {"language", it.language}, {"url", it.url}, {"site", it.site},
                         {"source", it.source}, {"line", it.line}, {"published", it.published},
                         {"relation", it.relation}, {"of_item", it.of_item},
                         {"score", std::round(it.score * 1000) / 1000}};
    items.push_back(std::move(item));
  }
  return ordered_json{{"id", s.id}, {"title", s.title}, {"language", s.language}, {"languages", s.languages},
                      {"documents", s.documents}, {"sites", s.sites}, {"first_seen", s.first_seen},
                      {"last_seen", s.last_seen}, {"items", std::move(items)},
                      {"entities", ordered_json::parse(d.entities.dump())},
                      {"dates", ordered_json::parse(d.dates.dump())},
                      {"quantities", ordered_json::parse(d.quantities.dump())},
                      {"quotes", ordered_json::parse(d.quotes.dump())}};
}

std::string to_text(const store::StoryDetail& d) {
  const store::StorySummary& s = d.summary;
  std::string out = fmt::format("■ {}  [{}] {} items, {} documents, {} → {}  ({})\n", s.title,
                                fmt::join(s.languages, ","), s.items, s.documents, s.first_seen.substr(0, 10),
                                s.last_seen.substr(0, 10), s.id);
  for (const auto& it : d.items) {
    out += fmt::format("  {:<15} {}  {}\n", it.relation, it.title, it.site);
  }
  for (const auto& e : d.entities) {
    out += fmt::format("  {} {} ×{}\n", e.value("type", ""), e.value("name", ""), e.value("mentions", 0));
  }
  return out + "\n";
}

}  // namespace

int run_stored_stories(const StoriesOptions& options) {
  if (!store::store_exists(options.db)) {
    std::fprintf(stderr, "newsdesk: %s: no such store (make one with newsdesk ingest)\n",
                 store::display_location(options.db).c_str());
    return 3;
  }
  bool terminal = ::isatty(STDOUT_FILENO) != 0;
  std::string format = options.format.empty() ? (terminal ? "text" : "json") : options.format;
  nlohmann::ordered_json stories = nlohmann::ordered_json::array();
  std::string text;
  try {
    auto db = store::open_store(options.db);
    store::StoryQuery q = options.stored;
    q.order = options.order == "largest" ? store::StoryOrder::kLargest : store::StoryOrder::kNewest;
    q.limit = 100;
    do {
      store::StoryPage page = db->list_stories(q);
      for (const auto& s : page.stories) {
        auto detail = db->story(s.id);
        if (!detail) continue;
        if (format == "json") stories.push_back(to_json(*detail));
        else if (format == "jsonl") std::cout << to_json(*detail).dump() << '\n';  // as read: any store size
        else text += to_text(*detail);
      }
      q.cursor = page.next_cursor;
    } while (!q.cursor.empty());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsdesk: %s\n", e.what());  // names the store
    return 3;
  }
  if (format == "json") std::cout << nlohmann::ordered_json{{"stories", std::move(stories)}}.dump(2) << '\n';
  else std::cout << text;
  return 0;
}

}  // namespace newsdesk::cli
