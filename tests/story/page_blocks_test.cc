#include "story/page_blocks.h"

#include <gtest/gtest.h>

namespace newsdesk::story {
namespace {

TEST(PageBlocks, OneBlockPerLineWithLineNumbers) {
  auto blocks = split_blocks("Salta al contenuto\n\nTitolo uno\nTitolo due...\n\n  Ultimo  \n");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].line, 1);
  EXPECT_EQ(blocks[1].text, "Titolo uno");
  EXPECT_EQ(blocks[1].line, 3);
  EXPECT_EQ(blocks[2].line, 4);
  EXPECT_EQ(blocks[3].text, "Ultimo");
  EXPECT_EQ(blocks[3].line, 6);
}

TEST(PageBlocks, JoinsAParagraphWrappedOverLines) {
  auto blocks = split_blocks("Il vertice si è tenuto a Pechino\ndurante la visita di Kim.\nNuovo titolo\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "Il vertice si è tenuto a Pechino durante la visita di Kim.");
  EXPECT_EQ(blocks[0].line, 1);
  EXPECT_EQ(blocks[0].end_line, 2);
  EXPECT_EQ(blocks[1].line, 3);
}

TEST(PageBlocks, HandlesCrLfAndNoFinalNewline) {
  auto blocks = split_blocks("Uno\r\n\r\nDue");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "Uno");
  EXPECT_EQ(blocks[1].line, 3);
}

TEST(PageBlocks, EmptyPage) { EXPECT_TRUE(split_blocks("\n\n  \n").empty()); }

}  // namespace
}  // namespace newsdesk::story
