// Main-text behaviours on small pages written here: each test names the page shape.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract.h"

namespace newsdesk::extract {
namespace {

const std::string kBody =
    "<div class=\"article-body\">"
    "<p>The first paragraph of the body tells what happened, where it happened, and who was there when it did.</p>"
    "<p>The second paragraph adds the reactions of the people involved, with quotes, numbers, and some context.</p>"
    "<p>The third paragraph explains what comes next, according to the officials who spoke to reporters today.</p>"
    "</div>";

std::string main_text(const std::string& html) {
  core::RawDoc d;
  d.source = "test.html";
  d.bytes = html;
  d.url = "https://example.org/news/story";
  d.media_type = "text/html";
  d.fetch_time = 1640995200;
  auto r = extract_article(d);
  EXPECT_TRUE(r.ok());
  return r.ok() ? r->text() : std::string();
}

bool has(const std::string& text, const std::string& s) { return text.find(s) != std::string::npos; }

TEST(content_lead, StandfirstInTheArticleHeaderIsKept) {
  std::string text = main_text(
      "<html><body><article><header><h1>Town opens its new library</h1>"
      "<p class=\"intro\">After ten years of planning and two changes of site, the town's new library opened on "
      "Saturday to long queues of readers, old and young, who had waited for it since the old one closed.</p></header>" + kBody + "</article></body></html>");
  EXPECT_TRUE(has(text, "After ten years of planning")) << text;
  EXPECT_TRUE(has(text, "The first paragraph of the body")) << text;
  EXPECT_LT(text.find("After ten years"), text.find("The first paragraph"));
}

TEST(content_lead, TextBeforeTheHeadlineIsNoLead) {
  std::string text = main_text(
      "<html><body><article><header><p>Example Media is a network of leading companies in news, education and "
      "information services, in print and online, across the whole wide world.</p>"
      "<h1>Town opens its new library</h1></header>" + kBody + "</article></body></html>");
  EXPECT_FALSE(has(text, "Example Media")) << text;
  EXPECT_TRUE(has(text, "The first paragraph of the body")) << text;
}

TEST(content_lead, LinksAndUnfinishedLinesAreNoLead) {
  std::string text = main_text(
      "<html><body><article><header><h1>Town opens its new library</h1>"
      "<p><a href=\"/a\">Read the whole series about the libraries of the region and their long history, in ten "
      "parts.</a></p>"
      "<p>https://example.org/news/article/Town-opens-its-new-library-after-ten-years-of-planning-14848175.php</p>"
      "</header>" + kBody + "</article></body></html>");
  EXPECT_FALSE(has(text, "Read the whole series")) << text;
  EXPECT_FALSE(has(text, "https://example.org")) << text;
}

}  // namespace
}  // namespace newsdesk::extract

namespace newsdesk::extract {
namespace {

TEST(content_hints, AuthorBoxesDisclosuresAndCallsToActionAreDropped) {
  std::string text = main_text(
      "<html><body><article><h1>Town opens its new library</h1>" + kBody +
      "<div class=\"author-box\"><p>Jane Smith writes about culture and cities for the paper, and has covered the "
      "town council since 2010.</p></div>"
      "<div class=\"affiliate-text\"><p>We earn a commission when you buy through the links in this article, at no "
      "cost to you.</p></div>"
      "<div class=\"cta-global\"><p>Missed the main event? Watch every talk of the conference again on our "
      "channel.</p></div>"
      "<div id=\"respond\"><h3>What do you think?</h3><p>Your email address will not be published, and the "
      "required fields are marked.</p></div>"
      "</article></body></html>");
  EXPECT_TRUE(has(text, "The third paragraph explains")) << text;
  EXPECT_FALSE(has(text, "Jane Smith writes")) << text;
  EXPECT_FALSE(has(text, "We earn a commission")) << text;
  EXPECT_FALSE(has(text, "Missed the main event")) << text;
  EXPECT_FALSE(has(text, "Your email address")) << text;
}

TEST(content_hints, AWordInsideAnotherIsNoHint) {
  // "non-paywall" wraps the article on some sites; "abo" must be a whole token, not "about".
  std::string text = main_text("<html><body><div class=\"row non-paywall about\">" + kBody +
                               "</div></body></html>");
  EXPECT_TRUE(has(text, "The first paragraph of the body")) << text;
}

}  // namespace
}  // namespace newsdesk::extract

namespace newsdesk::extract {
namespace {

TEST(content_phrases, SectionHeadingsEndTheArticleAndCreditsAreDropped) {
  std::string text = main_text(
      "<html><body><article><h1>Town opens its new library</h1>" + kBody.substr(0, kBody.size() - 6) +
      "<p>Titelbild: Jane Smith</p>"
      "<h3>Ähnliche Nachrichten</h3><p>Another town opens a library, with a long text about it that looks like a "
      "paragraph of the article itself.</p>"
      "</div></article></body></html>");
  EXPECT_TRUE(has(text, "The third paragraph explains")) << text;
  EXPECT_FALSE(has(text, "Titelbild")) << text;
  EXPECT_FALSE(has(text, "Another town opens")) << text;
}

}  // namespace
}  // namespace newsdesk::extract

