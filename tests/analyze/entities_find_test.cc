#include "analyze/entities_find.h"

#include <gtest/gtest.h>

#include "analyze/entities_json.h"
#include "analyze/entities_merge.h"
#include "analyze/entities_resolve.h"

namespace newsdesk::analyze {
namespace {

const Entity* named(const std::vector<Entity>& es, const std::string& name) {
  for (const auto& e : es) if (e.name == name) return &e;
  return nullptr;
}

// Asserts that `text` names `name` as an entity of `type`.
void expect_entity(const std::string& text, const std::string& name, EntityType type) {
  auto es = find_entities(text, "it");
  const Entity* e = named(es, name);
  ASSERT_NE(e, nullptr) << text << "\n" << entities_text(es);
  EXPECT_EQ(e->type, type) << text << "\n" << entities_text(es);
}

TEST(EntitiesFind, TitlesAreCuesNotParts) {
  auto es = find_entities("Ieri il presidente del Consiglio Enrico Letta ha incontrato il Presidente Xi Jinping.", "it");
  EXPECT_NE(named(es, "Enrico Letta"), nullptr) << entities_text(es);
  EXPECT_NE(named(es, "Xi Jinping"), nullptr) << entities_text(es);
  EXPECT_EQ(named(es, "Presidente Xi Jinping"), nullptr);
}

TEST(EntitiesFind, ATitlesDepartmentAndATitleAloneAreNoPeople) {
  auto es = find_entities("Il Ministro dei Trasporti Alessandro Bianchi ha parlato con il Vice Primo Ministro.", "it");
  EXPECT_NE(named(es, "Alessandro Bianchi"), nullptr) << entities_text(es);
  for (const auto& e : es) EXPECT_NE(e.type == EntityType::kPerson && e.name != "Alessandro Bianchi", true) << e.name;
}

TEST(EntitiesFind, AnEnglishWordBesideASurnameStillMakesAName) {
  auto es = find_entities("Ha vinto in volata il tedesco Marcel Kittel davanti al Manchester United.", "it");
  const Entity* kittel = named(es, "Marcel Kittel");
  ASSERT_NE(kittel, nullptr) << entities_text(es);
  EXPECT_EQ(kittel->type, EntityType::kPerson);
  const Entity* club = named(es, "Manchester United");
  EXPECT_TRUE(club == nullptr || club->type != EntityType::kPerson) << entities_text(es);
  auto gov = find_entities("Il governatore di New York Andrew Cuomo ha parlato.", "it");
  EXPECT_NE(named(gov, "Andrew Cuomo"), nullptr) << entities_text(gov);
  EXPECT_NE(named(gov, "New York"), nullptr) << entities_text(gov);
}

TEST(EntitiesFind, ACityAfterAGivenNameIsASurname) {
  expect_entity("L'attore Denzel Washington ha vinto il premio.", "Denzel Washington", EntityType::kPerson);
  expect_entity("A Washington il presidente ha parlato.", "Washington", EntityType::kPlace);
}

TEST(EntitiesFind, ANounThatGovernsATownVouchesForItsName) {
  // "biella" is also an Italian word (a connecting rod); after "sindaco di" it is the town.
  expect_entity("Il sindaco di Biella ha parlato ieri.", "Biella", EntityType::kPlace);
}

TEST(EntitiesFind, HyphenatedArabicAndKoreanNamesStayWhole) {
  auto es = find_entities("Il premier Nouri al-Maliki e il fondatore Kim Il-sung.", "it");
  EXPECT_NE(named(es, "Nouri al-Maliki"), nullptr) << entities_text(es);
  EXPECT_NE(named(es, "Kim Il-sung"), nullptr) << entities_text(es);
  // Alone, "al" is Italian "to the": it joins no name.
  auto senate = find_entities("Giorgio Napolitano al Senato ha parlato.", "it");
  EXPECT_NE(named(senate, "Giorgio Napolitano"), nullptr) << entities_text(senate);
}

TEST(EntitiesFind, CommonGivenNamesOpenPeople) {
  // Surnames that are also words ("Palazzi", "Brown") follow a given name the list knows.
  auto es = find_entities("Lo hanno confermato Cristian Palazzi e Dave Brown, commissario dei vigili.", "it");
  EXPECT_NE(named(es, "Cristian Palazzi"), nullptr) << entities_text(es);
  EXPECT_NE(named(es, "Dave Brown"), nullptr) << entities_text(es);
}

TEST(EntitiesFind, ANounNamingAThingMakesNoPerson) {
  auto es = find_entities("L'uragano Ike ha colpito Cuba: 5,2 gradi della scala Richter e il sistema operativo Android in tilt.", "it");
  for (const auto& e : es) EXPECT_NE(e.type, EntityType::kPerson) << e.name;
  EXPECT_NE(named(es, "Cuba"), nullptr) << entities_text(es);
  // An indefinite article: a product.
  auto bus = find_entities("Questa mattina un Irisbus Citelis ha preso fuoco.", "it");
  for (const auto& e : bus) EXPECT_NE(e.type, EntityType::kPerson) << e.name;
}

TEST(EntitiesFind, ALoneUnknownNameInAListTakesItsNeighboursKind) {
  expect_entity("Tra i firmatari ci sono Microsoft, Oracle e Verizon.", "Verizon", EntityType::kOrganisation);
}

TEST(EntitiesFind, RegionsAbroadThatAreNoWordsAndSurnamesThatAreRegions) {
  const std::string text = "Ne ha parlato Jimmy Wales durante la visita nella nota città del Nevada.";
  expect_entity(text, "Nevada", EntityType::kPlace);
  EXPECT_NE(named(find_entities(text, "it"), "Jimmy Wales"), nullptr);
}

TEST(EntitiesFind, PersonSpanBoundaries) {
  // A place just before a given name is a mention of its own.
  auto senator = find_entities("Ha vinto il senatore dell'Illinois Barack Obama.", "it");
  EXPECT_NE(named(senator, "Barack Obama"), nullptr) << entities_text(senator);
  // A capitalised "Io" opens a show's title; an initial keeps its full stop and opens a name.
  std::string text = "Lo conduce Gerry Scotti Io canto, con Leopoldo R. e A. Bernardi.";
  auto es = find_entities(text, "it");
  EXPECT_NE(named(es, "Gerry Scotti"), nullptr) << entities_text(es);
  EXPECT_NE(named(es, "A. Bernardi"), nullptr) << entities_text(es);
  const Entity* leopoldo = named(es, "Leopoldo R");
  ASSERT_NE(leopoldo, nullptr) << entities_text(es);
  ASSERT_EQ(leopoldo->spans.size(), 1u);
  EXPECT_EQ(text.substr(leopoldo->spans[0].begin, leopoldo->spans[0].end - leopoldo->spans[0].begin), "Leopoldo R.");
}

TEST(EntitiesFind, AGivenNameAndARomanNumeralAreAPope) {
  auto es = find_entities("Il pontificato di Paolo VI fu lungo.", "it");
  const Entity* pope = named(es, "Paolo VI");
  ASSERT_NE(pope, nullptr) << entities_text(es);
  EXPECT_EQ(pope->type, EntityType::kPerson);
}

TEST(EntitiesFind, ParticlesStayInsideNames) {
  auto es = find_entities("Oggi Ursula von der Leyen e Luiz Inácio Lula da Silva a Bruxelles. Poi Lula è ripartito.", "it");
  EXPECT_NE(named(es, "Ursula von der Leyen"), nullptr) << entities_text(es);
  const Entity* lula = named(es, "Luiz Inácio Lula da Silva");
  ASSERT_NE(lula, nullptr) << entities_text(es);
  EXPECT_EQ(lula->mentions, 2);
  const Entity* brussels = named(es, "Bruxelles");
  ASSERT_NE(brussels, nullptr);
  EXPECT_EQ(brussels->country, "BE");
}

TEST(EntitiesFind, SpansPointIntoTheText) {
  std::string text = "Vertice a Pechino tra Vladimir Putin e Xi Jinping.";
  auto es = find_entities(text, "it");
  const Entity* putin = named(es, "Vladimir Putin");
  ASSERT_NE(putin, nullptr);
  ASSERT_EQ(putin->spans.size(), 1u);
  EXPECT_EQ(text.substr(putin->spans[0].begin, putin->spans[0].end - putin->spans[0].begin), "Vladimir Putin");
}

TEST(EntitiesFind, OrganisationsByCueAndAcronym) {
  auto es = find_entities("Il segretario della NATO e l'Organizzazione Mondiale della Sanità (OMS) hanno parlato.", "it");
  const Entity* nato = named(es, "NATO");
  ASSERT_NE(nato, nullptr) << entities_text(es);
  EXPECT_EQ(nato->type, EntityType::kOrganisation);
  const Entity* who = named(es, "Organizzazione Mondiale della Sanità");
  ASSERT_NE(who, nullptr) << entities_text(es);
  EXPECT_EQ(who->type, EntityType::kOrganisation);
}

TEST(EntitiesFind, OrdinaryCapitalisedWordsAreNotNames) {
  auto es = find_entities("Guerra Fredda e Seconda Guerra Mondiale: la guerra cambia tutto.", "it");
  for (const auto& e : es) EXPECT_EQ(e.type, EntityType::kPlace) << e.name;
}

TEST(EntitiesFind, EnglishAndGerman) {
  auto en = find_entities("President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday.", "en");
  EXPECT_NE(named(en, "Joe Biden"), nullptr) << entities_text(en);
  EXPECT_NE(named(en, "Olaf Scholz"), nullptr) << entities_text(en);
  const Entity* berlin = named(en, "Berlin");
  ASSERT_NE(berlin, nullptr);
  EXPECT_EQ(berlin->country, "DE");
  auto de = find_entities("Bundeskanzler Olaf Scholz reist nach Peking. Scholz trifft dort Xi Jinping.", "de");
  const Entity* scholz = named(de, "Olaf Scholz");
  ASSERT_NE(scholz, nullptr) << entities_text(de);
  EXPECT_EQ(scholz->mentions, 2);
}

TEST(EntitiesFind, GermanNounsAndCompoundsAreNoPeople) {
  auto es = find_entities(
      "Der EVG-Warnstreik legt Berlin lahm, sagte EVG-Verhandlungsführerin Miriam Kessler. "
      "Kessler warnte vor weiteren Streiks der EVG.", "de");
  const Entity* evg = named(es, "EVG");
  ASSERT_NE(evg, nullptr) << entities_text(es);
  EXPECT_EQ(evg->type, EntityType::kOrganisation);
  const Entity* kessler = named(es, "Miriam Kessler");
  ASSERT_NE(kessler, nullptr) << entities_text(es);
  EXPECT_EQ(kessler->mentions, 2);
  for (const auto& e : es) EXPECT_NE(e.type == EntityType::kPerson && e.name != "Miriam Kessler", true) << e.name;
}

TEST(EntitiesFind, InstitutionsOnlyWhenAsked) {
  std::string text = "Secondo la polizia locale il governo italiano ha chiesto allo Stato di intervenire.";
  // By default only the country "italiano" implies.
  auto plain = find_entities(text, "it");
  ASSERT_EQ(plain.size(), 1u) << entities_text(plain);
  EXPECT_EQ(plain[0].country, "IT");
  EXPECT_TRUE(plain[0].spans.empty());
  FindOptions kind;
  kind.institutions = true;
  auto es = find_entities(text, "it", kind);
  EXPECT_NE(named(es, "polizia locale"), nullptr) << entities_text(es);
  EXPECT_NE(named(es, "governo italiano"), nullptr) << entities_text(es);
  EXPECT_NE(named(es, "Stato"), nullptr) << entities_text(es);
}

TEST(EntitiesMerge, AcrossItemsAndLanguages) {
  std::vector<std::vector<Entity>> items = {
      find_entities("Kim Jong-un arriva a Pechino.", "it"),
      find_entities("Kim Jong Un arrives in Beijing.", "en"),
      find_entities("Kim Yo Jong, sister of Kim, spoke in Pyongyang.", "en"),
  };
  auto merged = merge_entities(items);
  int kims = 0, beijings = 0;
  for (const auto& e : merged) {
    if (e.type == EntityType::kPerson && e.name.rfind("Kim", 0) == 0) ++kims;
    if (e.country == "CN" && e.type == EntityType::kPlace) ++beijings;
  }
  EXPECT_EQ(kims, 2) << entities_text(merged);  // Kim Jong Un and Kim Yo Jong
  EXPECT_EQ(beijings, 1) << entities_text(merged);
}

TEST(EntitiesResolve, NamesAcrossLanguagesAndScripts) {
  EXPECT_TRUE(same_entity("Pechino", "it", "Beijing", "en", EntityType::kPlace));
  EXPECT_TRUE(same_entity("Пекин", "ru", "Peking", "de", EntityType::kPlace));
  EXPECT_TRUE(same_entity("Corea del Nord", "it", "North Korea", "en", EntityType::kPlace));
  EXPECT_FALSE(same_entity("Corea del Nord", "it", "Corea del Sud", "it", EntityType::kPlace));
  EXPECT_TRUE(same_entity("NATO", "en", "OTAN", "fr", EntityType::kOrganisation));
  EXPECT_TRUE(same_entity("CDU", "de", "Christlich Demokratische Union", "de", EntityType::kOrganisation));
  EXPECT_FALSE(same_entity("Kim Jong Un", "en", "Kim Yo Jong", "en", EntityType::kPerson));
}

}  // namespace
}  // namespace newsdesk::analyze
