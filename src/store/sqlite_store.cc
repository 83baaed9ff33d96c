#include "store/sqlite_store.h"

#include <algorithm>
#include <chrono>
#include <thread>
#include <filesystem>
#include <ctime>
#include <stdexcept>

#include "store/columns.h"
#include "store/pg_store.h"
#include "store/schema.h"
#include "store/search_terms.h"

namespace newsdesk::store {

SqliteStore::SqliteStore(const std::string& path, int schema_target) : db_(path) {
  // WAL: readers (serve) go on while ingest writes. synchronous=FULL: a commit
  // is on disk before it returns, so what ingest reports as stored survives a
  // power cut too, not only a killed process.
  // Turning a new file to WAL needs it to itself, and SQLite answers "locked"
  // at once rather than waiting: processes opening one new store together
  // (workers starting at once) take turns.
  for (int attempt = 0;; ++attempt) {
    try {
      db_.exec("PRAGMA journal_mode=WAL");
      break;
    } catch (const std::runtime_error&) {
      if (attempt >= 1000) throw;  // ten seconds, as the busy timeout
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  db_.exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY");
  migrate(db_, schema_target);
}

std::unique_ptr<Store> open_store(const std::string& location) {
  if (is_postgres_location(location)) return std::make_unique<PgStore>(location);
  return std::make_unique<SqliteStore>(location);
}

bool store_exists(const std::string& location) {
  if (is_postgres_location(location)) return pg_store_exists(location);
  return std::filesystem::exists(location);
}

void SqliteStore::begin_batch() {
  if (batch_) throw std::logic_error("store: a batch is already open");
  // A read left open would pin an old snapshot, and BEGIN IMMEDIATE on it
  // fails at once (not after the busy timeout) once another writer has committed.
  db_.release_reads();
  batch_ = std::make_unique<Transaction>(db_);
}

void SqliteStore::commit_batch() {
  if (!batch_) throw std::logic_error("store: no batch is open");
  batch_->commit();
  batch_.reset();
}

void SqliteStore::abort_batch() { batch_.reset(); }

bool SqliteStore::has_document(const std::string& hash) {
  Statement& s = db_.prepare("SELECT 1 FROM documents WHERE hash = ?");
  return s.bind(1, hash).step();
}

std::vector<std::string> SqliteStore::document_stories(const std::string& hash) {
  Statement& s = db_.prepare(
      "SELECT DISTINCT i.story_id FROM documents d JOIN items i ON i.document_id = d.id WHERE d.hash = ?");
  s.bind(1, hash);
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.text(0));
  return out;
}

int64_t SqliteStore::source_id(const std::string& name) {
  Statement& find = db_.prepare("SELECT id FROM sources WHERE name = ?");
  if (find.bind(1, name).step()) return find.integer(0);
  db_.prepare("INSERT INTO sources(name) VALUES (?)").bind(1, name).run();
  return db_.last_insert_id();
}

int64_t SqliteStore::add_document(const DocumentRecord& d) {
  int64_t source = source_id(d.source);
  Statement& s = db_.prepare(
      "INSERT INTO documents(hash, source_id, url, fetch_time, bytes, added_at) VALUES (?,?,?,?,?,?)");
  s.bind(1, d.hash).bind(2, source).bind(3, d.url).bind(4, d.fetch_time).bind(5, d.bytes)
      .bind(6, static_cast<int64_t>(std::time(nullptr)));
  s.run();
  return db_.last_insert_id();
}

int64_t SqliteStore::add_item(ItemRecord& r) {
  const StoredItem& it = r.item;
  std::string day = item_day(it, r.time);
  Statement& s = db_.prepare(
      "INSERT INTO items(id, document_id, story_id, seq, kind, title, body, language, url, site, line, "
      "published, day, time, relation, of_item, score, layer, evidence) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  if (it.id > 0) s.bind(1, it.id); else s.bind_null(1);
  s.bind(2, r.document_id).bind(3, it.story_id).bind(4, static_cast<int64_t>(r.seq)).bind(5, it.kind)
      .bind(6, it.title).bind(7, it.text).bind(8, it.language).bind(9, it.url).bind(10, it.site)
      .bind(11, it.line).bind(12, it.published).bind(13, day).bind(14, r.time).bind(15, it.relation)
      .bind(16, it.of_item).bind(17, it.score).bind(18, it.layer)
      .bind(19, json_text(it.evidence));
  s.run();
  int64_t id = db_.last_insert_id();
  r.item.id = id;
  if (!it.language.empty()) {
    db_.prepare("INSERT OR IGNORE INTO item_languages(language) VALUES (?)").bind(1, it.language).run();
  }
  Statement& words = db_.prepare("INSERT INTO item_words(rowid, title, body) VALUES (?,?,?)");
  if (!r.words.ready) r.words = index_item_words(it.title, it.text, it.language);
  words.bind(1, id).bind(2, r.words.title).bind(3, r.words.body);
  words.run();
  if (has_cjk(it.title) || has_cjk(it.text)) {
    Statement& tri = db_.prepare("INSERT INTO item_trigrams(rowid, text) VALUES (?,?)");
    tri.bind(1, id).bind(2, trigram_text(it.title + "\n" + it.text)).run();
  }
  return id;
}

int64_t SqliteStore::next_item_id() {
  Statement& s = db_.prepare("SELECT coalesce(max(id), 0) + 1 FROM items");
  return s.step() ? s.integer(0) : 1;
}

int64_t SqliteStore::item_id_of_seq(uint64_t seq) {
  Statement& s = db_.prepare("SELECT id FROM items WHERE seq = ?");
  return s.bind(1, static_cast<int64_t>(seq)).step() ? s.integer(0) : 0;
}

std::vector<uint64_t> SqliteStore::story_seqs(const std::string& story_id) {
  Statement& s = db_.prepare("SELECT seq FROM items WHERE story_id = ? ORDER BY id");
  s.bind(1, story_id);
  std::vector<uint64_t> out;
  while (s.step()) out.push_back(static_cast<uint64_t>(s.integer(0)));
  return out;
}

void SqliteStore::merge_story(const std::string& from, const std::string& to) {
  if (from == to) return;
  db_.prepare("UPDATE items SET story_id = ? WHERE story_id = ?").bind(1, to).bind(2, from).run();
  db_.prepare("DELETE FROM stories WHERE id = ?").bind(1, from).run();
  db_.prepare("DELETE FROM story_entities WHERE story_id = ?").bind(1, from).run();
  db_.prepare("DELETE FROM facts WHERE story_id = ?").bind(1, from).run();
}

std::vector<ItemRecord> SqliteStore::story_items(const std::string& story_id) {
  Statement& s = db_.prepare(
      "SELECT i.id, i.kind, i.title, i.body, i.language, i.url, i.site, i.line, i.published, i.relation, "
      "i.of_item, i.score, i.layer, i.evidence, i.document_id, i.seq, i.time, s.name "
      "FROM items i JOIN documents d ON d.id = i.document_id JOIN sources s ON s.id = d.source_id "
      "WHERE i.story_id = ? ORDER BY i.id");
  s.bind(1, story_id);
  std::vector<ItemRecord> out;
  while (s.step()) {
    ItemRecord r;
    StoredItem& it = r.item;
    it.id = s.integer(0);
    it.story_id = story_id;
    it.kind = s.text(1);
    it.title = s.text(2);
    it.text = s.text(3);
    it.language = s.text(4);
    it.url = s.text(5);
    it.site = s.text(6);
    it.line = static_cast<int>(s.integer(7));
    it.published = s.text(8);
    it.relation = s.text(9);
    it.of_item = s.integer(10);
    it.score = s.real(11);
    it.layer = s.text(12);
    it.evidence = nlohmann::json::parse(s.text(13)).get<std::vector<std::string>>();
    r.document_id = s.integer(14);
    r.seq = static_cast<uint64_t>(s.integer(15));
    r.time = s.integer(16);
    it.source = s.text(17);
    out.push_back(std::move(r));
  }
  return out;
}

void SqliteStore::put_story(const StoryRecord& r) {
  const StorySummary& s = r.summary;
  nlohmann::json entities = story_entities_json(r.entities);
  Statement& up = db_.prepare(
      "INSERT OR REPLACE INTO stories(id, title, language, languages, items, documents, sites, "
      "first_seen, last_seen, entities) VALUES (?,?,?,?,?,?,?,?,?,?)");
  up.bind(1, s.id).bind(2, s.title).bind(3, s.language).bind(4, json_text(s.languages))
      .bind(5, s.items).bind(6, s.documents).bind(7, json_text(s.sites))
      .bind(8, s.first_seen).bind(9, s.last_seen).bind(10, json_text(entities));
  up.run();
  db_.prepare("DELETE FROM story_entities WHERE story_id = ?").bind(1, s.id).run();
  for (const auto& e : r.entities) {
    Statement& old = db_.prepare("SELECT variants FROM entities WHERE id = ?");
    std::optional<std::vector<std::string>> stored;
    if (old.bind(1, e.id).step()) stored = json_strings(old.text(0));
    if (auto variants = variants_to_write(stored, e.variants)) {
      Statement& ent = db_.prepare(
          "INSERT INTO entities(id, name, type, variants, country, lat, lon) VALUES (?,?,?,?,?,?,?) "
          "ON CONFLICT(id) DO UPDATE SET variants = excluded.variants");
      ent.bind(1, e.id).bind(2, e.name).bind(3, e.type).bind(4, json_text(*variants)).bind(5, e.country);
      if (e.lat) ent.bind(6, *e.lat); else ent.bind_null(6);
      if (e.lon) ent.bind(7, *e.lon); else ent.bind_null(7);
      ent.run();
    }
    db_.prepare("INSERT OR REPLACE INTO story_entities(story_id, entity_id, mentions) VALUES (?,?,?)")
        .bind(1, s.id).bind(2, e.id).bind(3, e.mentions).run();
  }
  db_.prepare("DELETE FROM facts WHERE story_id = ?").bind(1, s.id).run();
  for (const char* kind : {"dates", "durations", "quantities", "quotes"}) {
    if (!r.facts.contains(kind)) continue;
    int position = 0;
    for (const auto& f : r.facts[kind]) {
      db_.prepare("INSERT INTO facts(story_id, kind, position, data) VALUES (?,?,?,?)")
          .bind(1, s.id).bind(2, kind).bind(3, position++).bind(4, json_text(f)).run();
    }
  }
}

}  // namespace newsdesk::store
