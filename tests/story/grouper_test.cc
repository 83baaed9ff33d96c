#include "story/grouper.h"

#include <gtest/gtest.h>

namespace newsdesk::story {
namespace {

core::Item headline(int line, std::string text, std::string lang = "en") {
  core::Item it;
  it.path = "p.txt";
  it.line = it.end_line = line;
  it.ends_with_ellipsis = text.size() > 3 && text.substr(text.size() - 3) == "...";
  it.title = std::move(text);
  it.language = std::move(lang);
  return it;
}

std::vector<core::Story> group(std::vector<core::Item>& items) {
  auto f = describe_items(items);
  return group_items(items, f);
}

TEST(Grouper, RepeatsTeasersAndParaphrasesJoinOneStory) {
  std::vector<core::Item> items = {
      headline(1, "Storm Mara leaves 40,000 homes without power in north-west England"),
      headline(2, "Power cut to 40,000 homes as Storm Mara hits north-west England"),
      headline(3, "Storm Mara leaves 40,000 homes without..."),
      headline(4, "Storm Mara leaves 40,000 homes without power in north-west England"),
  };
  auto stories = group(items);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(items[0].relation, core::Relation::kOriginal);
  EXPECT_EQ(items[1].relation, core::Relation::kParaphrase);
  EXPECT_EQ(items[2].relation, core::Relation::kTruncated);
  EXPECT_EQ(items[2].kind, core::ItemKind::kTeaser);
  EXPECT_EQ(items[2].of_item, 0);
  EXPECT_EQ(items[3].relation, core::Relation::kExactDuplicate);
  EXPECT_EQ(items[3].of_item, 0);
  EXPECT_EQ(stories[0].language, "en");
}

TEST(Grouper, DistinctEventsStayApart) {
  std::vector<core::Item> items = {
      headline(1, "Russian missile strike on Kharkiv kills 7, injures dozens"),
      headline(2, "Russian missile strike on Dnipro kills 12, injures dozens"),
      headline(3, "Central bank raises interest rates to fight inflation"),
  };
  EXPECT_EQ(group(items).size(), 3u);
}

TEST(Grouper, DeterministicIdsAndOrder) {
  std::vector<core::Item> a = {headline(1, "Parliament passes the budget after a long night of votes"),
                               headline(2, "Wildfire forces evacuation of three villages")};
  std::vector<core::Item> b = a;
  auto sa = group(a), sb = group(b);
  ASSERT_EQ(sa.size(), sb.size());
  for (size_t i = 0; i < sa.size(); ++i) {
    EXPECT_EQ(sa[i].id, sb[i].id);
    EXPECT_EQ(sa[i].items, sb[i].items);
  }
  EXPECT_NE(sa[0].id, sa[1].id);
  EXPECT_EQ(sa[0].id.size(), 16u);
}

TEST(Grouper, EmptyBatch) {
  std::vector<core::Item> none;
  EXPECT_TRUE(group(none).empty());
}

}  // namespace
}  // namespace newsdesk::story
