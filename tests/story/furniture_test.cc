#include "story/furniture.h"

#include <gtest/gtest.h>

namespace newsdesk::story {
namespace {

std::string rule_of(std::string_view text) {
  auto m = match_furniture(text, measure_block(text));
  return m ? m->rule : "";
}

TEST(Furniture, LexiconPhrasesInEachLanguage) {
  EXPECT_EQ(rule_of("Salta al contenuto"), "lexicon:it:skip_link");
  EXPECT_EQ(rule_of("Leggi anche:"), "lexicon:it:read_also");
  EXPECT_EQ(rule_of("Skip to main content"), "lexicon:en:skip_link");
  EXPECT_NE(rule_of("Zum Inhalt springen"), "");
  EXPECT_NE(rule_of("Aller au contenu"), "");
  EXPECT_NE(rule_of("Saltar al contenido"), "");
  EXPECT_NE(rule_of("Naar de inhoud"), "");
}

TEST(Furniture, ReadAlsoWithALinkedTitle) {
  EXPECT_NE(rule_of("Leggi anche: Kim incontra Putin a Pechino per la prima volta"), "");
}

TEST(Furniture, StructuralCues) {
  EXPECT_EQ(rule_of("Politica | Esteri | Economia | Cultura e spettacoli"), "structure:menu");
  EXPECT_EQ(rule_of("© 2025 Example Media SpA"), "structure:copyright");
  EXPECT_EQ(rule_of("*** --- ***"), "structure:no_words");
  EXPECT_EQ(rule_of("Ultime dal mondo"), "structure:short_line");
}

TEST(Furniture, HeadlinesAreNotFurniture) {
  EXPECT_EQ(rule_of("Share prices fall as oil jumps after the summit"), "");
  EXPECT_EQ(rule_of("Il leader nordcoreano Kim e il presidente russo Putin si incontrano a Pechino"), "");
  EXPECT_EQ(rule_of("Live: Putin and Kim meet in Beijing for talks on the war"), "");
}

}  // namespace
}  // namespace newsdesk::story
