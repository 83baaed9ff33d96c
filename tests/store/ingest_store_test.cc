// The ingest job against a real store: idempotent by content, stories that go
// on across runs, merges that move items, bad inputs that leave the rest stored.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <pqxx/pqxx>

#include "pipeline/ingest_job.h"
#include "story/engine.h"
#include "test_store.h"

namespace newsdesk::store {
namespace {

using testing::news_doc;
using testing::StoreTest;
using testing::TempDir;
using testing::TestStore;

class IngestStore : public StoreTest {};
NEWSDESK_STORE_BACKENDS(IngestStore);

const char* kArticle =
    "Un terremoto di magnitudo 4.6 ha colpito le Marche nella notte, con epicentro vicino a Camerino. "
    "La scossa e stata avvertita in tutta la regione e in parte dell'Umbria. Non si segnalano feriti ne "
    "danni gravi, secondo la Protezione civile, ma molte persone sono scese in strada per la paura. "
    "Le scuole resteranno chiuse per verifiche negli edifici. Il sindaco ha convocato il centro operativo "
    "comunale e ha chiesto ai cittadini di seguire solo le indicazioni ufficiali.";

std::vector<core::RawDoc> seed_docs() {
  return {
      news_doc("Terremoto nelle Marche, scossa di magnitudo 4.6 vicino a Camerino", kArticle,
               "https://www.ansa.it/marche/terremoto.html", "2025-03-10T06:00:00Z", "it"),
      news_doc("Bank of England cuts interest rates to 3.75% in narrow 5-4 vote",
               "The Bank of England cut interest rates by a quarter point to 3.75% on Thursday after a narrow "
               "five to four vote of its Monetary Policy Committee, saying inflation was falling back towards "
               "its target. Governor Andrew Bailey said further cuts would come gradually. Markets had expected "
               "the decision, and the pound moved little after the announcement in London.",
               "https://www.bbc.co.uk/news/rates", "2025-03-10T12:00:00Z", "en"),
  };
}

// The seed's earthquake report again: a wire copy on another site, and a
// later report of the same event.
core::RawDoc wire_copy() {
  return news_doc("Terremoto nelle Marche: scossa di magnitudo 4.6 vicino a Camerino", kArticle,
                  "https://www.corriere.it/cronache/terremoto-marche.html", "2025-03-10T08:00:00Z", "it");
}

core::RawDoc later_report() {
  return news_doc("Marche, terremoto di magnitudo 4.6 vicino a Camerino: scuole chiuse", kArticle,
                  "https://www.repubblica.it/cronaca/terremoto.html", "2025-03-10T09:00:00Z", "it");
}

TEST_P(IngestStore, SameBytesTwiceAddNothing) {
  auto store = store_->open();
  Store& db = *store;
  auto first = pipeline::ingest_documents(db, seed_docs());
  EXPECT_EQ(first.documents_added, 2);
  EXPECT_EQ(first.items_added, 2);
  StoreCounts before = db.counts();
  auto again = pipeline::ingest_documents(db, seed_docs());
  EXPECT_EQ(again.documents_added, 0);
  EXPECT_EQ(again.documents_already_stored, 2);
  EXPECT_EQ(again.story_ids.size(), 2u);  // where the stored documents are
  StoreCounts after = db.counts();
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.items, before.items);
  EXPECT_EQ(after.stories, before.stories);
}

TEST_P(IngestStore, SameDocumentTwiceInOneBatchIsStoredOnce) {
  auto store = store_->open();
  Store& db = *store;
  auto docs = seed_docs();
  docs.push_back(docs[0]);
  auto r = pipeline::ingest_documents(db, docs);
  EXPECT_EQ(r.documents_added, 2);
  EXPECT_EQ(r.documents_already_stored, 1);
  EXPECT_EQ(db.counts().documents, 2);
}

TEST_P(IngestStore, LaterRunContinuesTheStoredStory) {
  std::string path = store_->location();
  std::string story_id;
  {
    auto db = open_store(path);
    auto r = pipeline::ingest_documents(*db, seed_docs());
    story_id = r.story_ids.at(0);
  }
  // Another process, later: a wire copy of the same report on another site.
  auto db = open_store(path);
  auto copy = wire_copy();
  auto r = pipeline::ingest_documents(*db, {copy});
  EXPECT_EQ(r.documents_added, 1);
  ASSERT_EQ(r.story_ids.size(), 1u);
  EXPECT_EQ(r.story_ids[0], story_id);
  auto detail = db->story(story_id);
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->summary.items, 2);
  EXPECT_EQ(detail->summary.documents, 2);
  EXPECT_EQ(detail->items.size(), 2u);
  EXPECT_NE(detail->items[1].relation, "original");
  EXPECT_EQ(detail->items[1].of_item, detail->items[0].id);
  EXPECT_EQ(detail->summary.sites.size(), 2u);
  // Entities and facts were worked out over both items.
  bool marche = false;
  for (const auto& e : detail->entities) {
    if (e.value("name", "") == "Marche") {
      marche = true;
      auto entity = db->entity(e.value("id", ""), 10, "");
      ASSERT_TRUE(entity);
      EXPECT_EQ(entity->stories.stories.size(), 1u);
      EXPECT_EQ(entity->stories.stories[0].id, story_id);
    }
  }
  EXPECT_TRUE(marche) << detail->entities.dump();
  EXPECT_FALSE(detail->quantities.empty());
  EXPECT_EQ(db->counts().stories, 2);
}

