// SqliteStore: the Store in one SQLite file (WAL journal, FTS5 search).
// sqlite_store.cc opens and writes; sqlite_queries.cc answers the read side.
#pragma once

#include <memory>
#include <string>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace newsdesk::store {

class SqliteStore : public Store {
 public:
  // Opens or creates the file and migrates it to the current schema (or only
  // to `schema_target`, for tests of older files).
  explicit SqliteStore(const std::string& path, int schema_target = -1);

  StoryPage list_stories(const StoryQuery& query) override;
  std::optional<StoryDetail> story(const std::string& id) override;
  std::optional<EntityDetail> entity(const std::string& id, int limit, const std::string& cursor) override;
  SearchPage search(const SearchQuery& query) override;
  StoreCounts counts() override;

  void begin_batch() override;
  void commit_batch() override;
  void abort_batch() override;
  bool has_document(const std::string& hash) override;
  std::vector<std::string> document_stories(const std::string& hash) override;
  int64_t next_item_id() override;
  int64_t add_document(const DocumentRecord& document) override;
  int64_t add_item(ItemRecord& item) override;
  int64_t item_id_of_seq(uint64_t seq) override;
  std::vector<uint64_t> story_seqs(const std::string& story_id) override;
  void merge_story(const std::string& from, const std::string& to) override;
  std::vector<ItemRecord> story_items(const std::string& story_id) override;
  void put_story(const StoryRecord& story) override;
  core::EngineRows load_engine_rows(int64_t since) override;
  void save_engine_rows(const core::EngineRows& rows) override;
  std::string load_engine_text() override;
  int64_t engine_state_generation() override;

  Database& database() { return db_; }

 private:
  int64_t source_id(const std::string& name);
  std::vector<std::string> stored_languages();

  Database db_;
  std::unique_ptr<Transaction> batch_;
};

}  // namespace newsdesk::store
