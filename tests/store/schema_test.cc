// Schema versions: a new file gets them all, an older file is brought up to
// date with its data kept, a newer file is refused.
#include <gtest/gtest.h>

#include "store/schema.h"
#include "store/sqlite_store.h"
#include "test_docs.h"

namespace newsdesk::store {
namespace {

using testing::TempDir;

TEST(Schema, EmptyFileGetsEveryMigration) {
  TempDir dir;
  SqliteStore db(dir.file("a.db"));
  EXPECT_EQ(db.counts().schema_version, schema_version());
  EXPECT_GE(schema_version(), 2);
}

TEST(Schema, OlderFileIsMigratedAndKeepsItsRows) {
  TempDir dir;
  std::string path = dir.file("old.db");
  {
    SqliteStore old(path, 1);  // as the first release wrote it
    EXPECT_EQ(old.counts().schema_version, 1);
    old.begin_batch();
    DocumentRecord d;
    d.hash = "abc";
    d.source = "old.txt";
    old.add_document(d);
    old.commit_batch();
  }
  SqliteStore now(path);
  EXPECT_EQ(now.counts().schema_version, schema_version());
  EXPECT_TRUE(now.has_document("abc"));
  // The search tables of migration 2 exist and take rows.
  now.begin_batch();
  ItemRecord r;
  r.item.title = "Terremoto nelle Marche";
  r.item.language = "it";
  r.item.story_id = "s1";
  r.document_id = 1;
  r.seq = 1;
  now.add_item(r);
  now.commit_batch();
  SearchQuery q;
  q.text = "terremoti";
  EXPECT_EQ(now.search(q).hits.size(), 1u);
}

TEST(Schema, LanguagesOfAnOlderFileAreFoundForItsQueries) {
  TempDir dir;
  std::string path = dir.file("v2.db");
  {
    SqliteStore old(path, 2);  // before item_languages: the items are there already
    old.database().exec(
        "INSERT INTO items(id, document_id, story_id, seq, kind, title, body, language, url, site, line, "
        "published, day, time, relation, of_item, score, layer, evidence) VALUES "
        "(1, 1, 's1', 1, 'headline', 'Terremoto nelle Marche', '', 'it', '', '', 1, '', '2025-01-01', 0, "
        "'original', 0, 1.0, 'new', '[]');"
        "INSERT INTO item_words(rowid, title, body) VALUES (1, 'terremot nell march', '')");
  }
  SqliteStore now(path);
  EXPECT_EQ(now.counts().schema_version, schema_version());
  SearchQuery q;
  q.text = "terremoti";  // found only if stemmed in Italian, a language the migration learnt
  EXPECT_EQ(now.search(q).hits.size(), 1u);
}

TEST(Schema, NewerFileIsRefused) {
  TempDir dir;
  std::string path = dir.file("new.db");
  {
    SqliteStore db(path);
    db.database().exec("PRAGMA user_version = " + std::to_string(schema_version() + 1));
  }
  EXPECT_THROW(SqliteStore{path}, std::runtime_error);
}

TEST(Schema, UnopenableLocationNamesIt) {
  try {
    open_store("/nonexistent-dir/x/y.db");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-dir/x/y.db"), std::string::npos);
  }
}

}  // namespace
}  // namespace newsdesk::store
