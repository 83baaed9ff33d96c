#include "extract/extract.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "extract/render.h"

namespace newsdesk::extract {
namespace {

constexpr int64_t k2022 = 1640995200;  // 2022-01-01T00:00:00Z

const char* kArticle = R"(<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Council approves new river bridge | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Council approves new river bridge">
<link rel="canonical" href="/news/2021/03/council-bridge">
<meta name="author" content="3 Minute Read">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves new river bridge",
 "datePublished":"2021-03-23T09:30:00+00:00","dateModified":"2021-03-24T10:00:00+00:00",
 "author":[{"@type":"Person","name":"Jane Smith"},{"@type":"Person","name":"Tom Brown"}],
 "publisher":{"@type":"Organization","name":"The Daily Example"}}
</script>
</head><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<div class="page">
 <article class="article">
  <h1>Council approves new river bridge</h1>
  <div class="byline">By Jane Smith and Tom Brown</div>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <figure><img src="b.jpg"><figcaption>The old bridge. Photo: Example Agency</figcaption></figure>
  <div class="article-body">
   <p>The city council voted on Tuesday to build a new bridge over the river, ending a debate that has lasted for more than ten years.</p>
   <p>The bridge, which will cost an estimated 40 million pounds, is expected to open in 2024, the council said in a statement.</p>
   <h2>What happens next</h2>
   <p>Construction will begin in the autumn, after a final review of the plans by engineers and the public.</p>
   <ul><li>Public consultation in May, with meetings in every district of the city</li>
       <li>Final design approved in July by the planning committee</li></ul>
   <blockquote><p>This is a great day for the city and for everyone who crosses the river every day.</p></blockquote>
   <p>Opponents said the money would be better spent on buses, and promised to keep campaigning against it.</p>
  </div>
  <div class="newsletter-signup">Subscribe to our newsletter for the latest news every morning!</div>
  <section class="related-articles"><h3>Related</h3><ul>
   <li><a href="/a">Mayor opens new library in the city centre after long delays</a></li>
   <li><a href="/b">Bus fares to rise next year across the whole region, operator says</a></li></ul></section>
  <div id="comments"><h3>Comments</h3><p>I think this is a waste of money, honestly, and so do my neighbours.</p></div>
 </article>
</div>
<footer class="site-footer"><p>Copyright The Daily Example. All rights reserved.</p></footer>
</body></html>)";

core::RawDoc raw(const std::string& html, const std::string& url = "https://example.org/news/x") {
  core::RawDoc d;
  d.source = "test.html";
  d.bytes = html;
  d.url = url;
  d.media_type = "text/html";
  d.fetch_time = k2022;
  return d;
}

class extract_article_fields : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = extract_article(raw(kArticle));
    ASSERT_TRUE(r.ok()) << r.error().reason;
    a = *r;
    text = a.text();
  }
  bool has(const std::string& s) const { return text.find(s) != std::string::npos; }
  Article a;
  std::string text;
};

TEST_F(extract_article_fields, TitleWithoutSiteName) { EXPECT_EQ(a.title, "Council approves new river bridge"); }

TEST_F(extract_article_fields, MainTextKeepsParagraphsHeadingsListsQuotes) {
  EXPECT_TRUE(has("The city council voted on Tuesday"));
  EXPECT_TRUE(has("What happens next"));
  EXPECT_TRUE(has("Public consultation in May"));
  EXPECT_TRUE(has("This is a great day for the city"));
  EXPECT_TRUE(has("Opponents said the money"));
  bool heading = false, item = false, quote = false;
  for (const auto& b : a.blocks) {
    heading |= b.kind == BlockKind::kHeading && b.text == "What happens next";
    item |= b.kind == BlockKind::kListItem;
    quote |= b.kind == BlockKind::kQuote;
  }
  EXPECT_TRUE(heading);
  EXPECT_TRUE(item);
  EXPECT_TRUE(quote);
  // Paragraphs are separated by a blank line.
  EXPECT_NE(text.find("ten years.\n\nThe bridge"), std::string::npos);
}

