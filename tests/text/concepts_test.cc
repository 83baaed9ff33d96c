#include "text/concepts.h"

#include <gtest/gtest.h>

#include "text/normalize.h"
#include "text/words.h"

namespace newsdesk::text {
namespace {

std::vector<std::string> folded(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& w : split_words(s)) out.push_back(fold(w.text));
  return out;
}

std::string concept_at(std::string_view lang, std::string_view s, size_t i = 0) {
  auto words = folded(s);
  auto m = match_concept(lang, words, i);
  return m ? std::string(m->id) : "";
}

TEST(Concepts, MapRewordingsAndTranslationsToOneId) {
  EXPECT_EQ(concept_at("en", "killed"), concept_at("it", "uccisi"));
  EXPECT_EQ(concept_at("en", "killed"), concept_at("de", "getötet"));
  EXPECT_EQ(concept_at("it", "terremoto"), concept_at("it", "scossa"));
  EXPECT_EQ(concept_at("en", "seven"), "num:7");
  EXPECT_EQ(concept_at("it", "russo").substr(4), "RU");
  EXPECT_EQ(concept_at("de", "Russland").substr(concept_at("de", "Russland").find(':') + 1), "RU");
}

TEST(Concepts, LongestPhraseWins) {
  auto m = match_concept("it", folded("Corea del Nord"), 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->words, 3);
}

TEST(Concepts, UnknownLanguageOrWordHasNone) {
  EXPECT_EQ(concept_at("xx", "killed"), "");
  EXPECT_EQ(concept_at("en", "table"), "");
}

}  // namespace
}  // namespace newsdesk::text
