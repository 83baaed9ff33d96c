#include "text/translations.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace newsdesk::text {
namespace {

bool translates_to(std::string_view language, std::string_view word, std::string_view english) {
  const auto& keys = english_keys(language, word_key(language, word));
  return std::find(keys.begin(), keys.end(), word_key("en", english)) != keys.end();
}

TEST(Translations, InflectionsFindTheDictionaryWord) {
  EXPECT_TRUE(translates_to("de", "Regierungen", "government"));
  EXPECT_TRUE(translates_to("it", "bambini", "child"));
  EXPECT_TRUE(translates_to("fr", "incendies", "fire"));
  EXPECT_TRUE(translates_to("es", "jugando", "play"));
}

TEST(Translations, EnglishIrregularFormsGiveTheirLemma) {
  EXPECT_TRUE(translates_to("en", "said", "say"));
  EXPECT_TRUE(translates_to("en", "children", "child"));
  EXPECT_TRUE(translates_to("en", "women", "woman"));
}

TEST(Translations, NoneForRegularEnglishOrUnknown) {
  EXPECT_TRUE(english_keys("en", "govern").empty());
  EXPECT_TRUE(english_keys("xx", "govern").empty());
  EXPECT_TRUE(english_keys("it", "zzzqqq").empty());
}

}  // namespace
}  // namespace newsdesk::text