TEST_F(extract_article_fields, MainTextDropsBoilerplate) {
  EXPECT_FALSE(has("Home"));
  EXPECT_FALSE(has("cookies"));
  EXPECT_FALSE(has("Share on Facebook"));
  EXPECT_FALSE(has("Photo: Example Agency"));
  EXPECT_FALSE(has("By Jane Smith"));
  EXPECT_FALSE(has("Subscribe"));
  EXPECT_FALSE(has("Mayor opens new library"));
  EXPECT_FALSE(has("waste of money"));
  EXPECT_FALSE(has("All rights reserved"));
  EXPECT_FALSE(has("Council approves new river bridge"));  // the title is not repeated
}

TEST_F(extract_article_fields, DatesWithEvidence) {
  EXPECT_EQ(a.date.date, "2021-03-23");
  EXPECT_EQ(a.date.evidence, "json-ld");
  EXPECT_EQ(a.date.time, "09:30:00+00:00");
  EXPECT_EQ(a.modified.date, "2021-03-24");
}

TEST_F(extract_article_fields, AuthorsArePeople) {
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[0], "Jane Smith");
  EXPECT_EQ(a.authors[1], "Tom Brown");
}

TEST_F(extract_article_fields, SiteUrlLanguage) {
  EXPECT_EQ(a.site_name, "The Daily Example");
  EXPECT_EQ(a.url, "https://example.org/news/2021/03/council-bridge");
  EXPECT_EQ(a.declared_language, "en");
  EXPECT_EQ(a.detected_language, "en");
  EXPECT_EQ(a.language, "en");
  EXPECT_FALSE(a.is_listing);
}

