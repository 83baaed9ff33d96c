// Search over stored items: stems in each language, CJK by trigrams, filters,
// snippets, and cursor paging with neither repeats nor gaps.
#include <gtest/gtest.h>

#include <set>

#include "pipeline/ingest_job.h"
#include "store/sqlite_store.h"
#include "test_docs.h"

namespace newsdesk::store {
namespace {

using testing::news_doc;
using testing::TempDir;

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<SqliteStore>(dir_.file("s.db"));
    pipeline::ingest_documents(*db_, {
        news_doc("Nuovo attacco con droni su Kiev nella notte", "", "https://www.ansa.it/a", "2025-03-01T10:00:00Z", "it"),
        news_doc("Hochwasser in Bayern: Überschwemmungen an der Donau", "", "https://www.spiegel.de/b", "2025-03-02T10:00:00Z", "de"),
        news_doc("Flooding closes roads across northern England", "", "https://www.bbc.co.uk/c", "2025-03-03T10:00:00Z", "en"),
        news_doc("北京举行峰会 讨论地区安全", "", "https://www.xinhuanet.com/d", "2025-03-04T10:00:00Z", "zh"),
        news_doc("Sciopero generale dei trasporti in Francia", "", "https://www.ansa.it/e", "2025-03-05T10:00:00Z", "it"),
    });
  }
  std::vector<std::string> titles(const SearchQuery& q) {
    std::vector<std::string> out;
    for (const auto& h : db_->search(q).hits) out.push_back(h.title);
    return out;
  }
  std::vector<std::string> titles(const std::string& text, Filters f = {}) {
    SearchQuery q;
    q.text = text;
    q.filters = f;
    return titles(q);
  }
  TempDir dir_;
  std::unique_ptr<SqliteStore> db_;
};

TEST_F(SearchTest, ItalianPluralFindsSingular) {
  auto hits = titles("attacchi");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0], "Nuovo attacco con droni su Kiev nella notte");
  SearchQuery q;
  q.text = "attacchi";
  EXPECT_NE(db_->search(q).hits[0].snippet.find("[attacco]"), std::string::npos);
}

TEST_F(SearchTest, GermanAndEnglishStems) {
  EXPECT_EQ(titles("Überschwemmung").size(), 1u);
  EXPECT_EQ(titles("uberschwemmung").size(), 1u);  // without the mark
  EXPECT_EQ(titles("floods").size(), 1u);
  EXPECT_EQ(titles("flooded roads").size(), 1u);
  EXPECT_EQ(titles("flooded castles").size(), 0u);  // every word must match
}

TEST_F(SearchTest, ChineseByTrigramsAndShortTerms) {
  auto hits = titles("北京举行");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(titles("峰会").size(), 1u);  // two characters: shorter than a trigram
  EXPECT_EQ(titles("上海举行").size(), 0u);
  SearchQuery q;
  q.text = "北京举行";
  EXPECT_NE(db_->search(q).hits[0].snippet.find("["), std::string::npos);
}

TEST_F(SearchTest, PhrasesAndOr) {
  EXPECT_EQ(titles("\"sciopero generale\"").size(), 1u);
  EXPECT_EQ(titles("\"generale sciopero\"").size(), 0u);
  EXPECT_EQ(titles("sciopero OR droni").size(), 2u);
}

TEST_F(SearchTest, Filters) {
  Filters it;
  it.language = "it";
  EXPECT_EQ(titles("kiev OR trasporti OR donau", it).size(), 2u);
  Filters site;
  site.site = "www.spiegel.de";
  EXPECT_EQ(titles("kiev OR trasporti OR donau", site).size(), 1u);
  Filters dates;
  dates.since = "2025-03-02";
  dates.until = "2025-03-04";
  EXPECT_EQ(titles("kiev OR trasporti OR donau", dates).size(), 1u);
  Filters entity;
  entity.entity = "no:such";
  EXPECT_EQ(titles("kiev", entity).size(), 0u);
}

TEST_F(SearchTest, StoriesListUsesTheIndexAndFilters) {
  StoryQuery q;
  q.text = "attacchi";
  auto page = db_->list_stories(q);
  ASSERT_EQ(page.stories.size(), 1u);
  EXPECT_EQ(page.stories[0].title, "Nuovo attacco con droni su Kiev nella notte");
  StoryQuery all;
  EXPECT_EQ(db_->list_stories(all).stories.size(), 5u);
  all.filters.language = "it";
  EXPECT_EQ(db_->list_stories(all).stories.size(), 2u);
  StoryQuery bad;
  bad.cursor = "zz";
  EXPECT_THROW(db_->list_stories(bad), std::invalid_argument);
}

TEST(SearchPaging, PagesNeitherRepeatNorSkip) {
  TempDir dir;
  SqliteStore db(dir.file("s.db"));
  const char* towns[] = {"Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna", "Firenze",
                         "Bari", "Catania", "Venezia", "Verona", "Messina", "Padova", "Trieste", "Brescia",
                         "Parma", "Taranto", "Prato", "Modena", "Reggio", "Perugia", "Livorno", "Ravenna"};
  std::vector<core::RawDoc> docs;
  int n = 0;
  for (const char* town : towns) {
    docs.push_back(news_doc(std::string("Sindaco di ") + town + " presenta il bilancio " + std::to_string(++n),
                            "", std::string("https://example.org/") + town, "2025-04-01T10:00:00Z", "it"));
  }
  pipeline::ingest_documents(db, docs);
  for (bool stories : {false, true}) {
    std::set<std::string> seen;
    std::string cursor;
    int pages = 0;
    do {
      if (stories) {
        StoryQuery q;
        q.text = "bilancio";
        q.limit = 5;
        q.cursor = cursor;
        auto page = db.list_stories(q);
        for (const auto& s : page.stories) EXPECT_TRUE(seen.insert(s.id).second) << s.id;
        cursor = page.next_cursor;
      } else {
        SearchQuery q;
        q.text = "bilanci";
        q.limit = 5;
        q.cursor = cursor;
        auto page = db.search(q);
        for (const auto& h : page.hits) EXPECT_TRUE(seen.insert(std::to_string(h.item_id)).second);
        cursor = page.next_cursor;
      }
      if (++pages == 2 && stories) {
        // A new matching story between pages neither repeats nor hides one already listed.
        pipeline::ingest_documents(db, {news_doc("Bilancio approvato a Lecce", "", "https://example.org/lecce",
                                                 "2025-04-02T10:00:00Z", "it")});
      }
    } while (!cursor.empty() && pages < 50);
    // Every item; every story that was there at the first page (the new one is newer).
    size_t expected = stories ? static_cast<size_t>(db.counts().stories) - 1 : 24u;
    EXPECT_EQ(seen.size(), expected) << (stories ? "stories" : "search");
  }
}

}  // namespace
}  // namespace newsdesk::store
