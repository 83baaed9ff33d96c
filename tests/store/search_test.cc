// Search over stored items: stems in each language, CJK by trigrams, filters,
// snippets, and cursor paging with neither repeats nor gaps.
#include <gtest/gtest.h>

#include <set>

#include "pipeline/ingest_job.h"
#include "test_store.h"

namespace newsdesk::store {
namespace {

using testing::news_doc;
using testing::StoreTest;

class SearchTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    db_ = store_->open();
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
  std::unique_ptr<Store> db_;
};
NEWSDESK_STORE_BACKENDS(SearchTest);

TEST_P(SearchTest, ItalianPluralFindsSingular) {
  auto hits = titles("attacchi");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0], "Nuovo attacco con droni su Kiev nella notte");
  SearchQuery q;
  q.text = "attacchi";
  EXPECT_NE(db_->search(q).hits[0].snippet.find("[attacco]"), std::string::npos);
}

TEST_P(SearchTest, GermanAndEnglishStems) {
  EXPECT_EQ(titles("Überschwemmung").size(), 1u);
  EXPECT_EQ(titles("uberschwemmung").size(), 1u);  // without the mark
  EXPECT_EQ(titles("floods").size(), 1u);
  EXPECT_EQ(titles("flooded roads").size(), 1u);
  EXPECT_EQ(titles("flooded castles").size(), 0u);  // every word must match
}

TEST_P(SearchTest, ChineseByTrigramsAndShortTerms) {
  auto hits = titles("北京举行");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(titles("峰会").size(), 1u);  // two characters: shorter than a trigram
  EXPECT_EQ(titles("上海举行").size(), 0u);
  SearchQuery q;
  q.text = "北京举行";
  EXPECT_NE(db_->search(q).hits[0].snippet.find("["), std::string::npos);
}

TEST_P(SearchTest, PhrasesAndOr) {
  EXPECT_EQ(titles("\"sciopero generale\"").size(), 1u);
  EXPECT_EQ(titles("\"generale sciopero\"").size(), 0u);
  EXPECT_EQ(titles("sciopero OR droni").size(), 2u);
}

TEST_P(SearchTest, Filters) {
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

TEST_P(SearchTest, StoriesListUsesTheIndexAndFilters) {
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

class SearchPaging : public StoreTest {};
NEWSDESK_STORE_BACKENDS(SearchPaging);

TEST_P(SearchPaging, PagesNeitherRepeatNorSkip) {
  auto store = store_->open();
  Store& db = *store;
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
