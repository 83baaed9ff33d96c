// Dates per language: absolute, numeric and relative forms resolved against an anchor.
#include <gtest/gtest.h>

#include "analyze/date_durations.h"
#include "analyze/date_mentions.h"

namespace newsdesk::analyze {
namespace {

const Anchor kAnchor{CivilDate{2025, 9, 3}, "publication", ""};  // a Wednesday

std::vector<std::string> values(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (const auto& d : find_dates(text, lang, kAnchor)) out.push_back(d.text + "=" + d.value());
  return out;
}

using V = std::vector<std::string>;

TEST(DateMentions, Italian) {
  EXPECT_EQ(values("Il summit si è tenuto il 3 settembre 2025 a Pechino.", "it"), V{"il 3 settembre 2025=2025-09-03"});
  EXPECT_EQ(values("ieri e lo scorso anno", "it"), (V{"ieri=2025-09-02", "lo scorso anno=2024"}));
  EXPECT_EQ(values("l'anno scorso", "it"), V{"anno scorso=2024"});
  EXPECT_EQ(values("tre giorni fa", "it"), V{"tre giorni fa=2025-08-31"});
  EXPECT_EQ(values("la settimana prossima", "it"), V{"settimana prossima=2025-W37"});
  EXPECT_EQ(values("nel 2019", "it"), V{"2019=2019"});
  EXPECT_EQ(values("a settembre 2024", "it"), V{"settembre 2024=2024-09"});
}

TEST(DateMentions, English) {
  EXPECT_EQ(values("on Sept. 3 the leaders met", "en"), V{"Sept. 3=2025-09-03"});
  EXPECT_EQ(values("September 3, 2025", "en"), V{"September 3, 2025=2025-09-03"});
  EXPECT_EQ(values("last Thursday", "en"), V{"last Thursday=2025-08-28"});
  EXPECT_EQ(values("two weeks ago", "en"), V{"two weeks ago=2025-08-20"});
  EXPECT_EQ(values("yesterday", "en"), V{"yesterday=2025-09-02"});
  EXPECT_EQ(values("on 09/03/2025", "en"), V{"09/03/2025=2025-09-03"});
  EXPECT_EQ(values("next month", "en"), V{"next month=2025-10"});
}

TEST(DateMentions, German) {
  EXPECT_EQ(values("am 8. September 2023", "de"), V{"8. September 2023=2023-09-08"});
  EXPECT_EQ(values("vor zwei Wochen", "de"), V{"vor zwei Wochen=2025-08-20"});
  EXPECT_EQ(values("gestern", "de"), V{"gestern=2025-09-02"});
  EXPECT_EQ(values("am 22.04.", "de"), V{"22.04.=2025-04-22"});
  EXPECT_EQ(values("3.9.2025", "de"), V{"3.9.2025=2025-09-03"});
}

TEST(DateMentions, FrenchSpanishPortuguese) {
  EXPECT_EQ(values("le 1er mai 2025", "fr"), V{"1er mai 2025=2025-05-01"});
  EXPECT_EQ(values("il y a trois jours", "fr"), V{"il y a trois jours=2025-08-31"});
  EXPECT_EQ(values("15 de agosto de 2023", "es"), V{"15 de agosto de 2023=2023-08-15"});
  EXPECT_EQ(values("el martes", "es"), V{"martes=2025-09-02"});
  EXPECT_EQ(values("hace 2 años", "es"), V{"hace 2 años=2023-09-03"});
  EXPECT_EQ(values("ontem", "pt"), V{"ontem=2025-09-02"});
  EXPECT_EQ(values("no ano passado", "pt"), V{"ano passado=2024"});
}

TEST(DateMentions, RangesTimesQuarters) {
  EXPECT_EQ(values("dal 2010 al 2018", "it"), V{"dal 2010 al 2018=2010-01-01/2017-12-31"});
  EXPECT_EQ(values("entre el 1 de diciembre y el 4 de febrero", "es"),
            V{"entre el 1 de diciembre y el 4 de febrero=2025-12-01/2026-02-03"});
  EXPECT_EQ(values("between 3 and 12 of Sept", "en"), V{"between 3 and 12 of Sept=2025-09-03/2025-09-11"});
  EXPECT_EQ(values("domani alle 8:30", "it"), V{"domani alle 8:30=2025-09-04T08:30:00"});
  EXPECT_EQ(values("at 7:56:30 pm", "en"), V{"7:56:30 pm=T19:56:30"});
  EXPECT_EQ(values("nel prossimo trimestre", "it"), V{"prossimo trimestre=2025-10-01/2025-12-31"});
  EXPECT_EQ(values("gli ultimi 3 mesi", "it"), V{"ultimi 3 mesi=2025-06-03/2025-09-02"});
  EXPECT_EQ(values("en juillet 98", "fr"), V{"juillet 98=1998-07"});
  EXPECT_EQ(values("in carica dal 2019", "it"), V{"dal 2019=2019-01-01/.."});
  EXPECT_EQ(values("before 2018 or after 2020", "en"), (V{"before 2018=../2017-12-31", "after 2020=2021-01-01/.."}));
}

TEST(DateMentions, IsoAndAnchors) {
  auto d = find_dates("2025-09-03", "en", std::nullopt);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].value(), "2025-09-03");
  EXPECT_FALSE(d[0].uses_anchor);
  // No anchor and no absolute date: relative dates cannot be resolved.
  EXPECT_TRUE(find_dates("yesterday", "en", std::nullopt).empty());
  // Numbers are no dates.
  EXPECT_TRUE(find_dates("2.000 soldati e 5,3 per cento", "it", kAnchor).empty());
}

}  // namespace
}  // namespace newsdesk::analyze

