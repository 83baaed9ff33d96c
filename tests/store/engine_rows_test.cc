// The story engine's rows in the store: deltas that insert, move and delete
// rows add up to what a later load reads, on both backends; a store from before
// schema 5 keeps its engine text until a full save replaces it.
#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include "test_store.h"

namespace newsdesk::store {
namespace {

using testing::StoreTest;

class EngineRowsStore : public StoreTest {};
NEWSDESK_STORE_BACKENDS(EngineRowsStore);

core::EngineMetaRow meta(uint64_t next_seq) {
  core::EngineMetaRow m;
  m.next_seq = next_seq;
  m.next_story = 2;
  m.closed_stories = 1;
  m.merged_stories = 3;
  m.options = "[36000,0.45]";
  return m;
}

core::EngineDocRow doc(uint64_t seq, int64_t story, uint64_t queue, std::string body) {
  return {seq, static_cast<int64_t>(seq) * 100, story, queue, static_cast<int64_t>(queue) * 10, std::move(body)};
}

TEST_P(EngineRowsStore, DeltasAddUpToWhatALoadReads) {
  auto db = store_->open();
  EXPECT_FALSE(db->load_engine_rows(0).meta);
  EXPECT_EQ(db->engine_state_generation(), 0);

  core::EngineRows first;
  first.meta = meta(3);
  first.docs = {doc(1, 0, 1, R"({"match_key":"a"})"), doc(2, 1, 2, R"({"match_key":"b"})")};
  first.stories = {{0, "s0", 100}, {1, "s1", 200}};
  db->begin_batch();
  db->save_engine_rows(first);
  db->commit_batch();
  int64_t generation = db->engine_state_generation();
  EXPECT_GT(generation, 0);

  // Document 2 moves to story 0 (its body stays), 3 arrives, 1 and story 1 go.
  core::EngineRows delta;
  delta.meta = meta(4);
  delta.docs = {doc(2, 0, 5, ""), doc(3, 0, 4, R"({"match_key":"c"})")};
  delta.stories = {{0, "s0", 300}};
  delta.dropped_docs = {1};
  delta.dropped_stories = {1};
  db->begin_batch();
  db->save_engine_rows(delta);
  db->commit_batch();
  EXPECT_GT(db->engine_state_generation(), generation);

  auto other = store_->open();  // what another process reads
  core::EngineRows got = other->load_engine_rows(0);
  ASSERT_TRUE(got.meta);
  EXPECT_EQ(got.meta->next_seq, 4u);
  EXPECT_EQ(got.meta->next_story, 2);
  EXPECT_EQ(got.meta->closed_stories, 1u);
  EXPECT_EQ(got.meta->merged_stories, 3u);
  EXPECT_EQ(got.meta->options, "[36000,0.45]");
  ASSERT_EQ(got.docs.size(), 2u);
  // In the expiry queue's order.
  EXPECT_EQ(got.docs[0].seq, 3u);
  EXPECT_EQ(got.docs[0].body, R"({"match_key":"c"})");
  EXPECT_EQ(got.docs[1].seq, 2u);
  EXPECT_EQ(got.docs[1].story, 0);
  EXPECT_EQ(got.docs[1].queue, 5u);
  EXPECT_EQ(got.docs[1].queue_time, 50);
  EXPECT_EQ(got.docs[1].time, 200);
  EXPECT_EQ(got.docs[1].body, R"({"match_key":"b"})");
  ASSERT_EQ(got.stories.size(), 1u);
  EXPECT_EQ(got.stories[0].id, "s0");
  EXPECT_EQ(got.stories[0].last_time, 300);
  EXPECT_EQ(other->engine_state_generation(), db->engine_state_generation());

  // A writer that saw the first save reads what the second wrote, and which rows live.
  core::EngineRows since = other->load_engine_rows(generation);
  EXPECT_TRUE(since.since);
  ASSERT_TRUE(since.meta);
  EXPECT_EQ(since.meta->next_seq, 4u);
  ASSERT_EQ(since.docs.size(), 2u);
  EXPECT_EQ(since.docs[0].seq, 3u);
  EXPECT_EQ(since.docs[1].seq, 2u);
  EXPECT_EQ(since.docs[1].queue, 5u);
  ASSERT_EQ(since.stories.size(), 1u);
  EXPECT_EQ(since.stories[0].last_time, 300);
  EXPECT_EQ(since.live_docs.size(), 2u);
  EXPECT_EQ(since.live_stories, std::vector<int64_t>{0});
  EXPECT_TRUE(other->load_engine_rows(other->engine_state_generation()).docs.empty());
}

TEST_P(EngineRowsStore, AnAbortedBatchWritesNoRows) {
  auto db = store_->open();
  core::EngineRows rows;
  rows.meta = meta(2);
  rows.docs = {doc(1, 0, 1, "{}")};
  rows.stories = {{0, "s0", 100}};
  db->begin_batch();
  db->save_engine_rows(rows);
  db->abort_batch();
  EXPECT_FALSE(db->load_engine_rows(0).meta);
  EXPECT_EQ(db->engine_state_generation(), 0);
}

// A store of schema 4 kept the state as one text: after the migration it is
// still read, its generation goes on, and the first full save of rows replaces it.
TEST_P(EngineRowsStore, TheTextOfSchema4IsReplacedByAFullSave) {
  {
    auto old = store_->open_at_version(4);
    if (store_->postgres()) {
      pqxx::connection conn(store_->location());
      pqxx::work txn(conn);
      txn.exec_params("INSERT INTO engine_state(id, data, generation) VALUES (1, $1, 7)",
                      pqxx::binarystring(std::string("{\"format\":\"newsdesk-engine\"}\n")));
      txn.commit();
    } else {
      dynamic_cast<SqliteStore&>(*old).database().exec(
          "INSERT INTO engine_state(id, data, generation) VALUES (1, '{\"format\":\"newsdesk-engine\"}\n', 7)");
    }
  }
  auto db = store_->open();
  EXPECT_EQ(db->load_engine_text(), "{\"format\":\"newsdesk-engine\"}\n");
  EXPECT_EQ(db->engine_state_generation(), 7);
  EXPECT_FALSE(db->load_engine_rows(0).meta);

  core::EngineRows rows;
  rows.full = true;
  rows.meta = meta(2);
  rows.docs = {doc(1, 0, 1, "{}")};
  rows.stories = {{0, "s0", 100}};
  db->begin_batch();
  db->save_engine_rows(rows);
  db->commit_batch();
  EXPECT_EQ(db->load_engine_text(), "");
  EXPECT_EQ(db->engine_state_generation(), 8);
  EXPECT_EQ(db->load_engine_rows(0).docs.size(), 1u);
}

}  // namespace
}  // namespace newsdesk::store
