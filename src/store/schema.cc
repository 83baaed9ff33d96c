#include "store/schema.h"

#include <stdexcept>

namespace newsdesk::store {

const std::vector<std::string>& migrations() {
  static const std::vector<std::string> list = {
      // 1: what was read and the stories it made.
      R"sql(
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,      -- of the raw bytes: the same input twice is stored once
  source_id INTEGER NOT NULL REFERENCES sources(id),
  url TEXT NOT NULL DEFAULT '',
  fetch_time INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  added_at INTEGER NOT NULL);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,            -- the story engine's id
  title TEXT NOT NULL,
  language TEXT NOT NULL,
  languages TEXT NOT NULL,        -- JSON array
  items INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  sites TEXT NOT NULL,            -- JSON array
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  entities TEXT NOT NULL DEFAULT '[]');  -- JSON as docs/json.md, with ids
CREATE INDEX stories_by_last_seen ON stories(last_seen, id);
CREATE INDEX stories_by_items ON stories(items, id);
CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  story_id TEXT NOT NULL,
  seq INTEGER NOT NULL UNIQUE,    -- the engine's document number
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  language TEXT NOT NULL,
  url TEXT NOT NULL,
  site TEXT NOT NULL,
  line INTEGER NOT NULL,
  published TEXT NOT NULL,
  day TEXT NOT NULL,              -- published, else the fetch date: what date filters use
  time INTEGER NOT NULL,
  relation TEXT NOT NULL,
  of_item INTEGER NOT NULL,
  score REAL NOT NULL,
  layer TEXT NOT NULL,
  evidence TEXT NOT NULL);        -- JSON array
CREATE INDEX items_by_story ON items(story_id, language);
CREATE INDEX items_by_site ON items(site, story_id);
CREATE TABLE entities (
  id TEXT PRIMARY KEY,            -- the resolution key: "country:KP", "per:putin"
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  variants TEXT NOT NULL,         -- JSON array
  country TEXT NOT NULL,
  lat REAL,
  lon REAL);
CREATE TABLE story_entities (
  story_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (story_id, entity_id)) WITHOUT ROWID;
CREATE INDEX story_entities_by_entity ON story_entities(entity_id, story_id);
CREATE TABLE facts (
  story_id TEXT NOT NULL,
  kind TEXT NOT NULL,             -- dates | durations | quantities | quotes
  position INTEGER NOT NULL,
  data TEXT NOT NULL,             -- one JSON object as docs/json.md
  PRIMARY KEY (story_id, kind, position)) WITHOUT ROWID;
CREATE TABLE engine_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  data BLOB NOT NULL);
)sql",
      // 2: full-text search. Stemmed, folded tokens per item language (rowid =
      // items.id, no content: snippets are cut from items); CJK text by trigrams.
      R"sql(
CREATE VIRTUAL TABLE item_words USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE item_trigrams USING fts5(text, content='', tokenize='trigram');
)sql",
      // 3: the languages items are stored in, so a query is stemmed in each
      // without a scan of the items.
      R"sql(
CREATE TABLE IF NOT EXISTS item_languages (language TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO item_languages SELECT DISTINCT language FROM items WHERE language != '';
)sql",
      // 4: a counter bumped by every save of the engine state, so that several
      // writers sharing the store see when another has moved the stories on.
      R"sql(
ALTER TABLE engine_state ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
)sql",
      // 5: the engine state as rows, so that a batch writes only what it
      // changed rather than the whole state again. engine_state keeps a v4
      // store's text until the first ingest writes it as rows (C++ parses it).
      R"sql(
CREATE TABLE engine_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  next_seq INTEGER NOT NULL,
  next_story INTEGER NOT NULL,
  closed_stories INTEGER NOT NULL,
  merged_stories INTEGER NOT NULL,
  options TEXT NOT NULL,          -- JSON array, as the engine writes it
  generation INTEGER NOT NULL);   -- bumped by every save (several writers)
CREATE TABLE engine_docs (
  seq INTEGER PRIMARY KEY,        -- the engine's document number; freed ones are deleted by it
  time INTEGER NOT NULL,
  story INTEGER NOT NULL,         -- engine_stories.idx
  queue INTEGER NOT NULL,         -- order in the expiry queue
  queue_time INTEGER NOT NULL,
  generation INTEGER NOT NULL,    -- of the save that last wrote it: a writer behind reads only what is newer
  body TEXT NOT NULL);            -- compact JSON: what the engine keeps of the text
CREATE TABLE engine_stories (
  idx INTEGER PRIMARY KEY,        -- the engine's story number
  id TEXT NOT NULL,
  last_time INTEGER NOT NULL,
  generation INTEGER NOT NULL);
)sql",
  };
  return list;
}

int schema_version() { return static_cast<int>(migrations().size()); }

int user_version(Database& db) {
  Statement& s = db.prepare("PRAGMA user_version");
  int version = s.step() ? static_cast<int>(s.integer(0)) : 0;
  // Left open, this read would pin its snapshot, and the BEGIN IMMEDIATE of a
  // migration fails at once (no busy wait) if another process created the
  // schema meanwhile: several workers opening one new store.
  s.reset();
  return version;
}

void migrate(Database& db, int target) {
  const auto& list = migrations();
  int last = target < 0 ? static_cast<int>(list.size()) : target;
  int version = user_version(db);
  if (version > static_cast<int>(list.size())) {
    throw std::runtime_error(db.path() + ": schema version " + std::to_string(version) +
                             " is newer than this newsdesk knows (" + std::to_string(list.size()) + ")");
  }
  for (int n = version; n < last; ++n) {
    Transaction tx(db);
    // Another process may have migrated while we waited for the write lock.
    if (user_version(db) > n) continue;
    db.exec(list[n]);
    db.exec("PRAGMA user_version = " + std::to_string(n + 1));
    tx.commit();
  }
}

}  // namespace newsdesk::store