namespace newsdesk::analyze {
namespace {

// A shift back past year 0 once read a month outside 1..12 (out-of-bounds table read).
TEST(DateMentions, ShiftsBeforeYearZero) {
  EXPECT_EQ(values("2,500 years ago", "en"), V{"2,500 years ago=-475-09-03"});
  EXPECT_EQ(values("il y a 3000 ans", "fr"), V{"il y a 3000 ans=-975-09-03"});
}

TEST(DateDurations, PeriodsInSeconds) {
  auto d = find_durations("Andrò via per 3,5 anni e per alcuni giorni", "it");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].iso, "P3.5Y");
  EXPECT_EQ(d[0].seconds, 110376000);
  EXPECT_TRUE(d[0].introduced);
  EXPECT_EQ(d[1].text, "alcuni giorni");
  EXPECT_EQ(d[1].seconds, 259200);
  EXPECT_TRUE(find_durations("Let's target a second round", "en").empty());
  // "3 giorni fa" is a date: its span is skipped.
  EXPECT_TRUE(find_durations("3 giorni fa", "it", {{0, 11}}).empty());
}

TEST(DateDurations, FrenchDepuisBelongsToTheSpan) {
  auto d = find_durations("La maison est vide depuis 3 ans", "fr");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].text, "depuis 3 ans");
  EXPECT_EQ(d[0].iso, "P3Y");
  EXPECT_TRUE(d[0].introduced);
}

// Nights and weekends counted are amounts of time: a night as a day, a weekend as its two days.
TEST(DateDurations, NightsAndWeekendsCounted) {
  struct Case {
    const char *lang, *text, *span, *iso;
    double seconds;
  };
  for (const Case& c : {Case{"en", "Book a room for two nights", "two nights", "P2D", 172800},
                        Case{"es", "una habitación para una noche", "una noche", "P1D", 86400},
                        Case{"it", "il corso dura tre fine settimana", "tre fine settimana", "P3WE", 518400},
                        Case{"es", "el curso dura tres fines de semana", "tres fines de semana", "P3WE", 518400}}) {
    auto d = find_durations(c.text, c.lang);
    ASSERT_EQ(d.size(), 1u) << c.text;
    EXPECT_EQ(d[0].text, c.span);
    EXPECT_EQ(d[0].iso, c.iso);
    EXPECT_EQ(d[0].seconds, c.seconds);
  }
  // counted, the plural is no recurring time; alone it still is one
  EXPECT_TRUE(values("the course lasts three weekends", "en").empty());
  EXPECT_TRUE(values("Book a room for 2 nights", "en").empty());
  EXPECT_EQ(values("every two weekends", "en"), V{"every two weekends=P2WE"});
  EXPECT_EQ(values("cada dos fines de semana", "es"), V{"cada dos fines de semana=P2WE"});
  EXPECT_EQ(values("I work nights", "en"), V{"nights=TNI"});
  EXPECT_EQ(values("open weekends", "en"), V{"weekends=P1WE"});
}

// "all day", "tutto il mese", "den ganzen Tag": one whole unit.
TEST(DateDurations, OneWholeUnit) {
  struct Case {
    const char *lang, *text, *span, *iso;
  };
  for (const Case& c : {Case{"en", "I'll leave for all day", "all day", "P1D"},
                        Case{"it", "Andrò via per tutto il mese", "tutto il mese", "P1M"},
                        Case{"es", "Mostrar ventas toda la semana", "toda la semana", "P1W"},
                        Case{"de", "Ich bin den ganzen Tag weg", "ganzen Tag", "P1D"},
                        Case{"en", "I'll leave for another day", "another day", "P1D"},  // one more
                        Case{"es", "Me iré por otro día", "otro día", "P1D"}}) {
    auto d = find_durations(c.text, c.lang);
    ASSERT_EQ(d.size(), 1u) << c.text;
    EXPECT_EQ(d[0].text, c.span);
    EXPECT_EQ(d[0].iso, c.iso);
  }
}

// "more than 4 days", "less than 2 hours": the comparison is part of the duration's span; "than 3" alone is not.
TEST(DateDurations, ComparisonBelongsToTheSpan) {
  auto d = find_durations("records more than 4 days and not less than 30 minutes", "en");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].text, "more than 4 days");
  EXPECT_EQ(d[0].iso, "P4D");
  EXPECT_EQ(d[1].text, "less than 30 minutes");
  EXPECT_EQ(d[1].seconds, 1800);
  auto plain = find_durations("bigger than 4 days", "en");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].text, "4 days");
}

}  // namespace
}  // namespace newsdesk::analyze
