#include <gtest/gtest.h>

#include "ingest/news_item.h"
#include "test_util.h"

namespace newsdesk::ingest {
namespace {

using testing::data_file;
using testing::drain_path;

NewsItem item_of(const core::RawDoc& doc) {
  EXPECT_TRUE(is_news_item(doc));
  auto item = parse_news_item(doc);
  EXPECT_TRUE(item.ok());
  return item.ok() ? *item : NewsItem{};
}

TEST(FeedTest, Rss2) {
  auto d = drain_path(data_file("rss2.xml"));
  ASSERT_TRUE(d.errors.empty()) << d.order.front();
  ASSERT_EQ(d.docs.size(), 3u);
  EXPECT_EQ(d.docs[0].source, data_file("rss2.xml") + "#item 1");
  EXPECT_EQ(d.docs[0].url, "https://agenzia.example/2024/03/01/terremoto-camerino");
  NewsItem a = item_of(d.docs[0]);
  EXPECT_EQ(a.title, "Terremoto di magnitudo 4.2 vicino a Camerino, nessun ferito");
  EXPECT_EQ(a.text, "La scossa \xC3\xA8 stata avvertita nelle Marche alle 10:12.");  // Latin-1 read as UTF-8
  EXPECT_EQ(a.published, "2024-03-01T09:30:00Z");
  EXPECT_EQ(a.language, "it");
  EXPECT_EQ(a.feed, "Agenzia Esempio");
  EXPECT_EQ(a.categories, (std::vector<std::string>{"Cronaca", "Marche"}));
  EXPECT_EQ(a.id, "agenzia-12345");
  NewsItem b = item_of(d.docs[1]);
  EXPECT_EQ(b.html, "<p>Doppietta di Lookman.</p><p>Nel finale pareggia Giroud.</p>");  // content:encoded wins
  EXPECT_TRUE(b.text.empty());
  EXPECT_EQ(b.published, "2024-03-01T21:45:00Z");
  NewsItem c = item_of(d.docs[2]);
  EXPECT_EQ(c.title, "Perch\xC3\xA9 il prezzo del caff\xC3\xA8 sale");
  EXPECT_EQ(c.url, "https://agenzia.example/2024/03/02/caffe");  // from a permalink guid
}

TEST(FeedTest, Atom) {
  auto d = drain_path(data_file("atom.xml"));
  ASSERT_TRUE(d.errors.empty()) << d.order.front();
  ASSERT_EQ(d.docs.size(), 3u);
  NewsItem a = item_of(d.docs[0]);
  EXPECT_EQ(a.title, "Bushfire near Canberra forces evacuations");
  EXPECT_EQ(a.url, "https://newsroom.example/bushfire-canberra");  // rel=alternate, not self
  EXPECT_EQ(a.published, "2024-02-29T22:15:00Z");
  EXPECT_EQ(a.text, "Residents of two suburbs were told to leave.");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.categories, (std::vector<std::string>{"australia", "fires"}));
  NewsItem b = item_of(d.docs[1]);
  EXPECT_EQ(b.language, "de");
  EXPECT_NE(b.html.find("<em>12.000</em>"), std::string::npos);
  EXPECT_EQ(b.published, "2024-03-01T11:00:00Z");  // updated, when nothing says published
  NewsItem c = item_of(d.docs[2]);
  EXPECT_EQ(c.html, "<p>Winds up to 120 km/h are expected.</p>");
  EXPECT_TRUE(c.url.empty());
}

TEST(FeedTest, Rdf) {
  auto d = drain_path(data_file("rdf.rdf"));
  ASSERT_TRUE(d.errors.empty()) << d.order.front();
  ASSERT_EQ(d.docs.size(), 2u);
  NewsItem a = item_of(d.docs[0]);
  EXPECT_EQ(a.title, "Havenstaking in Rotterdam legt containerterminals stil");
  EXPECT_EQ(a.url, "https://havens.example/staking");
  EXPECT_EQ(a.language, "nl");
  EXPECT_EQ(a.published, "2024-03-04T05:00:00Z");
  EXPECT_EQ(a.categories, (std::vector<std::string>{"Haven"}));
  EXPECT_EQ(item_of(d.docs[1]).title, "Stormwaarschuwing voor de kust");
}

class FeedErrorTest : public testing::ScratchDir {};

TEST_F(FeedErrorTest, TruncatedFeedKeepsTheItemsBeforeAndNamesTheLine) {
  std::string feed = "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>One</title></item>\n"
                     "<item><title>Two</title></item>\n<item><title>Thr";
  auto d = drain_path(write("cut.rss", feed));
  ASSERT_GE(d.docs.size(), 2u);
  EXPECT_EQ(item_of(d.docs[0]).title, "One");
  ASSERT_EQ(d.errors.size(), 1u) << ::testing::PrintToString(d.order);
  EXPECT_NE(d.errors[0].reason.find("not well-formed XML"), std::string::npos);
  EXPECT_EQ(d.errors[0].where.rfind("line ", 0), 0u);
}

TEST_F(FeedErrorTest, HtmlOrTextNamedAsAFeed) {
  auto html = drain_path(write("news.rss", "<!DOCTYPE html><html><body>404</body></html>"));
  ASSERT_EQ(html.errors.size(), 1u);
  EXPECT_TRUE(html.docs.empty());
  EXPECT_EQ(html.errors[0].reason, "not a feed: HTML content");
  auto text = drain_path(write("news.xml", "Service unavailable"));
  ASSERT_EQ(text.errors.size(), 1u);
  EXPECT_EQ(text.errors[0].reason, "not a feed: text content");
}

TEST_F(FeedErrorTest, XmlThatIsNotAFeed) {
  auto d = drain_path(write("drawing.xml", "<?xml version=\"1.0\"?><svg><rect/></svg>"));
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].reason, "XML but not a feed (root element <svg>)");
}

TEST_F(FeedErrorTest, ItemWithoutTitleOrTextAndNoExternalEntities) {
  std::string feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                     "<rss><channel><item><link>https://x.example/</link></item>"
                     "<item><title>Safe &x;</title></item></channel></rss>";
  auto d = drain_path(write("ent.rss", feed));
  ASSERT_GE(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].where, "item 1");
  for (const auto& doc : d.docs) EXPECT_EQ(doc.bytes.find("root:"), std::string::npos);
}

TEST_F(FeedErrorTest, EntityExpansionBombIsRefused) {
  std::string dtd = "<!ENTITY l0 \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&l" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  std::string feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd +
                     "]><rss><channel><item><title>&l9;</title></item></channel></rss>";
  auto d = drain_path(write("lol.rss", feed));
  ASSERT_FALSE(d.errors.empty());
  for (const auto& doc : d.docs) EXPECT_LT(doc.bytes.size(), 100000u);
}

TEST_F(FeedErrorTest, GzippedFeed) {
  std::ifstream in(data_file("atom.xml"), std::ios::binary);
  std::string atom((std::istreambuf_iterator<char>(in)), {});
  auto d = drain_path(write("atom.xml.gz", testing::gzip(atom)));
  EXPECT_EQ(d.docs.size(), 3u);
  EXPECT_TRUE(d.errors.empty());
}

}  // namespace
}  // namespace newsdesk::ingest
