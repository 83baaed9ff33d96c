// KIND's conventions (FindOptions::institutions): what the NER benchmark counts as a
// person, place or organisation, one rule class per test.
#include <gtest/gtest.h>

#include "analyze/entities_find.h"
#include "analyze/entities_json.h"

namespace newsdesk::analyze {
namespace {

std::vector<Entity> kind_entities(std::string_view text) {
  FindOptions options;
  options.institutions = true;
  return find_entities(text, "it", options);
}

const Entity* named(const std::vector<Entity>& es, const std::string& name) {
  for (const auto& e : es) if (e.name == name) return &e;
  return nullptr;
}

::testing::AssertionResult has(const std::vector<Entity>& es, const std::string& name, EntityType type) {
  const Entity* e = named(es, name);
  if (!e) return ::testing::AssertionFailure() << "no " << name << " in\n" << entities_text(es);
  if (e->type != type) return ::testing::AssertionFailure() << name << " is " << to_string(e->type);
  return ::testing::AssertionSuccess();
}

TEST(EntitiesKind, OrganisationNounBeforeAnUnknownName) {
  auto es = kind_entities("Il libro esce per l'editore Bompiani e la rivista scientifica Lancet ne parla.");
  EXPECT_TRUE(has(es, "Bompiani", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Lancet", EntityType::kOrganisation));
  auto band = kind_entities("Stasera suona la band Arctic Monkeys allo stadio.");
  EXPECT_TRUE(has(band, "Arctic Monkeys", EntityType::kOrganisation));
}

TEST(EntitiesKind, CountryWithABareArticleActsAsAState) {
  auto es = kind_entities("Ieri la Germania ha battuto la Francia, mentre in Spagna si vota.");
  EXPECT_TRUE(has(es, "Germania", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Francia", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Spagna", EntityType::kPlace));
  auto land = kind_entities("Nevica in tutta la Francia.");
  EXPECT_TRUE(has(land, "Francia", EntityType::kPlace));
  // A copula describes the land: "la Siria è sconvolta".
  auto copula = kind_entities("Da due anni la Siria è sconvolta dalla guerra.");
  EXPECT_TRUE(has(copula, "Siria", EntityType::kPlace));
}

TEST(EntitiesKind, PlacesAfterALocativeAndPlacesNoRuleSettled) {
  // A town called like a word, and a region abroad, after "a"/"in".
  auto es = kind_entities("I soccorritori sono arrivati a Lecco e poi in Florida.");
  EXPECT_TRUE(has(es, "Lecco", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Florida", EntityType::kPlace));
  // A region the gazetteer knows is likelier a place than a person with no first name.
  auto region = kind_entities("Le primarie si sono chiuse ieri: Minnesota ha votato per ultimo.");
  EXPECT_TRUE(has(region, "Minnesota", EntityType::kPlace));
}

TEST(EntitiesKind, InstitutionBeforeANameIsAMentionOfItsOwn) {
  auto es = kind_entities("Il regime di Damasco ha risposto al consiglio comunale.");
  EXPECT_TRUE(has(es, "regime", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Damasco", EntityType::kPlace));
  EXPECT_TRUE(has(es, "consiglio comunale", EntityType::kOrganisation));
}

TEST(EntitiesKind, InstitutionWordsInCompoundsNameNoBody) {
  auto es = kind_entities("Le forze di polizia e il pubblico ministero hanno parlato dopo la crisi di governo.");
  EXPECT_EQ(named(es, "polizia"), nullptr) << entities_text(es);
  EXPECT_EQ(named(es, "ministero"), nullptr) << entities_text(es);
  EXPECT_EQ(named(es, "governo"), nullptr) << entities_text(es);
}

TEST(EntitiesKind, NewspapersWithTheirArticleAndPlatformsThatAreNone) {
  auto es = kind_entities("Lo scrive Il Giornale, e la notizia gira su Twitter e su Piazza Affari.");
  EXPECT_TRUE(has(es, "Il Giornale", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Piazza Affari", EntityType::kOrganisation));
  EXPECT_EQ(named(es, "Twitter"), nullptr) << entities_text(es);
}

TEST(EntitiesKind, OrganisationNamesTheirSpanRules) {
  // Two portfolios joined by "e", adjectives after the head.
  auto es = kind_entities("Lo conferma il Ministero dell'Economia e delle Finanze al Tribunale supremo elettorale.");
  EXPECT_TRUE(has(es, "Ministero dell'Economia e delle Finanze", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Tribunale supremo elettorale", EntityType::kOrganisation));
  // Another organisation after a connector is a mention of its own.
  auto nested = kind_entities("Parla la Commissione Difesa del Senato con il Dipartimento di Fisica dell'Università di Pisa.");
  EXPECT_TRUE(has(nested, "Commissione Difesa", EntityType::kOrganisation));
  EXPECT_TRUE(has(nested, "Senato", EntityType::kOrganisation));
  EXPECT_TRUE(has(nested, "Università di Pisa", EntityType::kOrganisation));
  // "Senato della Repubblica" stays whole.
  auto whole = kind_entities("Il voto del Senato della Repubblica è atteso.");
  EXPECT_TRUE(has(whole, "Senato della Repubblica", EntityType::kOrganisation));
}

TEST(EntitiesKind, PlaceSpansTakeTheirLowerCaseNounAndCompassWord) {
  auto es = kind_entities("Lo stretto legame tra la Cina orientale e l'oceano Pacifico passa per via Garibaldi.");
  EXPECT_TRUE(has(es, "Cina orientale", EntityType::kPlace));
  EXPECT_TRUE(has(es, "oceano Pacifico", EntityType::kPlace));
  EXPECT_TRUE(has(es, "via Garibaldi", EntityType::kPlace));
  // "by way of" and "offshore" are no part of the name.
  auto route = kind_entities("Il treno per Roma via Firenze passa al largo di Livorno.");
  EXPECT_TRUE(has(route, "Firenze", EntityType::kPlace));
  EXPECT_TRUE(has(route, "Livorno", EntityType::kPlace));
}

TEST(EntitiesKind, ForeignNamesAfterAnArticleAreOrganisationsOrBuildings) {
  auto es = kind_entities("Lo ha scritto ieri il Daily Telegraph, dopo la partita all'Allianz Stadium nel New Jersey.");
  EXPECT_TRUE(has(es, "Daily Telegraph", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Allianz Stadium", EntityType::kPlace));
  EXPECT_TRUE(has(es, "New Jersey", EntityType::kPlace));
  // An Italian word first, or an event's word last: no organisation.
  auto events = kind_entities("Ha ricevuto il Premio Wolf e poi i Grammy Awards.");
  EXPECT_EQ(named(events, "Premio Wolf"), nullptr) << entities_text(events);
  EXPECT_EQ(named(events, "Grammy Awards"), nullptr) << entities_text(events);
}

TEST(EntitiesKind, InstitutionPhrasesAndFirmsJoinedByAmpersand) {
  auto es = kind_entities("Il consiglio di amministrazione ha scritto al ministero dell'interno e a Barnes & Noble.");
  EXPECT_TRUE(has(es, "consiglio di amministrazione", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "ministero dell'interno", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Barnes & Noble", EntityType::kOrganisation));
  auto duet = kind_entities("Sul palco Loredana Berté & Gigi D'Alessio.");
  EXPECT_TRUE(has(duet, "Loredana Berté", EntityType::kPerson));
}

TEST(EntitiesKind, DottedAcronymsSitesAndBodyWords) {
  std::string text = "Lo denuncia il W.W.F. sul sito Contribuenti.it, mentre l'Antitrust tace.";
  auto es = kind_entities(text);
  EXPECT_TRUE(has(es, "W.W.F", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Contribuenti.it", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Antitrust", EntityType::kOrganisation));
  const Entity* wwf = named(es, "W.W.F");
  ASSERT_NE(wwf, nullptr);
  ASSERT_EQ(wwf->spans.size(), 1u);
  EXPECT_EQ(text.substr(wwf->spans[0].begin, wwf->spans[0].end - wwf->spans[0].begin), "W.W.F.");
}

TEST(EntitiesKind, OrganisationsTheLexiconKnows) {
  auto es = kind_entities("Oggi in borsa salgono Monte dei Paschi di Siena e Poste Italiane, lo dice Sky Italia.");
  EXPECT_TRUE(has(es, "Monte dei Paschi di Siena", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Poste Italiane", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Sky Italia", EntityType::kOrganisation));
}

TEST(EntitiesKind, UnknownNameAfterAPlaceNounIsAPlace) {
  auto es = kind_entities("I volontari hanno riaperto il castello di Calatubo e la palestra di Monteruscello.");
  // KIND counts "castello di" in the castle's name (a building noun, as "via" is).
  EXPECT_TRUE(has(es, "castello di Calatubo", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Monteruscello", EntityType::kPlace));
}

TEST(EntitiesKind, LettersWithDigitsNameNoOne) {
  auto es = kind_entities("Il batterio appartiene al sierotipo O157 e al ceppo H7, dicono i medici.");
  EXPECT_EQ(named(es, "O157"), nullptr);
  EXPECT_EQ(named(es, "H7"), nullptr);
}

TEST(EntitiesKind, PlaceNounWithAnAdjectiveBeforeAnUnknownName) {
  auto es = kind_entities("Gli scontri continuano nella città siriana di Kobanê da settimane.");
  EXPECT_TRUE(has(es, "Kobanê", EntityType::kPlace));
}

TEST(EntitiesKind, UnknownNameInAnEnglishTitleOrAHeadingLabelIsNoPerson) {
  auto es = kind_entities("Ha vinto il titolo Stadium of Kvarna lo scorso anno.");
  EXPECT_EQ(named(es, "Kvarna"), nullptr);
  auto heading = kind_entities("Zagabria non risponde.\nVarbenia: il comune chiude le scuole.");
  EXPECT_EQ(named(heading, "Varbenia"), nullptr);
}

TEST(EntitiesKind, AbbreviationsThatNameNoOrganisation) {
  auto es = kind_entities("Il servizio IPTV costa 3 MLN e le auto a GPL pagano meno IRPEF.");
  EXPECT_EQ(named(es, "IPTV"), nullptr);
  EXPECT_EQ(named(es, "MLN"), nullptr);
  EXPECT_EQ(named(es, "GPL"), nullptr);
  EXPECT_EQ(named(es, "IRPEF"), nullptr);
}

TEST(EntitiesKind, OrganisationTakesTheDemonymAfterIt) {
  auto es = kind_entities("Lo ha detto la polizia ucraina, e lo Stato italiano paga l'Interpol serba.");
  EXPECT_TRUE(has(es, "polizia ucraina", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Stato italiano", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Interpol serba", EntityType::kOrganisation));
  // A verb in -ano is no adjective ("portana" is no word, "romana" is).
  auto verbs = kind_entities("I ministri dell'Udc lasciano il posto al TPL romano.");
  EXPECT_TRUE(has(verbs, "Udc", EntityType::kOrganisation));
  EXPECT_TRUE(has(verbs, "TPL romano", EntityType::kOrganisation));
}

TEST(EntitiesKind, HeadWordTakesAComplementInLowerCase) {
  auto es = kind_entities("Il Consiglio dei ministri ha chiesto alla Corte d'appello e all'Agenzia europea per la sicurezza di agire.");
  EXPECT_TRUE(has(es, "Consiglio dei ministri", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Corte d'appello", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Agenzia europea per la sicurezza", EntityType::kOrganisation));
  // A verb's complement, and a purpose after a body that names none, stay out.
  auto verbs = kind_entities("Hanno chiesto al Governo di riferire, e la legge passa al Senato per l'approvazione.");
  EXPECT_TRUE(has(verbs, "Governo", EntityType::kOrganisation));
  EXPECT_TRUE(has(verbs, "Senato", EntityType::kOrganisation));
}

TEST(EntitiesKind, BuildingsAndWaysInLowerCaseBelongToThePlace) {
  auto es = kind_entities("Ricoverato all'ospedale Brotzu, poi allo stadio Franchi e nel tunnel di Fréjus.");
  EXPECT_TRUE(has(es, "ospedale Brotzu", EntityType::kPlace));
  EXPECT_TRUE(has(es, "stadio Franchi", EntityType::kPlace));
  EXPECT_TRUE(has(es, "tunnel di Fréjus", EntityType::kPlace));
}

TEST(EntitiesKind, NationalTeamAndEmbassyNamedByACommonNoun) {
  auto es = kind_entities("Guidò la nazionale italiana e parlò con l'ambasciata francese.");
  EXPECT_TRUE(has(es, "nazionale italiana", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "ambasciata francese", EntityType::kOrganisation));
  // The adjective, and an embassy the text does not say whose, name no body.
  auto adjective = kind_entities("Un evento a livello nazionale davanti all'ambasciata.");
  EXPECT_TRUE(adjective.empty()) << entities_text(adjective);
}

TEST(EntitiesKind, GovernmentAndTheNameOfItsLeaderAreTwoMentions) {
  auto es = kind_entities("Ieri il Governo Tsipras ha stanziato i fondi.");
  EXPECT_TRUE(has(es, "Governo", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Tsipras", EntityType::kPerson));
}

TEST(EntitiesKind, KnownPlaceLabellingAHeading) {
  // "toscana" and "usa" are also words, but a label before a colon names a place.
  auto es = kind_entities("Toscana: nevica sulle colline.\nUSA: il presidente parla.");
  EXPECT_TRUE(has(es, "Toscana", EntityType::kPlace));
  EXPECT_TRUE(has(es, "USA", EntityType::kPlace));
  auto words = kind_entities("Ciclismo: vince il campione.");
  EXPECT_TRUE(words.empty()) << entities_text(words);
}

TEST(EntitiesKind, UnknownNameAsAClubAndAsAPlaceStaysTwoEntities) {
  auto es = kind_entities("Il Brembolo ha perso la finale. La squadra torna a Brembolo domani.");
  int organisations = 0, places = 0;
  for (const auto& e : es) {
    if (e.name != "Brembolo") continue;
    organisations += e.type == EntityType::kOrganisation;
    places += e.type == EntityType::kPlace;
  }
  EXPECT_EQ(organisations, 1) << entities_text(es);
  EXPECT_EQ(places, 1) << entities_text(es);
}

TEST(EntitiesKind, UnknownNameAfterANounForWhatAFirmHasIsAnOrganisation) {
  auto es = kind_entities("Sono crollate le azioni di Nextrol e i voli di Aerovanz sono sospesi.");
  EXPECT_TRUE(has(es, "Nextrol", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Aerovanz", EntityType::kOrganisation));
}

TEST(EntitiesKind, PlacesBeforeAScoreAreTeams) {
  auto es = kind_entities("Ricordiamo Italia - Germania 0-3, giocata a Dortmund.");
  EXPECT_TRUE(has(es, "Italia", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Germania", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Dortmund", EntityType::kPlace));
  // Two countries joined by a dash face each other without a score too; cities do not.
  auto states = kind_entities("Sale la tensione Usa - Cina, e il treno Roma - Cassino è fermo.");
  EXPECT_TRUE(has(states, "Usa", EntityType::kOrganisation));
  EXPECT_TRUE(has(states, "Cina", EntityType::kOrganisation));
  EXPECT_TRUE(has(states, "Roma", EntityType::kPlace));
}

TEST(EntitiesKind, ClergyDonAndArabicBinOpenTheName) {
  auto es = kind_entities("Alla festa di don Zeno Saltini si è parlato del nascondiglio di bin Laden.");
  EXPECT_TRUE(has(es, "don Zeno Saltini", EntityType::kPerson));
  EXPECT_TRUE(has(es, "bin Laden", EntityType::kPerson));
  // Other titles stay out of the name.
  auto title = kind_entities("Lo ha detto il ministro Giulio Tremonti.");
  EXPECT_TRUE(has(title, "Giulio Tremonti", EntityType::kPerson));
}

TEST(EntitiesKind, CapitalisedParticleOpensASurname) {
  auto es = kind_entities("Di Pietro, leader del partito, parla. Proprio ieri D'Alema aveva avvertito.");
  EXPECT_TRUE(has(es, "Di Pietro", EntityType::kPerson));
  EXPECT_TRUE(has(es, "D'Alema", EntityType::kPerson));
  // Before a place or an ordinary word it is the preposition.
  auto place = kind_entities("Di Roma si parla poco.");
  EXPECT_TRUE(has(place, "Roma", EntityType::kPlace));
}

TEST(EntitiesKind, EnglishConnectorsJoinAnEnglishNameInItalianText) {
  auto es = kind_entities("Lo studio è della University of Wisconsin, dicono i ricercatori.");
  EXPECT_TRUE(has(es, "University of Wisconsin", EntityType::kOrganisation));
}

TEST(EntitiesKind, SmallNumberBetweenTwoNameWordsBelongsToTheName) {
  auto es = kind_entities("Il Movimento 5 Stelle ha presentato una mozione.");
  EXPECT_TRUE(has(es, "Movimento 5 Stelle", EntityType::kOrganisation));
}

TEST(EntitiesKind, HospitalsAndStadiumsArePlacesApartFromTheirCity) {
  auto es = kind_entities("Fu trasportato al Policlinico Gemelli di Roma dopo la partita allo Stadio Luigi Ferraris di Genova.");
  EXPECT_TRUE(has(es, "Policlinico Gemelli", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Roma", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Stadio Luigi Ferraris", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Genova", EntityType::kPlace));
}

TEST(EntitiesKind, LoneNameFollowsWhatARuleSettledForItElsewhere) {
  auto es = kind_entities("Tornano i fantasmi della Federvarco. Secondo i giudici Federvarco aveva i conti in rosso.");
  int people = 0;
  for (const auto& e : es) people += e.type == EntityType::kPerson;
  EXPECT_TRUE(has(es, "Federvarco", EntityType::kOrganisation));
  EXPECT_EQ(people, 0) << entities_text(es);
}

TEST(EntitiesKind, CountryAfterABodyAndAnArticledConnectorIsAPlaceOfItsOwn) {
  auto es = kind_entities("La Corte Suprema degli Stati Uniti ha deciso, e l'Università di San Marino tace.");
  EXPECT_TRUE(has(es, "Corte Suprema", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Stati Uniti", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Università di San Marino", EntityType::kOrganisation));
}

TEST(EntitiesKind, StormOrEventNamedLikeAPlaceIsNoPlace) {
  auto es = kind_entities("L'uragano Sandy arriva mentre si gioca la Coppa del Mondo e il Tour de France.");
  EXPECT_EQ(named(es, "Sandy"), nullptr) << entities_text(es);
  EXPECT_EQ(named(es, "Mondo"), nullptr) << entities_text(es);
  EXPECT_EQ(named(es, "France"), nullptr) << entities_text(es);
}

TEST(EntitiesKind, IdiomAndTitleThatLookLikePlaces) {
  auto es = kind_entities("Nei Paesi in via di Sviluppo il Santo Padre ha parlato; la linea passa in via di Carcaricola.");
  EXPECT_EQ(named(es, "via di Sviluppo"), nullptr) << entities_text(es);
  EXPECT_EQ(named(es, "Santo Padre"), nullptr) << entities_text(es);
  EXPECT_TRUE(has(es, "via di Carcaricola", EntityType::kPlace));
}

TEST(EntitiesKind, PlanetsArePlaces) {
  auto es = kind_entities("Stanotte saranno visibili Venere e Saturno, lontani dalla Terra.");
  EXPECT_TRUE(has(es, "Venere", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Saturno", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Terra", EntityType::kPlace));
}

TEST(EntitiesKind, RegionAdministrationAndTheArmaAreBodies) {
  auto es = kind_entities("I fondi stanziati dalla regione Sardegna vanno all'arma dei Carabinieri.");
  EXPECT_TRUE(has(es, "regione Sardegna", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "arma dei Carabinieri", EntityType::kOrganisation));
}

TEST(EntitiesKind, FullNameAfterAnArticleIsNoPerson) {
  auto es = kind_entities("Anche i vertici della Fulmar Lamnaco e dell'Adam Air hanno parlato del film diretto da Zack Snyder.");
  EXPECT_TRUE(has(es, "Fulmar Lamnaco", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Adam Air", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Zack Snyder", EntityType::kPerson));
  // A title between keeps the person: "il presidente Giorgio Napolitano".
  auto title = kind_entities("Lo ha detto il presidente Giorgio Napolitano.");
  EXPECT_TRUE(has(title, "Giorgio Napolitano", EntityType::kPerson));
}

TEST(EntitiesKind, UnknownNameAfterInAndAnArticleIsAPlace) {
  // "nel", "nell'" say where, as a bare "in" does; "della" leaves a firm.
  auto es = kind_entities("Le vacanze nel Cilento e nella Costa Smeralda sono care, dice la Parmalat.");
  EXPECT_TRUE(has(es, "Cilento", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Costa Smeralda", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Parmalat", EntityType::kOrganisation));
}

TEST(EntitiesKind, ClubNamedLikeAPlaceIsThePlaceAfterAPrepositionOfPlace) {
  auto place = kind_entities("Siamo atterrati ieri sera a Barcellona.");
  EXPECT_TRUE(has(place, "Barcellona", EntityType::kPlace));
  auto club = kind_entities("Ieri il Barcellona ha vinto ancora.");
  EXPECT_TRUE(has(club, "Barcellona", EntityType::kOrganisation));
}

TEST(EntitiesKind, SeatOfPowerWhereOneGoesIsABuilding) {
  auto place = kind_entities("Oggi il premier è salito al Quirinale.");
  EXPECT_TRUE(has(place, "Quirinale", EntityType::kPlace));
  auto body = kind_entities("Secondo una nota del Quirinale la legge sarà firmata.");
  EXPECT_TRUE(has(body, "Quirinale", EntityType::kOrganisation));
}

TEST(EntitiesKind, KnownOrganisationStopsBeforeThePlaceItSitsIn) {
  auto es = kind_entities("La segnalazione è arrivata dall'Interpol di Belgrado e dal Corriere della Sera.");
  EXPECT_TRUE(has(es, "Interpol", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Belgrado", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Corriere della Sera", EntityType::kOrganisation));
}

TEST(EntitiesKind, ClubsAndFirmsTheListsKnow) {
  // Without the list "Everton" and "Unipol" would pass for surnames.
  auto es = kind_entities("Everton e Unipol hanno firmato un accordo.");
  EXPECT_TRUE(has(es, "Everton", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Unipol", EntityType::kOrganisation));
}

TEST(EntitiesKind, ChurchBodiesArmedForcesAndPartiesTheListsKnow) {
  auto es = kind_entities("Parla il presidente del Pontificio Consiglio della Cultura, poi le Forze Armate e Alleanza Nazionale.");
  EXPECT_TRUE(has(es, "Pontificio Consiglio della Cultura", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Forze Armate", EntityType::kOrganisation));
  EXPECT_TRUE(has(es, "Alleanza Nazionale", EntityType::kOrganisation));
}

TEST(EntitiesKind, LeaderAfterAGovernmentIsAPersonThoughAWord) {
  // "letta" is also a word (read); after "governo" it is the leader's surname.
  auto es = kind_entities("La riforma fu approvata dal governo Letta nel 2013.");
  EXPECT_TRUE(has(es, "Letta", EntityType::kPerson));
}

TEST(EntitiesKind, OfficeAfterAFullNameIsAMentionOfItsOwn) {
  auto es = kind_entities("Nella tabella: Mario Rossi Ministero della Salute, Anna Bianchi Ministero della Difesa.");
  EXPECT_TRUE(has(es, "Mario Rossi", EntityType::kPerson));
  EXPECT_TRUE(has(es, "Ministero della Salute", EntityType::kOrganisation));
}

TEST(EntitiesKind, WorldRegionsAndSeasTheListsKnow) {
  auto es = kind_entities("Le navi pattugliano il Corno d'Africa e il Golfo Persico, fino in America Latina.");
  EXPECT_TRUE(has(es, "Corno d'Africa", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Golfo Persico", EntityType::kPlace));
  EXPECT_TRUE(has(es, "America Latina", EntityType::kPlace));
}

TEST(EntitiesKind, GenericHeadAloneNamesNoBody) {
  auto es = kind_entities("Gli studenti protestano, ma l'Università tace e il Governo risponde.");
  EXPECT_EQ(named(es, "Università"), nullptr) << entities_text(es);
  EXPECT_TRUE(has(es, "Governo", EntityType::kOrganisation));
}

TEST(EntitiesKind, YahooKeepsItsExclamationMarkAndStatoIslamicoIsAGroup) {
  std::string text = "Lo ha annunciato Yahoo! ieri, dopo un attacco dello Stato Islamico.";
  auto es = kind_entities(text);
  const Entity* yahoo = named(es, "Yahoo");
  ASSERT_NE(yahoo, nullptr) << entities_text(es);
  ASSERT_EQ(yahoo->spans.size(), 1u);
  EXPECT_EQ(text.substr(yahoo->spans[0].begin, yahoo->spans[0].end - yahoo->spans[0].begin), "Yahoo!");
  EXPECT_TRUE(has(es, "Stato Islamico", EntityType::kOrganisation));
}

TEST(EntitiesKind, BuildingsAndDistrictsTakeTheirNounAndIslandsDoNot) {
  auto es = kind_entities("La messa si è tenuta nella chiesa di San Luigi, vicino all'isola di Lampedusa.");
  EXPECT_TRUE(has(es, "chiesa di San Luigi", EntityType::kPlace));
  EXPECT_TRUE(has(es, "Lampedusa", EntityType::kPlace));
}

}  // namespace
}  // namespace newsdesk::analyze
