// Store: where newsdesk keeps what it has read — documents, their items, the
// stories they form with each story's entities and facts, and the story engine's
// state — so that later runs continue the same stories and `search`/`serve`
// answer from it. One interface, two backends behind it (SQLite, one file;
// PostgreSQL, for several processes), so that commands never name a database.
//
// A Store object is used by one thread at a time. Readers on other threads open
// their own (SQLite in WAL mode, and PostgreSQL, let them read while one writer writes).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engine_rows.h"
#include "store/search_terms.h"

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
  std::string story_id;
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

// Write side: what the ingest job stores, one batch per transaction.
struct DocumentRecord {
  std::string hash;    // of the raw bytes
  std::string source;  // the input it came from
  std::string url;
  int64_t fetch_time = 0;
  int64_t bytes = 0;
};

struct ItemRecord {
  StoredItem item;          // item.id: given (the next free ids, so a batch can link its items) or 0
  int64_t document_id = 0;
  uint64_t seq = 0;         // the story engine's document number
  int64_t time = 0;         // seconds since the epoch: when it was published or fetched
  ItemWords words;          // made by the store when not ready
};

// A story as analysed after a batch: replaces what was stored under its id.
struct StoryRecord {
  StorySummary summary;
  std::vector<EntitySummary> entities;  // mentions: in this story
  nlohmann::json facts = nlohmann::json::object();  // {"dates","durations","quantities","quotes"} as docs/json.md
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

  // Write side. Everything between begin_batch and commit_batch is one
  // transaction: all of it is stored, or none (abort_batch, a crash).
  virtual void begin_batch() = 0;
  virtual void commit_batch() = 0;
  virtual void abort_batch() = 0;
  virtual bool has_document(const std::string& hash) = 0;
  // The stories a stored document's items are in now.
  virtual std::vector<std::string> document_stories(const std::string& hash) = 0;
  virtual int64_t add_document(const DocumentRecord& document) = 0;
  virtual int64_t add_item(ItemRecord& item) = 0;  // sets item.item.id and returns it
  virtual int64_t next_item_id() = 0;  // the id the next new item gets
  virtual int64_t item_id_of_seq(uint64_t seq) = 0;  // 0 when no stored item has it
  // The engine numbers of a story's stored items (to ask the engine where it is now).
  virtual std::vector<uint64_t> story_seqs(const std::string& story_id) = 0;
  // The engine found `from` to be part of `to`: its items move, its row goes.
  virtual void merge_story(const std::string& from, const std::string& to) = 0;
  virtual std::vector<ItemRecord> story_items(const std::string& story_id) = 0;
  virtual void put_story(const StoryRecord& story) = 0;
  // The story engine's state as rows (core/engine_rows.h), with no meta row
  // when none was saved: all of them (`since` 0), or, for a writer that last
  // saw generation `since`, the rows written after it and the live keys.
  virtual core::EngineRows load_engine_rows(int64_t since) = 0;
  // Writes what the engine changed (rows to insert or replace, keys to
  // delete; everything first when `rows.full`) and bumps the generation. In
  // the batch that stores the documents placed, so a crash keeps both or neither.
  virtual void save_engine_rows(const core::EngineRows& rows) = 0;
  // The state as one text, as stores before schema 5 kept it: "" when none,
  // or once rows replaced it (a full save_engine_rows deletes it).
  virtual std::string load_engine_text() = 0;
  // Changes with every save_engine_rows, whichever process saved: a writer
  // that finds it is not the one its own last save left reloads the state
  // before it places anything (several ingests or workers on one store). Read
  // inside a batch, where the write lock makes it current. 0 when none was saved.
  virtual int64_t engine_state_generation() = 0;
};

// Opens (creating and migrating when needed) the store at `location`: a
// postgresql:// (or postgres://) URI for PostgreSQL, else a file path for
// SQLite. Throws std::runtime_error naming the location and the reason.
std::unique_ptr<Store> open_store(const std::string& location);

// False when no store was made at `location` yet (no file; a database without
// newsdesk's tables), so that readers can say so rather than make an empty one.
// True when that cannot be told (a server that does not answer): open_store says why.
bool store_exists(const std::string& location);

// The location as messages show it: without a password.
std::string display_location(const std::string& location);

}  // namespace newsdesk::store
