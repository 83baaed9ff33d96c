// Spanish date language (issue 7): rules the Spanish news texts need, one table per rule.
// Anchor: Wednesday 2025-09-03 at 10:00.
#include <gtest/gtest.h>

#include "analyze/date_durations.h"
#include "analyze/date_mentions.h"

namespace newsdesk::analyze {
namespace {

struct Case {
  const char* text;
  std::vector<std::string> want;  // "span=value" of each date found, left to right
};

void check(std::initializer_list<Case> cases) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", "10:00:00"};
  for (const Case& c : cases) {
    std::vector<std::string> got;
    for (const auto& d : find_dates(c.text, "es", anchor)) got.push_back(d.text + "=" + d.value());
    EXPECT_EQ(got, c.want) << c.text;
  }
}

TEST(DateSpanish, HourInWordsAfterABound) {
  check({
      {"nos vamos antes de las dos y media p.m.", {"antes de las dos y media p.m.=../T14:30:00"}},
      {"el martes antes de las dos de la tarde", {"martes antes de las dos de la tarde=../2025-09-02T14:00:00"}},
      {"la mayoría de las dos empresas", {}},
  });
}

TEST(DateSpanish, HolidaysAndPartsOfPeriods) {
  check({
      {"el día de la Tierra 2010", {"día de la Tierra 2010=2010-04-22"}},
      {"el día de San Patricio 2020", {"día de San Patricio 2020=2020-03-17"}},
      {"a comienzos de 2018", {"comienzos de 2018=2018-01-01/2018-04-30"}},
  });
}

TEST(DateSpanish, LeadingWordsOfTheSpan) {
  check({
      {"el lunes de la semana siguiente", {"lunes de la semana siguiente=2025-09-08"}},
      {"el mismo mes", {"mismo mes=2025-09"}},
      {"el trimestre siguiente", {"trimestre siguiente=2025-10-01/2025-12-31"}},
      {"en los próximos 5 minutos", {"próximos 5 minutos=2025-09-03T10:00:00/2025-09-03T10:05:00"}},
      {"a las 3 p.m. hoy", {"3 p.m. hoy=2025-09-03T15:00:00"}},
      {"la semana pasada", {"la semana pasada=2025-W35"}},  // a week alone keeps its article
  });
}

TEST(DateSpanish, ShadesOfTheDay) {
  check({
      {"pasado el mediodía", {"pasado el mediodía=T12:00:00/T16:00:00"}},
      {"más tarde pasado el mediodía", {"más tarde pasado el mediodía=T14:00:00/T16:00:00"}},
      {"al final del pasado mediodía", {"final del pasado mediodía=T14:00:00/T16:00:00"}},
      {"este pasado mediodía", {"este pasado mediodía=2025-09-03T12:00:00/2025-09-03T16:00:00"}},
      {"temprano en la mañana", {"temprano en la mañana=T08:00:00/T10:00:00"}},
      {"más tarde esta tarde", {"más tarde esta tarde=2025-09-03T18:00:00/2025-09-03T20:00:00"}},
      {"al final de la tarde", {"final de la tarde=T18:00:00/T20:00:00"}},
      {"al final del día", {"al final del día=2025-09-03T23:59:59"}},
      {"al fin de domingo", {"al fin de domingo=2025-08-31T23:59:59"}},
      {"a mediodía", {"mediodía=T12:00:00"}},  // noon alone stays noon
  });
}

TEST(DateSpanish, DatesMadeOfTwo) {
  check({
      {"el lunes esta semana", {"lunes esta semana=2025-09-01"}},
      {"el lunes la próxima semana", {"lunes la próxima semana=2025-09-08"}},
      {"la noche del 21 de septiembre", {"noche del 21 de septiembre=2025-09-21T20:00:00/2025-09-21T23:59:59"}},
      {"la compra hecha el 17 del 11", {"17 del 11=2025-11-17"}},
      {"el 31 del 2", {}},  // no such day
      {"el 3 del 5 al 10", {}},
      {"el 17 del 11/2", {"11/2=2026-02-11"}},  // a date of its own, not the 17th
  });
}

TEST(DateSpanish, AboutATimeAndHourLetters) {
  check({
      {"volveré cerca de mediodía", {"cerca de mediodía=T12:00:00"}},
      {"una reunión a las 3:00 h", {"3:00 h=T03:00:00"}},
      {"tan temprano como a las 7:00 a.m.", {"tan temprano como a las 7:00 a.m.=T07:00:00/.."}},
      {"¿haces eso cada finde?", {"cada finde=P1WE"}},
      {"cerca de 300 personas", {}},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", "10:00:00"};
  auto d = find_dates("volveré cerca de mediodía", "es", anchor);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].approx);
}

TEST(DateSpanish, FromNowAndFiscalYears) {
  check({
      {"ocurrirá 2 días a partir de ahora", {"2 días a partir de ahora=2025-09-05"}},
      {"volveré 3 minutos a partir de ahora", {"3 minutos a partir de ahora=2025-09-03T10:03:00"}},
      {"ganancias el último año fiscal", {"el último año fiscal=FY2024"}},
  });
}

TEST(DateSpanish, DayNounAndDottedHours) {
  check({
      {"una reserva el día 9 mayo", {"el día 9 mayo=2025-05-09"}},
      {"el lunes a las 2.30", {"lunes a las 2.30=2025-09-01T02:30:00"}},
      {"subió a las 2.30 euros", {}},
  });
}

TEST(DateSpanish, WholeUnitsAndDashedYears) {
  check({
      {"3º trimestre-2019", {"3º trimestre-2019=2019-07-01/2019-09-30"}},
  });
  auto d = find_durations("me iré por un mes entero", "es", {});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].text, "un mes entero");
}

TEST(DateSpanish, HalvesWithoutYearAndHoursWithTheirPart) {
  check({
      {"2º semestre traerá desafíos", {"2º semestre=2025-07-01/2025-12-31"}},
      {"volveré a las cinco y media mañana por la tarde", {"cinco y media mañana por la tarde=2025-09-04T17:30:00"}},
      {"volveré a las 7 del próximo domingo a la tarde", {"7 del próximo domingo a la tarde=2025-09-14T19:00:00"}},
  });
}

TEST(DateSpanish, SmallHoursAndHourLetter) {
  check({
      {"¿qué sucedió de madrugada?", {"madrugada=T04:00:00/T08:00:00"}},
      {"llegó por la madrugada", {"por la madrugada=T04:00:00/T08:00:00"}},
      {"cerca de las 14h", {"cerca de las 14h=T14:00:00"}},
  });
}

TEST(DateSpanish, ListsOfMonthsAreNoRanges) {
  check({
      {"las ventas en febrero, marzo y julio", {"febrero=2025-02", "marzo=2025-03", "julio=2025-07"}},
      {"entre marzo y julio", {"entre marzo y julio=2025-03-01/2025-06-30"}},
  });
}

}  // namespace
}  // namespace newsdesk::analyze
