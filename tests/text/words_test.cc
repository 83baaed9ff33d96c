#include "text/words.h"

#include <gtest/gtest.h>

namespace newsdesk::text {
namespace {

std::vector<std::string> texts(const std::vector<Word>& words) {
  std::vector<std::string> out;
  for (const auto& w : words) out.emplace_back(w.text);
  return out;
}

TEST(Words, SplitsElisionsAtTheApostrophe) {
  EXPECT_EQ(texts(split_words("rafforzare l'alleanza")),
            (std::vector<std::string>{"rafforzare", "l", "alleanza"}));
  EXPECT_EQ(texts(split_words("Putin\u2019s visit")),
            (std::vector<std::string>{"Putin", "s", "visit"}));
}

TEST(Words, MarksHyphenJoinsAndCase) {
  auto w = split_words("Kim Jong-un e il leader NATO.");
  ASSERT_EQ(w.size(), 7u);
  EXPECT_EQ(w[1].text, "Jong");
  EXPECT_TRUE(w[1].hyphen_next);
  EXPECT_FALSE(w[0].hyphen_next);
  EXPECT_TRUE(w[0].capitalized);
  EXPECT_TRUE(w[0].sentence_start);
  EXPECT_FALSE(w[1].sentence_start);
  EXPECT_TRUE(w[6].all_caps);
  EXPECT_FALSE(w[3].capitalized);
}

TEST(Words, NumbersKeepTheirSeparators) {
  auto w = split_words("circa 2.000 soldati, 37,5 per cento");
  ASSERT_GE(w.size(), 4u);
  EXPECT_EQ(w[1].text, "2.000");
  EXPECT_TRUE(w[1].is_number);
  EXPECT_EQ(w[3].text, "37,5");
  EXPECT_TRUE(w[3].is_number);
}

TEST(Words, SentenceStartsAfterTerminalPunctuation) {
  auto w = split_words("Firmato il patto. Poi Xi parla");
  ASSERT_EQ(w.size(), 6u);
  EXPECT_TRUE(w[3].sentence_start);
  EXPECT_FALSE(w[4].sentence_start);
}

TEST(Words, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(split_words("").empty());
  EXPECT_TRUE(split_words(" -- ... !").empty());
}

}  // namespace
}  // namespace newsdesk::text
