#include "store/pg_schema.h"

#include <stdexcept>

#include "store/schema.h"

namespace newsdesk::store {

const std::vector<std::string>& pg_migrations() {
  static const std::vector<std::string> list = {
      // 1: what was read and the stories it made (JSON columns as text, as in
      // SQLite). Keys that pages are sorted and cut by compare byte by byte
      // (COLLATE "C"), as SQLite's do, whatever the database's locale.
      R"sql(
CREATE TABLE sources (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE);
CREATE TABLE documents (
  id BIGSERIAL PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  source_id BIGINT NOT NULL REFERENCES sources(id),
  url TEXT NOT NULL DEFAULT '',
  fetch_time BIGINT NOT NULL,
  bytes BIGINT NOT NULL,
  added_at BIGINT NOT NULL);
CREATE TABLE stories (
  id TEXT COLLATE "C" PRIMARY KEY,
  title TEXT NOT NULL,
  language TEXT NOT NULL,
  languages TEXT NOT NULL,
  items INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  sites TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT COLLATE "C" NOT NULL,
  entities TEXT NOT NULL DEFAULT '[]');
CREATE INDEX stories_by_last_seen ON stories(last_seen, id);
CREATE INDEX stories_by_items ON stories(items, id);
CREATE TABLE items (
  id BIGINT PRIMARY KEY,
  document_id BIGINT NOT NULL REFERENCES documents(id),
  story_id TEXT COLLATE "C" NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  language TEXT NOT NULL,
  url TEXT NOT NULL,
  site TEXT NOT NULL,
  line INTEGER NOT NULL,
  published TEXT NOT NULL,
  day TEXT COLLATE "C" NOT NULL,
  time BIGINT NOT NULL,
  relation TEXT NOT NULL,
  of_item BIGINT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  layer TEXT NOT NULL,
  evidence TEXT NOT NULL);
CREATE INDEX items_by_story ON items(story_id, language);
CREATE INDEX items_by_site ON items(site, story_id);
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  variants TEXT NOT NULL,
  country TEXT NOT NULL,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION);
CREATE TABLE story_entities (
  story_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (story_id, entity_id));
CREATE INDEX story_entities_by_entity ON story_entities(entity_id, story_id);
CREATE TABLE facts (
  story_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (story_id, kind, position));
CREATE TABLE engine_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  data BYTEA NOT NULL);
)sql",
      // 2: full-text search. Each item's words as a tsvector made with
      // PostgreSQL's text search configuration for its language (Snowball
      // stems and stop words; 'simple' where PostgreSQL has no stemmer), after
      // unaccent, so that a word typed without its marks finds it; the title
      // weighs more than the body. CJK text, which the parser cannot split into
      // words, is kept folded for pg_trgm (set by the store: folding is C++'s).
      R"sql(
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE FUNCTION newsdesk_text_config(language TEXT) RETURNS regconfig LANGUAGE sql STABLE AS $$
  SELECT (CASE language
    WHEN 'ar' THEN 'arabic' WHEN 'hy' THEN 'armenian' WHEN 'eu' THEN 'basque' WHEN 'ca' THEN 'catalan'
    WHEN 'da' THEN 'danish' WHEN 'nl' THEN 'dutch' WHEN 'en' THEN 'english' WHEN 'fi' THEN 'finnish'
    WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek' WHEN 'hi' THEN 'hindi'
    WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'ga' THEN 'irish' WHEN 'it' THEN 'italian'
    WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian'
    WHEN 'nn' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian'
    WHEN 'sr' THEN 'serbian' WHEN 'es' THEN 'spanish' WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil'
    WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish'
    ELSE 'simple' END)::regconfig
$$;
CREATE FUNCTION newsdesk_item_words(language TEXT, title TEXT, body TEXT) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector(newsdesk_text_config(language), unaccent(title)), 'A') ||
         to_tsvector(newsdesk_text_config(language), unaccent(body))
$$;
ALTER TABLE items ADD COLUMN words tsvector NOT NULL DEFAULT '', ADD COLUMN trigrams TEXT;
UPDATE items SET words = newsdesk_item_words(language, title, body);
CREATE INDEX items_words ON items USING gin (words);
CREATE INDEX items_trigrams ON items USING gin (trigrams gin_trgm_ops);
)sql",
      // 3: the languages items are stored in: a query is put in their configurations.
      R"sql(
CREATE TABLE IF NOT EXISTS item_languages (language TEXT PRIMARY KEY);
INSERT INTO item_languages SELECT DISTINCT language FROM items WHERE language <> '' ON CONFLICT DO NOTHING;
)sql",
      // 4: a counter bumped by every save of the engine state (several writers).
      R"sql(
ALTER TABLE engine_state ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
)sql",
      // 5: the engine state as rows (as SQLite's 5); engine_state keeps a v4
      // store's text until the first ingest writes it as rows.
      R"sql(
CREATE TABLE engine_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  next_seq BIGINT NOT NULL,
  next_story BIGINT NOT NULL,
  closed_stories BIGINT NOT NULL,
  merged_stories BIGINT NOT NULL,
  options TEXT NOT NULL,
  generation BIGINT NOT NULL);
CREATE TABLE engine_docs (
  seq BIGINT PRIMARY KEY,
  time BIGINT NOT NULL,
  story BIGINT NOT NULL,
  queue BIGINT NOT NULL,
  queue_time BIGINT NOT NULL,
  generation BIGINT NOT NULL,
  body TEXT NOT NULL);
CREATE TABLE engine_stories (
  idx BIGINT PRIMARY KEY,
  id TEXT NOT NULL,
  last_time BIGINT NOT NULL,
  generation BIGINT NOT NULL);
)sql",
  };
  return list;
}

int pg_schema_version(pqxx::transaction_base& txn) {
  pqxx::result r = txn.exec("SELECT version FROM schema_version");
  return r.empty() ? 0 : r[0][0].as<int>();
}

void pg_migrate(pqxx::connection& conn, const std::string& location, int target) {
  const auto& list = pg_migrations();
  if (list.size() != migrations().size()) {
    throw std::logic_error("store: PostgreSQL and SQLite schemas have different versions");
  }
  int last = target < 0 ? static_cast<int>(list.size()) : target;
  {
    // Most opens find the store up to date: they need not wait for the
    // writers' lock (a reader opened during a long batch would).
    pqxx::nontransaction txn(conn);
    if (txn.exec1("SELECT to_regclass('schema_version') IS NOT NULL")[0].as<bool>()) {
      int version = pg_schema_version(txn);
      if (version == last && version <= static_cast<int>(list.size())) return;
    }
  }
  for (;;) {
    pqxx::work txn(conn);
    // The lock first: then the version read below is the one to build on.
    txn.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kPgWriterLock) + ")");
    txn.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    pqxx::result r = txn.exec("SELECT version FROM schema_version");
    if (r.empty()) txn.exec("INSERT INTO schema_version VALUES (0)");
    int version = r.empty() ? 0 : r[0][0].as<int>();
    if (version > static_cast<int>(list.size())) {
      throw std::runtime_error(location + ": schema version " + std::to_string(version) +
                               " is newer than this newsdesk knows (" + std::to_string(list.size()) + ")");
    }
    if (version >= last) {
      txn.commit();
      return;
    }
    txn.exec(list[version]);
    txn.exec("UPDATE schema_version SET version = " + std::to_string(version + 1));
    txn.commit();
  }
}

}  // namespace newsdesk::store
