// Store: where newsdesk keeps what it has read — documents, their items, the
// stories they form with each story's entities and facts, and the story engine's
// state — so that later runs continue the same stories and `search`/`serve`
// answer from it. One interface, backends behind it (SQLite now; PostgreSQL is
// the scale-out issue's), so that commands never name a database.
//
// A Store object is used by one thread at a time. Readers on other threads open
// their own (SQLite in WAL mode lets them read while one writer writes).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace newsdesk::store {

// Filters shared by story lists and search. Empty fields do not filter.
struct Filters {
  std::string language;  // ISO 639-1: stories that have an item in it
  std::string since;     // YYYY-MM-DD, inclusive, on the story's last item
  std::string until;     // YYYY-MM-DD, inclusive
  std::string entity;    // an entity id (EntitySummary::id)
  std::string site;      // host name, e.g. "www.ansa.it"
};

enum class StoryOrder { kNewest, kLargest };

struct StoryQuery {
  std::string text;  // full-text query; empty lists all stories
  Filters filters;
  StoryOrder order = StoryOrder::kNewest;
  int limit = 20;      // 1..100
  std::string cursor;  // opaque, from the previous page's next_cursor
};

struct StorySummary {
  std::string id;     // the story engine's id, stable across runs
  std::string title;  // canonical headline
  std::string language;
  std::vector<std::string> languages;
  int items = 0;
  int documents = 0;
  std::vector<std::string> sites;
  std::string first_seen;  // ISO 8601 date/time of its first and latest items
  std::string last_seen;
};

struct StoryPage {
  std::vector<StorySummary> stories;
  std::string next_cursor;  // empty on the last page
};

struct StoredItem {
  int64_t id = 0;
  std::string kind;      // headline | teaser | article
  std::string title;
  std::string text;      // an article's body; empty for headlines
  std::string language;
  std::string url;
  std::string site;
  std::string source;    // the input it came from (path, or "api")
  int line = 0;
  std::string published;  // YYYY-MM-DD or ""
  std::string relation;   // original | exact_duplicate | truncated | near_duplicate | paraphrase | same_event
  int64_t of_item = 0;    // 0 when it opened the story
  double score = 1.0;
  std::string layer;
  std::vector<std::string> evidence;
};

// A story with everything the story view shows. `entities`, `dates`,
// `quantities` and `quotes` use the shapes of docs/json.md.
struct StoryDetail {
  StorySummary summary;
  std::vector<StoredItem> items;  // in arrival order
  nlohmann::json entities = nlohmann::json::array();
  nlohmann::json dates = nlohmann::json::array();
  nlohmann::json quantities = nlohmann::json::array();
  nlohmann::json quotes = nlohmann::json::array();
};

struct EntitySummary {
  std::string id;  // stable: derived from the resolution key ("country:KP", "per:putin", ...)
  std::string name;
  std::string type;  // person | place | organisation
  std::vector<std::string> variants;
  int mentions = 0;  // over all stories
  int stories = 0;
  std::string country;
  std::optional<double> lat, lon;
};

struct EntityDetail {
  EntitySummary entity;
  StoryPage stories;  // newest first
};

struct SearchQuery {
  std::string text;
  Filters filters;
  int limit = 20;
  std::string cursor;
};

struct SearchHit {
  int64_t item_id = 0;
  std::string story_id;
  std::string title;
  std::string snippet;  // with the matched terms between [ and ]
  std::string language;
  std::string url;
  std::string site;
  std::string published;
  double rank = 0;  // higher is better
};

struct SearchPage {
  std::vector<SearchHit> hits;
  std::string next_cursor;
};

struct StoreCounts {
  int64_t documents = 0, items = 0, stories = 0, entities = 0;
  int schema_version = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Read side: what `stories --db`, `search` and `serve` need.
  virtual StoryPage list_stories(const StoryQuery& query) = 0;
  virtual std::optional<StoryDetail> story(const std::string& id) = 0;
  virtual std::optional<EntityDetail> entity(const std::string& id, int limit, const std::string& cursor) = 0;
  virtual SearchPage search(const SearchQuery& query) = 0;
  virtual StoreCounts counts() = 0;
};

// Opens (creating and migrating when needed) the store at `location`: a file
// path for SQLite. Throws std::runtime_error naming the location and the reason.
std::unique_ptr<Store> open_store(const std::string& location);

}  // namespace newsdesk::store
