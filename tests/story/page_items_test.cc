#include "story/page_items.h"

#include <gtest/gtest.h>

namespace newsdesk::story {
namespace {

constexpr const char* kPage =
    "Skip to main content\n"
    "\n"
    "Storm leaves 40,000 homes without power across the north-west\n"
    "\n"
    "Storm cuts power to thousands...\n"
    "Storm cuts power to thousands of homes in Cumbria and Lancashire\n"
    "\n"
    "Storm Mara cuts power to 40,000 homes in north-west England\n"
    "\n"
    "Storm Mara brought gusts of up to 85mph to Cumbria and Lancashire overnight, toppling trees "
    "onto power lines and leaving about 40,000 homes without electricity on Saturday morning, "
    "the network operator said.\n"
    "\n"
    "Engineers were working to restore supplies but warned that some rural properties could be "
    "without power until Sunday evening, as fallen trees blocked access to damaged lines in "
    "several valleys across the region.\n"
    "\n"
    "Share this article\n";

TEST(PageItems, FindsHeadlinesTeasersArticlesAndFurniture) {
  PageItems p = read_page_items(kPage, 0, "storm.txt");
  ASSERT_EQ(p.items.size(), 4u);
  EXPECT_EQ(p.items[0].kind, core::ItemKind::kHeadline);
  EXPECT_EQ(p.items[0].line, 3);
  EXPECT_TRUE(p.items[1].ends_with_ellipsis);
  EXPECT_EQ(p.items[1].line, 5);
  EXPECT_EQ(p.items[2].line, 6);
  const core::Item& article = p.items[3];
  EXPECT_EQ(article.kind, core::ItemKind::kArticle);
  EXPECT_EQ(article.line, 8);
  EXPECT_EQ(article.end_line, 12);
  EXPECT_EQ(article.title, "Storm Mara cuts power to 40,000 homes in north-west England");
  EXPECT_NE(article.body.find("\n\nEngineers"), std::string::npos);
  for (const auto& item : p.items) EXPECT_EQ(item.language, "en");

  ASSERT_EQ(p.dropped.size(), 2u);
  EXPECT_EQ(p.dropped[0].line, 1);
  EXPECT_EQ(p.dropped[1].line, 14);
  EXPECT_EQ(p.dropped[1].path, "storm.txt");
}

TEST(PageItems, ArticleWithoutTitleLineTakesItsFirstSentence) {
  std::string page =
      "Menu\n\nThe council approved the new budget on Tuesday after a long debate. Critics said the "
      "cuts to libraries and youth services went too far, while supporters argued that the city had "
      "no other way to close a deficit of twelve million pounds this year.\n";
  PageItems p = read_page_items(page, 0, "x.txt");
  ASSERT_EQ(p.items.size(), 1u);
  EXPECT_EQ(p.items[0].kind, core::ItemKind::kArticle);
  EXPECT_EQ(p.items[0].title, "The council approved the new budget on Tuesday after a long debate.");
}

}  // namespace
}  // namespace newsdesk::story