// Two ingests on one store, one committing between the other's batches: the
// later batch continues from the other's state (no engine number used twice,
// the copy joins the story the other writer's document is in).
TEST_P(IngestStore, TwoWritersTakeTurnsOnOneStory) {
  std::string path = store_->location();
  auto first = open_store(path);
  auto second = open_store(path);
  auto docs = seed_docs();
  auto copy = wire_copy();
  auto later = later_report();
  pipeline::IngestOptions options;
  options.batch_documents = 1;
  bool other_ran = false;
  options.on_commit = [&](const std::vector<std::string>&) {
    if (other_ran) return;
    other_ran = true;
    auto r = pipeline::ingest_documents(*second, {copy});
    EXPECT_EQ(r.documents_added, 1);
  };
  auto r = pipeline::ingest_documents(*first, {docs[0], later}, options);
  ASSERT_TRUE(other_ran);
  EXPECT_EQ(r.documents_added, 2);
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(first->counts().items, 3);
  auto detail = first->story(r.story_ids.at(0));
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->summary.documents, 3);
  EXPECT_EQ(r.story_ids.size(), 1u);
}

// A worker's session keeps its engine between batches; a batch another
// writer committed in between still joins the same story.
TEST(IngestStore, SessionContinuesAnotherWritersStory) {
  TempDir dir;
  std::string path = dir.file("s.db");
  auto first = open_store(path);
  auto second = open_store(path);
  auto docs = seed_docs();
  auto copy = wire_copy();
  auto later = later_report();
  pipeline::IngestSession session(*first);
  auto a = session.ingest({docs[0]});
  EXPECT_EQ(a.documents_added, 1);
  EXPECT_EQ(pipeline::ingest_documents(*second, {copy}).documents_added, 1);
  auto b = session.ingest({later, docs[0]});
  EXPECT_EQ(b.documents_added, 1);  // counts are per call
  EXPECT_EQ(b.documents_already_stored, 1);
  ASSERT_EQ(b.story_ids.size(), 1u);
  EXPECT_EQ(b.story_ids[0], a.story_ids.at(0));
  auto detail = first->story(b.story_ids[0]);
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->summary.documents, 3);
}

// A store of schema 4 kept the engine state as one text: an ingest reads it
// once, continues its stories, and writes it as rows in its place.
TEST_P(IngestStore, TheEngineTextOfSchema4ContinuesItsStories) {
  auto db = store_->open();
  auto docs = seed_docs();
  auto first = pipeline::ingest_documents(*db, {docs[0]});
  ASSERT_EQ(first.story_ids.size(), 1u);
  // The same state as a schema 4 store kept it.
  std::stringstream text;
  story::StoryEngine::load(db->load_engine_rows(0)).save(text);
  int64_t generation = db->engine_state_generation();
  const char* no_rows = "DELETE FROM engine_meta; DELETE FROM engine_docs; DELETE FROM engine_stories";
  if (store_->postgres()) {
    pqxx::connection conn(store_->location());
    pqxx::work txn(conn);
    txn.exec(no_rows);
    txn.exec_params("INSERT INTO engine_state(id, data, generation) VALUES (1, $1, $2)",
                    pqxx::binarystring(text.str()), generation);
    txn.commit();
  } else {
    Database& sql = dynamic_cast<SqliteStore&>(*db).database();
    sql.exec(no_rows);
    sql.prepare("INSERT INTO engine_state(id, data, generation) VALUES (1, ?, ?)")
        .bind(1, text.str()).bind(2, generation).run();
  }
  ASSERT_FALSE(db->load_engine_rows(0).meta);

  auto r = pipeline::ingest_documents(*db, {wire_copy()});
  EXPECT_EQ(r.documents_added, 1);
  EXPECT_EQ(r.story_ids, first.story_ids);
  EXPECT_EQ(db->load_engine_text(), "");
  EXPECT_EQ(db->engine_state_generation(), generation + 1);
  // Every item placed is a live engine document, the first run's too.
  EXPECT_EQ(static_cast<int64_t>(db->load_engine_rows(0).docs.size()), db->counts().items);
}

