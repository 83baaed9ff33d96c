#include "text/language.h"

#include <gtest/gtest.h>

namespace newsdesk::text {
namespace {

struct Case {
  const char* text;
  const char* code;
};

TEST(Language, IdentifiesHeadlinesInTheMainLanguages) {
  const Case cases[] = {
      {"Il leader nordcoreano Kim e il presidente russo Putin si incontrano a Pechino", "it"},
      {"Bahnstreik legt den Verkehr in Bayern am Montag weitgehend lahm", "de"},
      {"Russian missile strike on the city kills seven and injures dozens", "en"},
      {"Le président reçoit la première ministre italienne à l'Élysée", "fr"},
      {"Descarrila un tren de cercanías en Asturias con catorce heridos leves", "es"},
      {"Incêndio na serra obriga a retirar trezentas pessoas de três aldeias", "pt"},
      {"Havenstaking in Rotterdam: de leden van de vakbond leggen het werk neer", "nl"},
  };
  for (const auto& c : cases) {
    LanguageGuess g = identify_language(c.text);
    EXPECT_EQ(g.code, c.code) << c.text;
    EXPECT_GT(g.confidence, 0.5) << c.text;
  }
}

TEST(Language, LongTextAndEmptyText) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "Die Regierung hat am Dienstag neue Maßnahmen beschlossen. ";
  EXPECT_EQ(identify_language(text).code, "de");
  EXPECT_NO_THROW(identify_language(""));
}

// The fuzzer found fastText scoring this 1.0001: a confidence stays within [0, 1].
TEST(Language, ConfidenceNeverAboveOne) {
  for (const char* text : {" 3[dozz0 8", "Russian missile strike on the city kills seven", "a"}) {
    LanguageGuess g = identify_language(text);
    EXPECT_GE(g.confidence, 0.0) << text;
    EXPECT_LE(g.confidence, 1.0) << text;
  }
}

}  // namespace
}  // namespace newsdesk::text
