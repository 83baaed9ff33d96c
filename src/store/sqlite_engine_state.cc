// SqliteStore: the story engine's state as rows (engine_meta, engine_docs,
// engine_stories; schema 5). A batch writes only the rows its documents
// changed, each marked with the generation it made; a writer behind reads
// only the rows newer than the generation it saw, and the live keys.
#include "store/sqlite_store.h"

#include <stdexcept>

namespace newsdesk::store {

core::EngineRows SqliteStore::load_engine_rows(int64_t since) {
  core::EngineRows rows;
  Statement& meta = db_.prepare(
      "SELECT next_seq, next_story, closed_stories, merged_stories, options FROM engine_meta WHERE id = 1");
  if (!meta.step()) return rows;
  core::EngineMetaRow m;
  m.next_seq = static_cast<uint64_t>(meta.integer(0));
  m.next_story = meta.integer(1);
  m.closed_stories = static_cast<uint64_t>(meta.integer(2));
  m.merged_stories = static_cast<uint64_t>(meta.integer(3));
  m.options = meta.text(4);
  meta.reset();
  rows.meta = std::move(m);
  rows.full = since == 0;
  rows.since = since > 0;
  Statement& docs = db_.prepare(
      "SELECT seq, time, story, queue, queue_time, body FROM engine_docs WHERE generation > ? ORDER BY queue");
  docs.bind(1, since);
  while (docs.step()) {
    rows.docs.push_back({static_cast<uint64_t>(docs.integer(0)), docs.integer(1), docs.integer(2),
                         static_cast<uint64_t>(docs.integer(3)), docs.integer(4), docs.text(5)});
  }
  Statement& stories = db_.prepare("SELECT idx, id, last_time FROM engine_stories WHERE generation > ? ORDER BY idx");
  stories.bind(1, since);
  while (stories.step()) rows.stories.push_back({stories.integer(0), stories.text(1), stories.integer(2)});
  if (rows.since) {
    Statement& live_docs = db_.prepare("SELECT seq FROM engine_docs");
    while (live_docs.step()) rows.live_docs.push_back(static_cast<uint64_t>(live_docs.integer(0)));
    Statement& live_stories = db_.prepare("SELECT idx FROM engine_stories");
    while (live_stories.step()) rows.live_stories.push_back(live_stories.integer(0));
  }
  return rows;
}

void SqliteStore::save_engine_rows(const core::EngineRows& rows) {
  if (!rows.meta) throw std::logic_error("store: engine rows without their counters");
  if (rows.full) db_.exec("DELETE FROM engine_docs; DELETE FROM engine_stories");
  // The counters first: the generation they get marks the rows written with them.
  // The first rows continue the generation of the text they replace.
  const core::EngineMetaRow& m = *rows.meta;
  db_.prepare(
         "INSERT INTO engine_meta(id, next_seq, next_story, closed_stories, merged_stories, options, generation) "
         "VALUES (1, ?, ?, ?, ?, ?, (SELECT coalesce(max(generation), 0) FROM engine_state) + 1) "
         "ON CONFLICT(id) DO UPDATE SET next_seq = excluded.next_seq, next_story = excluded.next_story, "
         "closed_stories = excluded.closed_stories, merged_stories = excluded.merged_stories, "
         "options = excluded.options, generation = engine_meta.generation + 1")
      .bind(1, static_cast<int64_t>(m.next_seq)).bind(2, m.next_story)
      .bind(3, static_cast<int64_t>(m.closed_stories)).bind(4, static_cast<int64_t>(m.merged_stories))
      .bind(5, m.options).run();
  int64_t generation = engine_state_generation();
  for (uint64_t seq : rows.dropped_docs) {
    db_.prepare("DELETE FROM engine_docs WHERE seq = ?").bind(1, static_cast<int64_t>(seq)).run();
  }
  for (int64_t index : rows.dropped_stories) {
    db_.prepare("DELETE FROM engine_stories WHERE idx = ?").bind(1, index).run();
  }
  for (const core::EngineDocRow& d : rows.docs) {
    if (d.body.empty()) {  // moved: the stored body stays
      db_.prepare("UPDATE engine_docs SET story = ?, queue = ?, queue_time = ?, generation = ? WHERE seq = ?")
          .bind(1, d.story).bind(2, static_cast<int64_t>(d.queue)).bind(3, d.queue_time).bind(4, generation)
          .bind(5, static_cast<int64_t>(d.seq)).run();
    } else {
      db_.prepare(
             "INSERT OR REPLACE INTO engine_docs(seq, time, story, queue, queue_time, generation, body) "
             "VALUES (?,?,?,?,?,?,?)")
          .bind(1, static_cast<int64_t>(d.seq)).bind(2, d.time).bind(3, d.story)
          .bind(4, static_cast<int64_t>(d.queue)).bind(5, d.queue_time).bind(6, generation).bind(7, d.body).run();
    }
  }
  for (const core::EngineStoryRow& s : rows.stories) {
    db_.prepare("INSERT OR REPLACE INTO engine_stories(idx, id, last_time, generation) VALUES (?,?,?,?)")
        .bind(1, s.index).bind(2, s.id).bind(3, s.last_time).bind(4, generation).run();
  }
  if (rows.full) db_.exec("DELETE FROM engine_state");
}

std::string SqliteStore::load_engine_text() {
  Statement& s = db_.prepare("SELECT data FROM engine_state WHERE id = 1");
  std::string text = s.step() ? s.text(0) : std::string();
  s.reset();
  return text;
}

int64_t SqliteStore::engine_state_generation() {
  Statement& s = db_.prepare(
      "SELECT coalesce((SELECT generation FROM engine_meta WHERE id = 1), "
      "(SELECT generation FROM engine_state WHERE id = 1), 0)");
  int64_t generation = s.step() ? s.integer(0) : 0;
  s.reset();
  return generation;
}

}  // namespace newsdesk::store
