#include "text/normalize.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/stopwords.h"

namespace newsdesk::text {
namespace {

TEST(Normalize, CleanUnifiesDashesApostrophesAndEllipsis) {
  EXPECT_EQ(clean("nord\u2011coreano"), "nord-coreano");
  EXPECT_EQ(clean("l\u2019alleanza"), "l'alleanza");
  EXPECT_EQ(clean("a\u2026"), "a...");
  EXPECT_EQ(clean("a\u00A0b"), "a b");
  EXPECT_EQ(clean("co\u00ADoperate"), "cooperate");  // soft hyphen vanishes
}

TEST(Normalize, CleanComposesToNfc) {
  EXPECT_EQ(clean("perche\u0301"), "perch\u00E9");
}

TEST(Normalize, FoldIgnoresCaseAndDiacritics) {
  EXPECT_EQ(fold("Perché"), "perche");
  EXPECT_EQ(fold("STRAẞE"), "strasse");
  EXPECT_EQ(fold("Ñandú"), "nandu");
  EXPECT_EQ(fold("Škoda Łódź"), "skoda łodz");  // ł is a letter of its own, not a mark
}

// fold() hands ICU only the stretches around non-ASCII characters; it must
// give what folding the whole text at once gives.
std::string fold_whole(std::string_view s) { return strip_marks(fold_case(s)); }

TEST(Normalize, FoldInStretchesIsFoldingTheWhole) {
  for (std::string s : {"Perche\u0301 no?", "e\u0301\u0300x", "A\u0301B\u0302c", "\u0301leading mark",
                        "CAF\u00C9 \u2014 \u201cQuoted\u201d \uFB01nal \u2026", "x\u0308", "Ab\u0308\u00DF",
                        "\u03A3\u039F\u03A3 Greek", "\u041C\u043E\u0441\u043A\u0432\u0430 a\u0306",
                        "\u0915\u093C ok", "tail\u00E9", "\u00E9", "plain ASCII only", "\xff\xfe bad UTF-8 A\xc3"}) {
    EXPECT_EQ(fold(s), fold_whole(s)) << s;
  }
  // Every page of the end-to-end tests, line by line, in seven languages.
  namespace fs = std::filesystem;
  int lines = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages")) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line); ++lines) ASSERT_EQ(fold(line), fold_whole(line)) << line;
  }
  EXPECT_GT(lines, 100);
}

TEST(Normalize, FoldCaseKeepsDiacriticsForStemmers) {
  EXPECT_EQ(fold_case("Città"), "città");
}

TEST(Normalize, MarksStayInScriptsWhereTheySpell) {
  std::string hindi = "\u0915\u093F";  // KA + vowel sign I (a spacing mark) stays intact
  EXPECT_EQ(strip_marks(hindi), hindi);
  std::string nukta = "\u0915\u093C";  // KA + nukta (non-spacing) is not Latin: kept
  EXPECT_EQ(strip_marks(nukta), nukta);
}

TEST(Stopwords, KnowsFunctionWordsPerLanguage) {
  EXPECT_TRUE(is_stopword("it", "della"));
  EXPECT_TRUE(is_stopword("en", "the"));
  EXPECT_TRUE(is_stopword("de", "und"));
  EXPECT_FALSE(is_stopword("it", "pechino"));
  EXPECT_FALSE(is_stopword("xx", "the"));
  EXPECT_TRUE(is_stopword_any("the"));
}

}  // namespace
}  // namespace newsdesk::text