// A server's reader connection lives long; each of its queries must leave no
// read open, or it would keep seeing the store as it was (and pin the WAL).
TEST_P(IngestStore, ALongLivedReaderSeesLaterCommits) {
  std::string path = store_->location();
  auto writer = open_store(path);
  std::vector<core::RawDoc> docs = seed_docs();
  auto first = pipeline::ingest_documents(*writer, {docs[0]});
  auto reader = open_store(path);
  ASSERT_TRUE(reader->story(first.story_ids.at(0)));  // a one-row query
  EXPECT_EQ(reader->counts().stories, 1);
  pipeline::ingest_documents(*writer, {docs[1]});
  EXPECT_EQ(reader->counts().stories, 2);
  EXPECT_EQ(reader->list_stories({}).stories.size(), 2u);
}

// A story that grows after its items' analyses were let go is analysed from
// the stored items, with the same result.
TEST_P(IngestStore, AnalysesLetGoGiveTheSameStory) {
  auto copy = wire_copy();
  std::vector<core::RawDoc> docs = seed_docs();
  docs.push_back(copy);
  auto run = [&](int kept) {
    TestStore fresh(GetParam());
    auto store = fresh.open();
    Store& db = *store;
    pipeline::IngestOptions options;
    options.batch_documents = 1;
    options.analyses_kept = kept;
    auto r = pipeline::ingest_documents(db, docs, options);
    auto story = db.story(r.story_ids.at(0));
    EXPECT_TRUE(story);
    return story ? story->entities.dump() + story->summary.title : std::string();
  };
  std::string all_kept = run(4096);
  EXPECT_NE(all_kept.find("Camerino"), std::string::npos) << all_kept;
  EXPECT_EQ(run(1), all_kept);
}

// A WARC record's target URI is raw bytes; a host that is not UTF-8 must not
// fail the batch it is in.
TEST_P(IngestStore, AUrlThatIsNotUtf8IsStored) {
  auto store = store_->open();
  Store& db = *store;
  std::vector<core::RawDoc> docs = seed_docs();
  core::RawDoc odd = news_doc("Sciopero dei treni in Lombardia, disagi per i pendolari",
                              "Lo sciopero dei treni regionali in Lombardia ha lasciato a terra migliaia di pendolari.",
                              "", "2025-03-10T07:00:00Z", "it");
  odd.url = "https://www.\xff\xfe.example/treni";
  docs.push_back(odd);
  auto r = pipeline::ingest_documents(db, docs);
  EXPECT_EQ(r.documents_added, 3);
  EXPECT_EQ(db.counts().stories, 3);
}

TEST_P(IngestStore, BadInputsAreReportedAndTheRestIsStored) {
  TempDir dir;
  std::string good = dir.file("good.jsonl");
  {
    std::ofstream out(good);
    out << R"({"title":"Nuovo governo in Portogallo","text":"","url":"https://www.publico.pt/x"})" << "\n";
    out << "{not json\n";
    out << R"({"title":"Sciopero dei treni venerdi in tutta Italia","url":"https://www.ansa.it/y"})" << "\n";
  }
  auto store = store_->open();
  Store& db = *store;
  pipeline::ingest_documents(db, seed_docs());
  auto r = pipeline::ingest_paths(db, {dir.file("missing.html"), good});
  EXPECT_EQ(r.documents_added, 2);
  ASSERT_GE(r.diagnostics.size(), 2u);
  EXPECT_NE(r.diagnostics[0].source.find("missing.html"), std::string::npos);
  EXPECT_EQ(db.counts().documents, 4);  // what was stored before is still there
}

}  // namespace
}  // namespace newsdesk::store