TEST_F(extract_article_fields, JsonLine) {
  auto j = nlohmann::json::parse(article_to_json(a, "test.html"));
  for (const char* key : {"path", "url", "title", "text", "date", "authors", "site", "language", "items"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["date"], "2021-03-23");
  EXPECT_EQ(j["path"], "test.html");
  EXPECT_EQ(article_to_json(a, "x").find('\n'), std::string::npos);
}

TEST(extract_article, DateFromMetaTimeUrlAndText) {
  auto date_of = [](const std::string& head, const std::string& body, const std::string& url) {
    auto r = extract_article(raw("<html><head>" + head + "</head><body>" + body +
                                     "<p>Some words of an article that is long enough to be the text.</p></body></html>",
                                 url));
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->date.date + "|" + r->date.evidence : std::string();
  };
  EXPECT_EQ(date_of("<meta property=\"article:published_time\" content=\"2020-05-01T08:00:00Z\">", "", ""),
            "2020-05-01|meta:article:published_time");
  EXPECT_EQ(date_of("", "<time datetime=\"2019-07-04\">4 July</time>", ""), "2019-07-04|time");
  EXPECT_EQ(date_of("", "", "https://example.org/2018/11/30/story.html"), "2018-11-30|url");
  EXPECT_EQ(date_of("", "<div class=\"date\">Posted 12. Februar 2017</div>", ""), "2017-02-12|text:div");
  // Never later than the fetch time: a 2030 date is ignored in favour of an earlier one.
  EXPECT_EQ(date_of("<meta property=\"article:published_time\" content=\"2030-01-01\">", "", "https://e.org/2020/01/02/x"),
            "2020-01-02|url");
}

TEST(extract_article, NonLatinDateAndMonthFirstLocale) {
  auto r = extract_article(raw("<html lang=\"zh\"><body><div class=\"time\">2021\xE5\xB9\xB4" "03\xE6\x9C\x88" "23\xE6\x97\xA5</div>"
                               "<p>\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\x87\xE7\xAB\xA0\xE3\x80\x82</p></body></html>", ""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date.date, "2021-03-23");
  auto us = extract_article(raw("<html lang=\"en-US\"><body><div class=\"date\">03/04/2021</div><p>Text.</p></body></html>", ""));
  ASSERT_TRUE(us.ok());
  EXPECT_EQ(us->date.date, "2021-03-04");
  auto de = extract_article(raw("<html lang=\"de\"><body><div class=\"date\">03/04/2021</div><p>Text.</p></body></html>", ""));
  ASSERT_TRUE(de.ok());
  EXPECT_EQ(de->date.date, "2021-04-03");
}

TEST(extract_article, AuthorsFromBylineMeta) {
  auto r = extract_article(raw("<html><head><meta name=\"author\" content=\"By Anna Weber, Published\"></head>"
                               "<body><p>Text of the article goes here and is long enough.</p></body></html>"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->authors.size(), 1u);
  EXPECT_EQ(r->authors[0], "Anna Weber");
}

TEST(extract_article, ListingPageGivesLinks) {
  std::string html = "<html><head><title>Example News - Home</title></head><body><main>";
  for (int i = 0; i < 10; ++i)
    html += "<div class=\"teaser\"><h2><a href=\"/story/" + std::to_string(i) + "\">Headline number " +
            std::to_string(i) + " about something that happened today</a></h2></div>";
  html += "</main></body></html>";
  auto r = extract_article(raw(html, "https://news.example.org/"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->is_listing);
  ASSERT_EQ(r->links.size(), 10u);
  EXPECT_EQ(r->links[3].href, "https://news.example.org/story/3");
  EXPECT_EQ(r->links[3].headline, "Headline number 3 about something that happened today");
}

TEST(extract_article, SizeLimitIsADiagnostic) {
  ExtractOptions options;
  options.max_bytes = 1000;
  auto r = extract_article(raw(std::string(2000, 'x')), options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().source, "test.html");
  EXPECT_NE(r.error().reason.find("too large"), std::string::npos);
  EXPECT_TRUE(extract_article(raw(std::string(999, 'x')), options).ok());
}

TEST(extract_article, BrokenAndEmptyInputs) {
  for (const char* html : {"", "<", "<html><body>", "\xFF\xFE\x00", "<p>unterminated <b>bold <i>italic",
                           "<table><tr><td><p>cell</table></p></td>", "\x00\x01\x02 binary"}) {
    auto r = extract_article(raw(html));
    EXPECT_TRUE(r.ok()) << html;
  }
  auto r = extract_article(raw("<p>unterminated <b>bold <i>italic"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text(), "unterminated bold italic");
}

TEST(extract_article, TitleSiteNamePrefix) {
  auto r = extract_article(raw("<html><head><title>Example Times: Storm closes schools across the north</title>"
                               "<meta property=\"og:site_name\" content=\"Example Times\"></head><body><p>x</p></body></html>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title, "Storm closes schools across the north");
}

}  // namespace
}  // namespace newsdesk::extract

namespace newsdesk::extract {
namespace {

std::string text_of(const std::string& html) {
  core::RawDoc raw;
  raw.source = "page.html";
  raw.bytes = html;
  raw.media_type = "text/html";
  auto result = extract_article(raw);
  return result.ok() ? result.value().text() : "";
}

// A page gives the same text whatever was extracted before it on the thread
// (class hints were once cached by the document's address, which the next
// document of the same size could reuse: the 1,429-page archive's output
// changed from run to run).
TEST(ExtractArticle, ADocumentNeverSeesThePreviousOnesHints) {
  std::string story =
      "<p>The council approved the new river bridge on Tuesday after a long debate about its cost, "
      "its design and the traffic it will carry across the valley for the next fifty years.</p>";
  std::string reply =
      "<p>Great news, I have waited for this bridge since I was a child and my grandfather told "
      "me stories of the ferry that crossed the river before the old bridge was built there.</p>";
  auto page = [&](const char* story_class, const char* reply_class) {
    return std::string("<html><body><div class=\"") + story_class + "\">" + story + story +
           "</div><div class=\"" + reply_class + "\">" + reply + reply + "</div></body></html>";
  };
  std::string alone = text_of(page("article-body", "comments"));
  EXPECT_NE(alone.find("council"), std::string::npos);
  EXPECT_EQ(alone.find("grandfather"), std::string::npos);
  text_of(page("comments", "article-body"));
  EXPECT_EQ(text_of(page("article-body", "comments")), alone);
}

}  // namespace
}  // namespace newsdesk::extract
