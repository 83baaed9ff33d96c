#include "text/normalize.h"

#include <gtest/gtest.h>

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
