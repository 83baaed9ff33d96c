// PgStore: the Store in a PostgreSQL database (libpqxx), for several processes
// writing and reading one store. The same schema versions as SQLite
// (pg_schema.cc); words indexed with PostgreSQL's own text search
// configuration for each item's language, CJK text with pg_trgm.
// pg_store.cc opens and writes; pg_queries.cc answers the read side.
#pragma once

#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include <pqxx/pqxx>

#include "store/store.h"

namespace newsdesk::store {

// True for a postgresql:// or postgres:// connection URI.
bool is_postgres_location(const std::string& location);

// Whether the database at `location` holds a store (see store_exists).
bool pg_store_exists(const std::string& location);

class PgStore : public Store {
 public:
  // Connects and migrates the database to the current schema (or only to
  // `schema_target`, for tests of older stores).
  explicit PgStore(const std::string& location, int schema_target = -1);
  ~PgStore() override;

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

  // Runs SQL as is, outside any batch (tests set up older or odd stores with it).
  void exec(const std::string& sql);

 private:
  // Runs `work` in the open batch, or else in a transaction of its own that
  // commits when it returns: every call outside a batch is atomic, as SQLite's are.
  template <class Work>
  auto in_transaction(Work&& work);
  template <class Work>
  auto in_transaction_unchecked(Work&& work);
  // What the server said, on one line after the store's (redacted) name: a
  // query error is reported as any bad input is.
  [[noreturn]] void fail(const pqxx::failure& error) const;

  int64_t source_id(pqxx::transaction_base& txn, const std::string& name);
  // The text search configurations a query is put in: those of the stored
  // languages (or of `language`), and 'simple' for the rest.
  std::vector<std::string> query_configs(pqxx::transaction_base& txn, const std::string& language);
  std::vector<std::string> stored_languages(pqxx::transaction_base& txn);
  std::vector<ItemRecord> story_items(pqxx::transaction_base& txn, const std::string& story_id);

  std::string location_;  // redacted
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::work> batch_;
  pqxx::transaction_base* current_ = nullptr;  // the batch, or the one call's own
};

template <class Work>
auto PgStore::in_transaction(Work&& work) {
  try {
    return in_transaction_unchecked(std::forward<Work>(work));
  } catch (const pqxx::failure& e) {
    fail(e);
  }
}

template <class Work>
auto PgStore::in_transaction_unchecked(Work&& work) {
  if (current_) return work(*current_);
  pqxx::work txn(*conn_);
  current_ = &txn;
  struct Forget {
    pqxx::transaction_base*& current;
    ~Forget() { current = nullptr; }
  } forget{current_};
  if constexpr (std::is_void_v<decltype(work(txn))>) {
    work(txn);
    txn.commit();
  } else {
    auto result = work(txn);
    txn.commit();
    return result;
  }
}

}  // namespace newsdesk::store