namespace newsdesk::extract {
namespace {

std::string column(const std::string& inner) {
  // A page builder's column: the text sits four wrappers deep.
  return "<div class=\"row\"><div class=\"col\"><div class=\"col-inner\"><div class=\"wrapper\">" + inner +
         "</div></div></div></div>";
}

TEST(content_split, ArticleSplitAcrossNestedColumnsIsJoined) {
  std::string first =
      "<h2>How leasing works</h2><p>Many owners lease their cars to keep cash in the company, and the monthly rate, "
      "counted as an operating expense, lowers the tax they pay every year.</p>"
      "<p>A down payment at the start of the lease is counted too, spread over the months of the contract, as the "
      "tax office asks.</p><p>Mileage contracts and residual value contracts differ in who carries the risk when "
      "the car is sold at the end.</p>";
  std::string second =
      "<h2>Buying instead</h2><p>A car that is bought is written off over six years, and the interest of a loan "
      "taken for it counts as an expense, like the rate of a lease.</p>"
      "<p>With a residual value contract the monthly rates are lower than with a mileage contract, because the "
      "company carries the risk.</p>";
  std::string text = main_text("<html><body><div class=\"entry-content\">" + column(first) + column(second) +
                               "</div></body></html>");
  EXPECT_TRUE(has(text, "Many owners lease their cars")) << text;
  EXPECT_TRUE(has(text, "A car that is bought")) << text;
}

TEST(content_split, TeaserCardsBesideTheArticleAreNotJoined) {
  std::string cards;
  for (const char* t : {"Heat pumps in old houses", "Hybrid heat pumps", "Permits for heat pumps"})
    cards += std::string("<div class=\"card\"><h3>") + t +
             "</h3><p>What you need to know before you start, explained by our experts in a few minutes.</p></div>";
  std::string text = main_text("<html><body><div class=\"wrap\"><div class=\"a\"><div class=\"b\"><div class=\"c\"><article>" +
                               kBody + "</article></div></div></div><div class=\"grid\">" + cards +
                               "</div></div></body></html>");
  EXPECT_TRUE(has(text, "The first paragraph of the body")) << text;
  EXPECT_FALSE(has(text, "Hybrid heat pumps")) << text;
}

}  // namespace
}  // namespace newsdesk::extract

namespace newsdesk::extract {
namespace {

TEST(content_tail, TheSitesOwnAppealsAtTheEndAreDropped) {
  std::string text = main_text(
      "<html><body><article><h1>Town opens its new library</h1>" + kBody.substr(0, kBody.size() - 6) +
      "<p>For the latest stories and breaking news updates download the Example News apps for iOS and Android.</p>"
      "<p>Síguenos en Telegram, Instagram, Facebook y Twitter para recibir todas nuestras noticias.</p>"
      "</div></article></body></html>");
  EXPECT_TRUE(has(text, "The third paragraph explains")) << text;
  EXPECT_FALSE(has(text, "download the Example News apps")) << text;
  EXPECT_FALSE(has(text, "Síguenos")) << text;
}

TEST(content_tail, AClosingParagraphThatNamesANetworkIsKept) {
  std::string text = main_text(
      "<html><body><article><h1>Town opens its new library</h1>" + kBody.substr(0, kBody.size() - 6) +
      "<p>The mayor thanked the builders on Twitter and said the reading room would open on Sundays too.</p>"
      "</div></article></body></html>");
  EXPECT_TRUE(has(text, "The mayor thanked the builders on Twitter")) << text;
}

}  // namespace
}  // namespace newsdesk::extract

namespace newsdesk::extract {
namespace {

TEST(content_credits, CaptionsAndCopyrightLinesWithACreditAreDropped) {
  std::string text = main_text(
      "<html><body><article><h1>Town opens its new library</h1>" + kBody.substr(0, kBody.size() - 6) +
      "<p>The reading room on the first floor. (Foto: Jane Smith)</p>"
      "<p>Marco Rossi, the architect. © AFP / Jane Smith</p>"
      "<p>Copyright © 2020 Example Media. All rights reserved.</p>"
      "<p>The library opens every day from nine in the morning to eight in the evening, Sundays included.</p>"
      "</div></article></body></html>");
  EXPECT_TRUE(has(text, "The library opens every day")) << text;
  EXPECT_FALSE(has(text, "The reading room on the first floor")) << text;
  EXPECT_FALSE(has(text, "the architect")) << text;
  EXPECT_FALSE(has(text, "Copyright")) << text;
}

}  // namespace
}  // namespace newsdesk::extract
