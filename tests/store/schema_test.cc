// Schema versions: a new store gets them all, an older one is brought up to
// date with its data kept, a newer one is refused; on every backend.
#include <gtest/gtest.h>

#include <thread>

#include "store/schema.h"
#include "test_store.h"

namespace newsdesk::store {
namespace {

using testing::StoreTest;

// SQL run on the store as is, to set up what only an older or newer release writes.
void exec_sql(Store& store, const std::string& sqlite, const std::string& postgres) {
  if (auto* s = dynamic_cast<SqliteStore*>(&store)) s->database().exec(sqlite);
  else dynamic_cast<PgStore&>(store).exec(postgres);
}

class Schema : public StoreTest {};
NEWSDESK_STORE_BACKENDS(Schema);

TEST_P(Schema, EmptyStoreGetsEveryMigration) {
  auto db = store_->open();
  EXPECT_EQ(db->counts().schema_version, schema_version());
  EXPECT_GE(schema_version(), 2);
}

TEST_P(Schema, OlderStoreIsMigratedAndKeepsItsRows) {
  {
    auto old = store_->open_at_version(1);  // as the first release wrote it
    EXPECT_EQ(old->counts().schema_version, 1);
    old->begin_batch();
    DocumentRecord d;
    d.hash = "abc";
    d.source = "old.txt";
    old->add_document(d);
    old->commit_batch();
  }
  auto now = store_->open();
  EXPECT_EQ(now->counts().schema_version, schema_version());
  EXPECT_TRUE(now->has_document("abc"));
  // The search tables of migration 2 exist and take rows.
  now->begin_batch();
  ItemRecord r;
  r.item.title = "Terremoto nelle Marche";
  r.item.language = "it";
  r.item.story_id = "s1";
  r.document_id = 1;
  r.seq = 1;
  now->add_item(r);
  now->commit_batch();
  SearchQuery q;
  q.text = "terremoti";
  EXPECT_EQ(now->search(q).hits.size(), 1u);
}

TEST_P(Schema, LanguagesOfAnOlderStoreAreFoundForItsQueries) {
  {
    auto old = store_->open_at_version(2);  // before item_languages: the items are there already
    const char* item =
        "INSERT INTO items(id, document_id, story_id, seq, kind, title, body, language, url, site, line, "
        "published, day, time, relation, of_item, score, layer, evidence) VALUES "
        "(1, 1, 's1', 1, 'headline', 'Terremoto nelle Marche', '', 'it', '', '', 1, '', '2025-01-01', 0, "
        "'original', 0, 1.0, 'new', '[]');";
    exec_sql(*old, std::string(item) + "INSERT INTO item_words(rowid, title, body) VALUES (1, 'terremot nell march', '')",
             "INSERT INTO sources(id, name) VALUES (1, 'old');"
             "INSERT INTO documents(id, hash, source_id, fetch_time, bytes, added_at) VALUES (1, 'h', 1, 0, 0, 0);" +
                 std::string(item) + "UPDATE items SET words = newsdesk_item_words(language, title, body)");
  }
  auto now = store_->open();
  EXPECT_EQ(now->counts().schema_version, schema_version());
  SearchQuery q;
  q.text = "terremoti";  // found only if stemmed in Italian, a language the migration learnt
  EXPECT_EQ(now->search(q).hits.size(), 1u);
}

TEST_P(Schema, NewerStoreIsRefused) {
  {
    auto db = store_->open();
    std::string newer = std::to_string(schema_version() + 1);
    exec_sql(*db, "PRAGMA user_version = " + newer, "UPDATE schema_version SET version = " + newer);
  }
  EXPECT_THROW(store_->open(), std::runtime_error);
}

// Processes that open one new store at once: it is migrated once, and each of
// them finds it whole.
TEST_P(Schema, StoresOpenedAtOnceAreMigratedOnce) {
  std::vector<std::thread> openers;
  std::vector<int> versions(4, -1);
  for (int k = 0; k < 4; ++k) {
    openers.emplace_back([&, k] {
      try {
        versions[k] = store_->open()->counts().schema_version;
      } catch (const std::exception& e) {
        ADD_FAILURE() << e.what();
      }
    });
  }
  for (auto& t : openers) t.join();
  for (int v : versions) EXPECT_EQ(v, schema_version());
}

// A query the store refuses is reported as any bad input: one line, naming the store.
TEST_P(Schema, AQueryErrorIsOneLineNamingTheStore) {
  auto db = store_->open();
  try {
    exec_sql(*db, "SELECT *\nFROM no_such_table", "SELECT *\nFROM no_such_table");
    FAIL() << "the query ran";
  } catch (const std::runtime_error& e) {
    std::string what = e.what();
    EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    EXPECT_NE(what.find(store_->postgres() ? display_location(store_->location()) : store_->location()),
              std::string::npos) << what;
    EXPECT_NE(what.find("no_such_table"), std::string::npos) << what;
  }
}

TEST(SchemaLocation, UnopenableFileNamesIt) {
  try {
    open_store("/nonexistent-dir/x/y.db");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-dir/x/y.db"), std::string::npos);
  }
}

TEST(SchemaLocation, UnreachableServerNamesItWithoutThePassword) {
  try {
    open_store("postgresql://newsdesk:s3cret@127.0.0.1:1/nowhere?connect_timeout=2");
    FAIL();
  } catch (const std::runtime_error& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("postgresql://newsdesk:***@127.0.0.1:1/nowhere"), std::string::npos) << what;
    EXPECT_EQ(what.find("s3cret"), std::string::npos) << what;
  }
}

}  // namespace
}  // namespace newsdesk::store
