#include "text/words.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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

namespace newsdesk::text {
namespace {

void expect_same_words(std::string_view text, const std::string& where) {
  auto fast = split_words(text);
  auto icu = split_words_with_icu(text);
  ASSERT_EQ(fast.size(), icu.size()) << where << ": " << text.substr(0, 200);
  for (size_t i = 0; i < fast.size(); ++i) {
    const Word& a = fast[i];
    const Word& b = icu[i];
    ASSERT_TRUE(a.text == b.text && a.offset == b.offset && a.is_number == b.is_number &&
                a.capitalized == b.capitalized && a.all_caps == b.all_caps &&
                a.sentence_start == b.sentence_start && a.hyphen_next == b.hyphen_next)
        << where << ": word " << i << " '" << a.text << "' vs '" << b.text << "'";
  }
}

// The fast path must break exactly as ICU does: the cases its rules name...
TEST(Words, FastPathBreaksAsIcuOnEdgeCases) {
  for (const char* text : {
           "a_1 __ _ G7 3rd 2.000 U.S. l'a 3,5 a.b.c x\u00ADy naïve café 3.a 1'000 a:b a1.2",
           "a@b a·b a’b a‘b 1;5 a;b a-b 1/2 3°C 50% 5€ a.1 1.a ab.12 12.ab x‧y ﬁx Ⅻ ½ ² a²b",
           "e\u0301te\u0301 \u0301a a\u0301.b 1.\u03012 \n\u0301b «Così» — disse. „Nein“, sagte er: “Yes.”",
           "Москва 2024 г. Ελλάδα 3,5% Հայաստան Kim Jong\u2011un NATO-Gipfel O'Brien 1,000.50 $5bn",
           "\xff\xfe broken \xc3 utf8", "", "   ", "...", "a", "1", "日本語 text", "שלום a", "emoji 👍🏽 a\u200db",
       }) {
    expect_same_words(text, "edge case");
  }
}

// ...and the text of every shared evaluation set, in all their languages.
TEST(Words, FastPathBreaksAsIcuOnEveryEvaluationText) {
  namespace fs = std::filesystem;
  fs::path data = fs::path(NEWSDESK_SHARED_DIR) / "data";
  if (!fs::exists(data)) GTEST_SKIP() << "shared data not present";
  size_t files = 0;
  for (const char* set : {"paraphrase", "ner", "facts"}) {
    if (!fs::exists(data / set)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(data / set)) {
      if (!entry.is_regular_file() || entry.file_size() > (16u << 20)) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::string line;
      // Lines in groups of 50: long enough for sentence and hyphen state.
      std::string chunk;
      int lines = 0;
      while (std::getline(in, line)) {
        chunk += line + "\n";
        if (++lines % 50 == 0) {
          expect_same_words(chunk, entry.path().string());
          chunk.clear();
        }
      }
      expect_same_words(chunk, entry.path().string());
      ++files;
    }
  }
  EXPECT_GT(files, 3u);
}

}  // namespace
}  // namespace newsdesk::text
