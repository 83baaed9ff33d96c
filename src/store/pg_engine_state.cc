// PgStore: the story engine's state as rows (engine_meta, engine_docs,
// engine_stories; schema 5). A batch writes only the rows its documents
// changed, each marked with the generation it made; a writer behind reads
// only the rows newer than the generation it saw, and the live keys.
#include <stdexcept>

#include "store/pg_store.h"

namespace newsdesk::store {

core::EngineRows PgStore::load_engine_rows(int64_t since) {
  return in_transaction([&](pqxx::transaction_base& txn) {
    core::EngineRows rows;
    pqxx::result meta = txn.exec(
        "SELECT next_seq, next_story, closed_stories, merged_stories, options FROM engine_meta WHERE id = 1");
    if (meta.empty()) return rows;
    core::EngineMetaRow m;
    m.next_seq = meta[0][0].as<uint64_t>();
    m.next_story = meta[0][1].as<int64_t>();
    m.closed_stories = meta[0][2].as<uint64_t>();
    m.merged_stories = meta[0][3].as<uint64_t>();
    m.options = meta[0][4].as<std::string>();
    rows.meta = std::move(m);
    rows.full = since == 0;
    rows.since = since > 0;
    for (const auto& r : txn.exec_params(
             "SELECT seq, time, story, queue, queue_time, body FROM engine_docs WHERE generation > $1 ORDER BY queue",
             since)) {
      rows.docs.push_back({r[0].as<uint64_t>(), r[1].as<int64_t>(), r[2].as<int64_t>(), r[3].as<uint64_t>(),
                           r[4].as<int64_t>(), r[5].as<std::string>()});
    }
    for (const auto& r :
         txn.exec_params("SELECT idx, id, last_time FROM engine_stories WHERE generation > $1 ORDER BY idx", since)) {
      rows.stories.push_back({r[0].as<int64_t>(), r[1].as<std::string>(), r[2].as<int64_t>()});
    }
    if (rows.since) {
      for (const auto& r : txn.exec("SELECT seq FROM engine_docs")) rows.live_docs.push_back(r[0].as<uint64_t>());
      for (const auto& r : txn.exec("SELECT idx FROM engine_stories")) rows.live_stories.push_back(r[0].as<int64_t>());
    }
    return rows;
  });
}

void PgStore::save_engine_rows(const core::EngineRows& rows) {
  if (!rows.meta) throw std::logic_error("store: engine rows without their counters");
  in_transaction([&](pqxx::transaction_base& txn) {
    if (rows.full) txn.exec("DELETE FROM engine_docs; DELETE FROM engine_stories");
    // The counters first: the generation they get marks the rows written with
    // them. The first rows continue the generation of the text they replace.
    const core::EngineMetaRow& m = *rows.meta;
    int64_t generation =
        txn.exec_params1(
               "INSERT INTO engine_meta(id, next_seq, next_story, closed_stories, merged_stories, options, generation) "
               "VALUES (1, $1, $2, $3, $4, $5, (SELECT coalesce(max(generation), 0) FROM engine_state) + 1) "
               "ON CONFLICT (id) DO UPDATE SET next_seq = excluded.next_seq, next_story = excluded.next_story, "
               "closed_stories = excluded.closed_stories, merged_stories = excluded.merged_stories, "
               "options = excluded.options, generation = engine_meta.generation + 1 RETURNING generation",
               static_cast<int64_t>(m.next_seq), m.next_story, static_cast<int64_t>(m.closed_stories),
               static_cast<int64_t>(m.merged_stories), m.options)[0]
            .as<int64_t>();
    for (uint64_t seq : rows.dropped_docs) {
      txn.exec_params("DELETE FROM engine_docs WHERE seq = $1", static_cast<int64_t>(seq));
    }
    for (int64_t index : rows.dropped_stories) {
      txn.exec_params("DELETE FROM engine_stories WHERE idx = $1", index);
    }
    for (const core::EngineDocRow& d : rows.docs) {
      if (d.body.empty()) {  // moved: the stored body stays
        txn.exec_params(
            "UPDATE engine_docs SET story = $1, queue = $2, queue_time = $3, generation = $4 WHERE seq = $5", d.story,
            static_cast<int64_t>(d.queue), d.queue_time, generation, static_cast<int64_t>(d.seq));
      } else {
        txn.exec_params(
            "INSERT INTO engine_docs(seq, time, story, queue, queue_time, generation, body) "
            "VALUES ($1,$2,$3,$4,$5,$6,$7) "
            "ON CONFLICT (seq) DO UPDATE SET time = excluded.time, story = excluded.story, queue = excluded.queue, "
            "queue_time = excluded.queue_time, generation = excluded.generation, body = excluded.body",
            static_cast<int64_t>(d.seq), d.time, d.story, static_cast<int64_t>(d.queue), d.queue_time, generation,
            d.body);
      }
    }
    for (const core::EngineStoryRow& s : rows.stories) {
      txn.exec_params(
          "INSERT INTO engine_stories(idx, id, last_time, generation) VALUES ($1,$2,$3,$4) "
          "ON CONFLICT (idx) DO UPDATE SET id = excluded.id, last_time = excluded.last_time, "
          "generation = excluded.generation",
          s.index, s.id, s.last_time, generation);
    }
    if (rows.full) txn.exec("DELETE FROM engine_state");
  });
}

std::string PgStore::load_engine_text() {
  return in_transaction([&](pqxx::transaction_base& txn) {
    pqxx::result r = txn.exec("SELECT data FROM engine_state WHERE id = 1");
    return r.empty() ? std::string() : pqxx::binarystring(r[0][0]).str();
  });
}

int64_t PgStore::engine_state_generation() {
  return in_transaction([&](pqxx::transaction_base& txn) -> int64_t {
    pqxx::result r = txn.exec(
        "SELECT coalesce((SELECT generation FROM engine_meta WHERE id = 1), "
        "(SELECT generation FROM engine_state WHERE id = 1), 0)");
    return r.empty() ? 0 : r[0][0].as<int64_t>();
  });
}

}  // namespace newsdesk::store
