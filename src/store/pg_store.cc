#include "store/pg_store.h"

#include <ctime>
#include <stdexcept>
#include <string>
#include <string_view>

#include "store/columns.h"
#include "store/pg_schema.h"
#include "store/search_terms.h"

namespace newsdesk::store {

bool is_postgres_location(const std::string& location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::string display_location(const std::string& location) {
  if (!is_postgres_location(location)) return location;
  std::string out = location;
  // user:password@host
  size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    size_t at = out.find('@', scheme + 3);
    size_t slash = out.find('/', scheme + 3);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      size_t colon = out.find(':', scheme + 3);
      if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  // ?password=... among the parameters
  for (size_t p = out.find("password="); p != std::string::npos; p = out.find("password=", p + 1)) {
    size_t end = out.find('&', p);
    out.replace(p + 9, (end == std::string::npos ? out.size() : end) - p - 9, "***");
  }
  return out;
}

bool pg_store_exists(const std::string& location) {
  try {
    pqxx::connection conn(location);
    pqxx::nontransaction txn(conn);
    return txn.exec1("SELECT to_regclass('schema_version') IS NOT NULL")[0].as<bool>();
  } catch (const std::exception&) {
    return true;  // open_store will say what is wrong
  }
}

namespace {

// libpq writes its reasons over several lines with a hint below; a bad input
// gets one line.
std::string one_line(std::string_view message) {
  std::string out;
  for (char c : message) {
    bool space = c == '\n' || c == '\t' || c == ' ';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

PgStore::PgStore(const std::string& location, int schema_target) : location_(display_location(location)) {
  try {
    conn_ = std::make_unique<pqxx::connection>(location);
    // Notices ("already exists, skipping") are for people, not for our stderr.
    pqxx::nontransaction setup(*conn_);
    setup.exec("SET client_min_messages = warning");
    setup.commit();
    pg_migrate(*conn_, location_, schema_target);
  } catch (const pqxx::broken_connection& e) {
    throw std::runtime_error(location_ + ": cannot open: " + one_line(e.what()));
  } catch (const pqxx::sql_error& e) {
    throw std::runtime_error(location_ + ": " + one_line(e.what()));
  }
}

PgStore::~PgStore() = default;

void PgStore::fail(const pqxx::failure& error) const {
  throw std::runtime_error(location_ + ": " + one_line(error.what()));
}

void PgStore::exec(const std::string& sql) {
  in_transaction([&](pqxx::transaction_base& txn) { txn.exec(sql); });
}

void PgStore::begin_batch() {
  if (batch_) throw std::logic_error("store: a batch is already open");
  try {
    auto batch = std::make_unique<pqxx::work>(*conn_);
    // One writer at a time, as SQLite's BEGIN IMMEDIATE: the batch waits here
    // for any other process's batch to end, and then reads what it committed.
    batch->exec("SELECT pg_advisory_xact_lock(" + std::to_string(kPgWriterLock) + ")");
    batch_ = std::move(batch);
  } catch (const pqxx::failure& e) {
    fail(e);
  }
  current_ = batch_.get();
}

void PgStore::commit_batch() {
  if (!batch_) throw std::logic_error("store: no batch is open");
  current_ = nullptr;
  auto batch = std::move(batch_);
  try {
    batch->commit();
  } catch (const pqxx::failure& e) {
    fail(e);
  }
}

void PgStore::abort_batch() {
  current_ = nullptr;
  if (batch_) batch_->abort();
  batch_.reset();
}

bool PgStore::has_document(const std::string& hash) {
  return in_transaction([&](pqxx::transaction_base& txn) {
    return !txn.exec_params("SELECT 1 FROM documents WHERE hash = $1", hash).empty();
  });
}

std::vector<std::string> PgStore::document_stories(const std::string& hash) {
  return in_transaction([&](pqxx::transaction_base& txn) {
    std::vector<std::string> out;
    for (const auto& row : txn.exec_params(
             "SELECT DISTINCT i.story_id FROM documents d JOIN items i ON i.document_id = d.id WHERE d.hash = $1",
             hash)) {
      out.push_back(row[0].as<std::string>());
    }
    return out;
  });
}

int64_t PgStore::source_id(pqxx::transaction_base& txn, const std::string& name) {
  std::string valid = valid_text(name);
  pqxx::result found = txn.exec_params("SELECT id FROM sources WHERE name = $1", valid);
  if (!found.empty()) return found[0][0].as<int64_t>();
  return txn.exec_params1("INSERT INTO sources(name) VALUES ($1) RETURNING id", valid)[0].as<int64_t>();
}

int64_t PgStore::add_document(const DocumentRecord& d) {
  return in_transaction([&](pqxx::transaction_base& txn) {
    int64_t source = source_id(txn, d.source);
    return txn.exec_params1(
        "INSERT INTO documents(hash, source_id, url, fetch_time, bytes, added_at) VALUES ($1,$2,$3,$4,$5,$6) "
        "RETURNING id",
        valid_text(d.hash), source, valid_text(d.url), d.fetch_time, d.bytes, static_cast<int64_t>(std::time(nullptr)))[0]
        .as<int64_t>();
  });
}

int64_t PgStore::add_item(ItemRecord& r) {
  const StoredItem& it = r.item;
  // CJK text is matched by pg_trgm on its folded form; other items need none.
  std::string trigrams = has_cjk(it.title) || has_cjk(it.text) ? trigram_text(it.title + "\n" + it.text) : "";
  int64_t id = in_transaction([&](pqxx::transaction_base& txn) {
    int64_t id = txn.exec_params1(
        "INSERT INTO items(id, document_id, story_id, seq, kind, title, body, language, url, site, line, "
        "published, day, time, relation, of_item, score, layer, evidence, words, trigrams) "
        "VALUES (CASE WHEN $1::bigint > 0 THEN $1::bigint ELSE (SELECT coalesce(max(id), 0) + 1 FROM items) END, "
        "$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19, "
        "newsdesk_item_words($8, $6, $7), NULLIF($20, '')) RETURNING id",
        it.id, r.document_id, it.story_id, static_cast<int64_t>(r.seq), it.kind, valid_text(it.title),
        valid_text(it.text), it.language, valid_text(it.url), valid_text(it.site), it.line, valid_text(it.published),
        valid_text(item_day(it, r.time)), r.time, it.relation, it.of_item, it.score, it.layer, json_text(it.evidence),
        valid_text(trigrams))[0]
        .as<int64_t>();
    if (!it.language.empty()) {
      txn.exec_params("INSERT INTO item_languages(language) VALUES ($1) ON CONFLICT DO NOTHING", it.language);
    }
    return id;
  });
  r.item.id = id;
  return id;
}

int64_t PgStore::next_item_id() {
  return in_transaction([&](pqxx::transaction_base& txn) {
    return txn.exec("SELECT coalesce(max(id), 0) + 1 FROM items")[0][0].as<int64_t>();
  });
}

int64_t PgStore::item_id_of_seq(uint64_t seq) {
  return in_transaction([&](pqxx::transaction_base& txn) -> int64_t {
    pqxx::result r = txn.exec_params("SELECT id FROM items WHERE seq = $1", static_cast<int64_t>(seq));
    return r.empty() ? 0 : r[0][0].as<int64_t>();
  });
}

std::vector<uint64_t> PgStore::story_seqs(const std::string& story_id) {
  return in_transaction([&](pqxx::transaction_base& txn) {
    std::vector<uint64_t> out;
    for (const auto& row : txn.exec_params("SELECT seq FROM items WHERE story_id = $1 ORDER BY id", story_id)) {
      out.push_back(static_cast<uint64_t>(row[0].as<int64_t>()));
    }
    return out;
  });
}

void PgStore::merge_story(const std::string& from, const std::string& to) {
  if (from == to) return;
  in_transaction([&](pqxx::transaction_base& txn) {
    txn.exec_params("UPDATE items SET story_id = $1 WHERE story_id = $2", to, from);
    txn.exec_params("DELETE FROM stories WHERE id = $1", from);
    txn.exec_params("DELETE FROM story_entities WHERE story_id = $1", from);
    txn.exec_params("DELETE FROM facts WHERE story_id = $1", from);
  });
}

std::vector<ItemRecord> PgStore::story_items(const std::string& story_id) {
  return in_transaction([&](pqxx::transaction_base& txn) { return story_items(txn, story_id); });
}

std::vector<ItemRecord> PgStore::story_items(pqxx::transaction_base& txn, const std::string& story_id) {
  pqxx::result rows = txn.exec_params(
      "SELECT i.id, i.kind, i.title, i.body, i.language, i.url, i.site, i.line, i.published, i.relation, "
      "i.of_item, i.score, i.layer, i.evidence, i.document_id, i.seq, i.time, s.name "
      "FROM items i JOIN documents d ON d.id = i.document_id JOIN sources s ON s.id = d.source_id "
      "WHERE i.story_id = $1 ORDER BY i.id",
      story_id);
  std::vector<ItemRecord> out;
  for (const auto& row : rows) {
    ItemRecord r;
    StoredItem& it = r.item;
    it.id = row[0].as<int64_t>();
    it.story_id = story_id;
    it.kind = row[1].as<std::string>();
    it.title = row[2].as<std::string>();
    it.text = row[3].as<std::string>();
    it.language = row[4].as<std::string>();
    it.url = row[5].as<std::string>();
    it.site = row[6].as<std::string>();
    it.line = row[7].as<int>();
    it.published = row[8].as<std::string>();
    it.relation = row[9].as<std::string>();
    it.of_item = row[10].as<int64_t>();
    it.score = row[11].as<double>();
    it.layer = row[12].as<std::string>();
    it.evidence = json_strings(row[13].as<std::string>());
    r.document_id = row[14].as<int64_t>();
    r.seq = static_cast<uint64_t>(row[15].as<int64_t>());
    r.time = row[16].as<int64_t>();
    it.source = row[17].as<std::string>();
    out.push_back(std::move(r));
  }
  return out;
}

void PgStore::put_story(const StoryRecord& r) {
  const StorySummary& s = r.summary;
  in_transaction([&](pqxx::transaction_base& txn) {
    txn.exec_params(
        "INSERT INTO stories(id, title, language, languages, items, documents, sites, first_seen, last_seen, "
        "entities) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (id) DO UPDATE SET "
        "title = excluded.title, language = excluded.language, languages = excluded.languages, "
        "items = excluded.items, documents = excluded.documents, sites = excluded.sites, "
        "first_seen = excluded.first_seen, last_seen = excluded.last_seen, entities = excluded.entities",
        s.id, valid_text(s.title), s.language, json_text(s.languages), s.items, s.documents, json_text(s.sites),
        valid_text(s.first_seen), valid_text(s.last_seen), json_text(story_entities_json(r.entities)));
    txn.exec_params("DELETE FROM story_entities WHERE story_id = $1", s.id);
    for (const auto& e : r.entities) {
      pqxx::result old = txn.exec_params("SELECT variants FROM entities WHERE id = $1", e.id);
      std::optional<std::vector<std::string>> stored;
      if (!old.empty()) stored = json_strings(old[0][0].as<std::string>());
      if (auto variants = variants_to_write(stored, e.variants)) {
        txn.exec_params(
            "INSERT INTO entities(id, name, type, variants, country, lat, lon) "
            "VALUES ($1,$2,$3,$4,$5,NULLIF($6,'')::float8,NULLIF($7,'')::float8) "
            "ON CONFLICT (id) DO UPDATE SET variants = excluded.variants",
            valid_text(e.id), valid_text(e.name), e.type, json_text(*variants), valid_text(e.country),
            e.lat ? pqxx::to_string(*e.lat) : "", e.lon ? pqxx::to_string(*e.lon) : "");
      }
      txn.exec_params(
          "INSERT INTO story_entities(story_id, entity_id, mentions) VALUES ($1,$2,$3) "
          "ON CONFLICT (story_id, entity_id) DO UPDATE SET mentions = excluded.mentions",
          s.id, valid_text(e.id), e.mentions);
    }
    txn.exec_params("DELETE FROM facts WHERE story_id = $1", s.id);
    for (const char* kind : {"dates", "durations", "quantities", "quotes"}) {
      if (!r.facts.contains(kind)) continue;
      int position = 0;
      for (const auto& f : r.facts[kind]) {
        txn.exec_params("INSERT INTO facts(story_id, kind, position, data) VALUES ($1,$2,$3,$4)", s.id,
                        std::string(kind), position++, json_text(f));
      }
    }
  });
}

}  // namespace newsdesk::store
