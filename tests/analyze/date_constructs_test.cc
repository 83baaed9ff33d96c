// The date grammar added for parts of the day, time spans, sets, periods, holidays and
// moments, one table per construct, each in several languages. Anchor: Wednesday
// 2025-09-03 at 10:00.
#include <algorithm>

#include <gtest/gtest.h>

#include "analyze/date_durations.h"
#include "analyze/date_mentions.h"

namespace newsdesk::analyze {
namespace {

struct Case {
  const char* lang;
  const char* text;
  const char* want;  // "span=value" of the one date found
};

void check(std::initializer_list<Case> cases) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", "10:00:00"};
  for (const Case& c : cases) {
    std::vector<std::string> got;
    for (const auto& d : find_dates(c.text, c.lang, anchor)) got.push_back(d.text + "=" + d.value());
    EXPECT_EQ(got, std::vector<std::string>{c.want}) << c.lang << ": " << c.text;
  }
}

TEST(DateConstructs, TimeWithPartOfDay) {
  check({
      {"en", "at 5 in the evening", "5 in the evening=T17:00:00"},
      {"it", "alle 5 di sera", "5 di sera=T17:00:00"},
      {"es", "a las 7:56:30 de la tarde", "7:56:30 de la tarde=T19:56:30"},
      {"de", "um 8 Uhr abends", "8 Uhr abends=T20:00:00"},
  });
}

TEST(DateConstructs, DayWithPartOfDay) {
  check({
      {"en", "tomorrow night", "tomorrow night=2025-09-04T20:00:00/2025-09-04T23:59:59"},
      {"it", "domani sera", "domani sera=2025-09-04T16:00:00/2025-09-04T20:00:00"},
      {"es", "el martes por la mañana", "martes por la mañana=2025-09-02T08:00:00/2025-09-02T12:00:00"},
      {"fr", "demain soir", "demain soir=2025-09-04T16:00:00/2025-09-04T20:00:00"},
      {"de", "heute Abend", "heute Abend=2025-09-03T16:00:00/2025-09-03T20:00:00"},
      {"en", "this evening", "this evening=2025-09-03T16:00:00/2025-09-03T20:00:00"},
      {"it", "stasera", "stasera=2025-09-03T16:00:00/2025-09-03T20:00:00"},
      {"es", "esta tarde", "esta tarde=2025-09-03T16:00:00/2025-09-03T20:00:00"},
      {"fr", "ce soir", "ce soir=2025-09-03T16:00:00/2025-09-03T20:00:00"},
  });
}

TEST(DateConstructs, TimeSpans) {
  check({
      {"en", "from 5 to 6pm", "from 5 to 6pm=T17:00:00/T18:00:00"},
      {"it", "dalle 18 alle 21", "dalle 18 alle 21=T18:00:00/T21:00:00"},
      {"de", "von 17 bis 18 Uhr", "von 17 bis 18 Uhr=T17:00:00/T18:00:00"},
      {"es", "entre las 4 p.m. y las 5 p.m.", "entre las 4 p.m. y las 5 p.m.=T16:00:00/T17:00:00"},
      {"fr", "entre 4pm et 5pm", "entre 4pm et 5pm=T16:00:00/T17:00:00"},
      {"pt", "das 9h às 11h", "das 9h às 11h=T09:00:00/T11:00:00"},
      {"it", "tra le 5 e le 6 del pomeriggio", "tra le 5 e le 6 del pomeriggio=T17:00:00/T18:00:00"},
      {"en", "3:00 to 4:00 tomorrow", "3:00 to 4:00 tomorrow=2025-09-04T03:00:00/2025-09-04T04:00:00"},
      {"it", "dalle 5 alle 6pm del 22 aprile", "dalle 5 alle 6pm del 22 aprile=2025-04-22T17:00:00/2025-04-22T18:00:00"},
  });
}

TEST(DateConstructs, Now) {
  check({
      {"en", "now", "now=2025-09-03T10:00:00"},
      {"it", "adesso", "adesso=2025-09-03T10:00:00"},
      {"de", "jetzt", "jetzt=2025-09-03T10:00:00"},
      {"es", "ahora", "ahora=2025-09-03T10:00:00"},
  });
}

TEST(DateConstructs, Sets) {
  check({
      {"en", "every day", "every day=P1D"},
      {"it", "ogni lunedì alle 4pm", "ogni lunedì alle 4pm=XXXX-WXX-1T16"},
      {"es", "cada dos días", "cada dos días=P2D"},
      {"fr", "toutes les trois semaines", "toutes les trois semaines=P3W"},
      {"de", "jeden Donnerstag", "jeden Donnerstag=XXXX-WXX-4"},
      {"pt", "semanalmente", "semanalmente=P1W"},
      {"en", "3pm every day", "3pm every day=T15"},
      {"fr", "4pm chaque lundi", "4pm chaque lundi=XXXX-WXX-1T16"},
  });
}

TEST(DateConstructs, MonthNameAmongNumbers) {
  check({
      {"en", "Sep-23-2020", "Sep-23-2020=2020-09-23"},
      {"it", "2020/set/23", "2020/set/23=2020-09-23"},
      {"de", "23-2020-September", "23-2020-September=2020-09-23"},
      {"fr", "Sep-23-2020", "Sep-23-2020=2020-09-23"},
      {"fr", "le mer. 24 juin 2020", "mer. 24 juin 2020=2020-06-24"},
      {"it", "Tornerò il 3 ago.", "il 3 ago=2025-08-03"},  // the last dot closes the sentence
  });
}

TEST(DateConstructs, WeekdayWithDayNumber) {
  check({
      {"en", "Monday 21", "Monday 21=2025-07-21"},
      {"pt", "sexta-feira 13", "sexta-feira 13=2025-06-13"},
      {"es", "el viernes 29", "viernes 29=2025-08-29"},
      {"de", "Dienstag, der 16.", "Dienstag, der 16=2025-09-16"},  // the nearer one, after the anchor
      {"de", "für den 28.10.", "den 28.10.=2025-10-28"},
  });
}

TEST(DateConstructs, ShiftFromADate) {
  check({
      {"en", "three weeks from tomorrow", "three weeks from tomorrow=2025-09-25"},
      {"es", "dos días después de hoy", "dos días después de hoy=2025-09-05"},
      {"it", "tre giorni dopo Natale", "tre giorni dopo Natale=2024-12-28"},
      {"de", "zwei Wochen vor Weihnachten", "zwei Wochen vor Weihnachten=2024-12-11"},
  });
}

TEST(DateConstructs, WeekdayOfANamedWeek) {
  check({
      {"en", "Monday of next week", "Monday of next week=2025-09-08"},
      {"es", "el lunes de la semana siguiente", "lunes de la semana siguiente=2025-09-08"},
      {"it", "la prossima settimana di martedì", "prossima settimana di martedì=2025-09-09"},
      {"de", "nächste Woche Montag", "nächste Woche Montag=2025-09-08"},
  });
}

TEST(DateConstructs, PartsOfPeriods) {
  check({
      {"en", "the first week of July", "the first week of July=2025-06-30/2025-07-06"},
      {"es", "la última semana de 2016", "la última semana de 2016=2016-12-26/2017-01-01"},
      {"it", "il secondo trimestre del 2017", "il secondo trimestre del 2017=2017-04-01/2017-06-30"},
      {"pt", "primeiro semestre de 2024", "primeiro semestre de 2024=2024-01-01/2024-06-30"},
      {"en", "end of the month", "end of the month=2025-09-16/2025-09-30"},
      {"es", "mediados de noviembre", "mediados de noviembre=2025-11-10/2025-11-20"},
      {"fr", "fin de l'année", "fin de l'année=2025-07-01/2025-12-31"},
      {"de", "Ende 1989", "Ende 1989=1989-09-01/1989-12-31"},
  });
}

TEST(DateConstructs, Decades) {
  check({
      {"en", "the 1990s", "1990s=1990-01-01/1999-12-31"},
      {"es", "la década de 1990", "década de 1990=1990-01-01/1999-12-31"},
      {"it", "gli anni 80", "gli anni 80=1980-01-01/1989-12-31"},
  });
}

TEST(DateConstructs, Holidays) {
  check({
      {"en", "Christmas", "Christmas=2024-12-25"},
      {"it", "Pasqua 2024", "Pasqua 2024=2024-03-31"},
      {"de", "Ostermontag 2019", "Ostermontag 2019=2019-04-22"},
      {"es", "día del trabajador", "día del trabajador=2025-05-01"},
      {"fr", "Noël", "Noël=2024-12-25"},
      {"pt", "Carnaval 2025", "Carnaval 2025=2025-03-04"},
  });
}

TEST(DateConstructs, ClockWordsAndDayNumbers) {
  check({
      {"es", "a las ocho y veinte", "ocho y veinte=T08:20:00"},
      {"pt", "às 9h00", "9h00=T09:00:00"},
      {"pt", "dia 12", "dia 12=2025-08-12"},
      {"es", "el día 30", "el día 30=2025-08-30"},
      {"pt", "2 de outubro de 92", "2 de outubro de 92=1992-10-02"},
  });
}

TEST(DateConstructs, MomentsFromTheAnchor) {
  check({
      {"en", "in 5 minutes", "in 5 minutes=2025-09-03T10:05:00"},
      {"it", "tra un'ora", "tra un'ora=2025-09-03T11:00:00"},
      {"de", "vor zwei Stunden", "vor zwei Stunden=2025-09-03T08:00:00"},
      {"fr", "il y a 3 heures", "il y a 3 heures=2025-09-03T07:00:00"},
      {"en", "two hours ago", "two hours ago=2025-09-03T08:00:00"},
  });
}

TEST(DateConstructs, DayEndsAndDaySpans) {
  check({
      {"en", "last night", "last night=2025-09-02T20:00:00/2025-09-02T23:59:59"},
      {"en", "early this evening", "early this evening=2025-09-03T16:00:00/2025-09-03T18:00:00"},
      {"en", "end of tomorrow", "end of tomorrow=2025-09-04T23:59:59"},
      {"it", "alla fine di domenica", "alla fine di domenica=2025-08-31T23:59:59"},
      {"fr", "fin de demain", "fin de demain=2025-09-04T23:59:59"},
      {"en", "Monday 3-8", "Monday 3-8=2025-09-01T03:00:00/2025-09-01T08:00:00"},
      {"es", "el lunes de 3 a 5", "lunes de 3 a 5=2025-09-01T03:00:00/2025-09-01T05:00:00"},
      {"en", "from 10:30 to 3 on 1/1/2015", "from 10:30 to 3 on 1/1/2015=2015-01-01T10:30:00/2015-01-01T15:00:00"},
  });
}

TEST(DateConstructs, YearSpansWithinAndAmountsWithModifiers) {
  check({
      {"en", "between 2014-2018", "between 2014-2018=2014-01-01/2017-12-31"},
      {"es", "de 2014 ~ 2018", "de 2014 ~ 2018=2014-01-01/2017-12-31"},
      {"en", "within 9 months", "within 9 months=2025-09-03/2026-06-02"},
      {"es", "dentro de dos semanas", "dentro de dos semanas=2025-09-03/2025-09-16"},
      {"de", "innerhalb von 3 Tagen", "innerhalb von 3 Tagen=2025-09-03/2025-09-05"},
      {"es", "los 5 próximos años", "5 próximos años=2025-09-04/2030-09-03"},
      {"es", "10 semanas anteriores", "10 semanas anteriores=2025-06-25/2025-09-02"},
      {"en", "We will be only 3 next week.", "next week=2025-W37"},
  });
}

TEST(DateConstructs, RangesWithoutAYear) {
  check({
      {"es", "de mayo a marzo", "de mayo a marzo=2025-05-01/2026-02-28"},  // the one the anchor falls in
      {"es", "de 25/10 a 25/01", "de 25/10 a 25/01=2025-10-25/2026-01-24"},
      {"en", "from 10/1 to 11/7", "from 10/1 to 11/7=2025-10-01/2025-11-06"},
  });
}

TEST(DateConstructs, NamedTimesOfDay) {
  check({
      {"en", "at noon", "noon=T12:00:00"},
      {"en", "12 noon", "12 noon=T12:00:00"},
      {"it", "a mezzanotte", "mezzanotte=T00:00:00"},
      {"fr", "vendredi à midi", "vendredi à midi=2025-08-29T12:00:00"},
      {"es", "al mediodía", "mediodía=T12:00:00"},
      {"de", "um Mitternacht", "Mitternacht=T00:00:00"},
  });
}

TEST(DateConstructs, LaterAndEarlierInAPeriod) {
  check({
      {"en", "later this year", "later this year=2025-09-03/2025-12-31"},
      {"en", "earlier this month", "earlier this month=2025-09-01/2025-09-02"},
      {"en", "later in the year", "later in the year=2025-09-03/2025-12-31"},
      {"en", "earlier previous week", "earlier previous week=2025-08-25/2025-08-27"},
      {"es", "más tarde esta semana", "más tarde esta semana=2025-09-04/2025-09-07"},
      // the early part is cut at the anchor only when the anchor falls in it (as "later" is)
      {"es", "más temprano de este año", "más temprano de este año=2025-01-01/2025-06-30"},
      {"en", "earlier this month", "earlier this month=2025-09-01/2025-09-02"},
      // German may put "später"/"früh" after the period: its halves
      {"de", "könnte dieses Jahr später beginnen", "dieses Jahr später=2025-07-01/2025-12-31"},
      {"de", "Es kommt dieses Jahr früh", "dieses Jahr früh=2025-01-01/2025-06-30"},
  });
  // German: the anchor's own period after its article, also at the end of a sentence
  check({{"de", "Am Ende des Monats", "Ende des Monats=2025-09-16/2025-09-30"},
         {"de", "Ich bin geboren in dem Jahr.", "dem Jahr=2025"}});
  const Anchor late{CivilDate{2018, 5, 28}, "publication", ""};
  auto found = find_dates("We could have met earlier this month.", "en", late);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value(), "2018-05-01/2018-05-15");
}

TEST(DateConstructs, OpenFromADateOn) {
  check({
      {"en", "in 2018 or later", "2018 or later=2018-01-01/.."},
      {"en", "from 2020 onwards", "2020 onwards=2020-01-01/.."},
      {"es", "1/1/2016 y más tarde", "1/1/2016 y más tarde=2016-01-01/.."},
      {"it", "dal 2020 in poi", "dal 2020 in poi=2020-01-01/.."},
      {"pt", "de 2019 em diante", "2019 em diante=2019-01-01/.."},
  });
}

TEST(DateConstructs, RangesOfMonthsAndDays) {
  check({
      {"en", "from March to May", "from March to May=2025-03-01/2025-04-30"},
      {"en", "between august and october", "between august and october=2025-08-01/2025-09-30"},
      {"en", "from Sep to Nov", "from Sep to Nov=2025-09-01/2025-10-31"},
      {"es", "de sept. a nov.", "de sept. a nov.=2025-09-01/2025-10-31"},
      {"en", "Jan-Feb 2017", "Jan-Feb 2017=2017-01-01/2017-01-31"},
      {"es", "enero-febrero de 2017", "enero-febrero de 2017=2017-01-01/2017-01-31"},
      {"en", "Nov 18-Dec 19, 2015", "Nov 18-Dec 19, 2015=2015-11-18/2015-12-18"},
      {"en", "November 18-19", "November 18-19=2025-11-18/2025-11-18"},
      {"it", "novembre 19-20", "novembre 19-20=2025-11-19/2025-11-19"},
      {"en", "Feb 28th to March 1st, 2024", "Feb 28th to March 1st, 2024=2024-02-28/2024-02-29"},
  });
}

TEST(DateConstructs, TwoStepsAwayGerman) {
  check({
      {"de", "übernächste Woche", "übernächste Woche=2025-W38"},
      {"de", "vorletztes Jahr", "vorletztes Jahr=2023"},
      {"de", "in nächstem Jahr", "nächstem Jahr=2026"},
  });
}

TEST(DateConstructs, PartsOfTheDayAlone) {
  check({
      {"en", "in the morning", "in the morning=T08:00:00/T12:00:00"},
      {"it", "in serata", "in serata=T16:00:00/T20:00:00"},
      {"es", "por la mañana", "por la mañana=T08:00:00/T12:00:00"},
      {"de", "am Abend", "am Abend=T16:00:00/T20:00:00"},
      {"it", "al mattino", "al mattino=T08:00:00/T12:00:00"},
      {"en", "late afternoon", "late afternoon=T14:00:00/T16:00:00"},
      {"en", "early in the morning", "early in the morning=T08:00:00/T10:00:00"},
      {"en", "later in the afternoon", "later in the afternoon=T14:00:00/T16:00:00"},
  });
}

TEST(DateConstructs, YearAfterAPreposition) {
  check({
      {"en", "on 28 june in 2020", "28 june in 2020=2020-06-28"},
      {"en", "july 4th of 1995", "july 4th of 1995=1995-07-04"},
      {"en", "in April in 2016", "April in 2016=2016-04"},
      {"es", "el 3 de mayo en 2020", "3 de mayo en 2020=2020-05-03"},
  });
}

TEST(DateConstructs, DecadesFromTheAnchor) {
  check({
      {"en", "in the next decade", "the next decade=2030-01-01/2039-12-31"},
      {"pt", "na última década", "na última década=2010-01-01/2019-12-31"},
      {"es", "el último decenio", "el último decenio=2010-01-01/2019-12-31"},
  });
}

TEST(DateConstructs, UnitsAtTheStartOrEndOfAPeriod) {
  check({
      {"en", "the first six months of 2024", "the first six months of 2024=2024-01-01/2024-06-30"},
      {"en", "the last four months of 2021", "the last four months of 2021=2021-09-01/2021-12-31"},
      {"es", "los primeros diez días de 2020", "los primeros diez días de 2020=2020-01-01/2020-01-10"},
      {"pt", "as primeiras 2 semanas de 2021", "as primeiras 2 semanas de 2021=2021-01-04/2021-01-17"},
      {"it", "gli ultimi 3 mesi del 2023", "gli ultimi 3 mesi del 2023=2023-10-01/2023-12-31"},
      {"en", "the third month of 2021", "the third month of 2021=2021-03-01/2021-03-31"},
      {"pt", "na primeira semana de 2021", "na primeira semana de 2021=2021-01-04/2021-01-10"},
  });
}

TEST(DateConstructs, PortuguesePartsOfTheDayLeaveThePrepositionOut) {
  check({
      {"pt", "à noite", "noite=T20:00:00/T23:59:59"},
      {"pt", "na madrugada", "madrugada=T04:00:00/T08:00:00"},
  });
}

TEST(DateConstructs, QuartersAndHalvesByLetter) {
  check({
      {"en", "Q1 2019", "Q1 2019=2019-01-01/2019-03-31"},
      {"en", "2019-H2", "2019-H2=2019-07-01/2019-12-31"},
      {"en", "q3 of 2018", "q3 of 2018=2018-07-01/2018-09-30"},
      {"es", "2017 T1", "2017 T1=2017-01-01/2017-03-31"},
      {"es", "2017-t1 a 2018-t1", "2017-t1 a 2018-t1=2017-01-01/2017-12-31"},
      {"es", "el primer trimestre de 2017", "el primer trimestre de 2017=2017-01-01/2017-03-31"},
      {"es", "al final de año", "final de año=2025-07-01/2025-12-31"},
      {"de", "Q4 2024", "Q4 2024=2024-10-01/2024-12-31"},
  });
}

TEST(DateConstructs, OpenRangesAroundPartsOfPeriods) {
  check({
      {"en", "since late July", "since late July=2025-07-16/.."},
      {"en", "before early September", "before early September=../2025-08-31"},
      {"de", "ab Ende 1989", "ab Ende 1989=1989-09-01/.."},
      // an article between the word and the date
      {"en", "We have lived here since the end of 1989", "since the end of 1989=1989-09-01/.."},
      {"en", "I'll stay in China before the year 2019.", "before the year 2019=../2018-12-31"},
      {"en", "I'll stay in China after the year 2020.", "after the year 2020=2021-01-01/.."},
  });
}

// "after" a day starts on that day, as the specs read it; the longest bound phrase wins ("no later than"
// bounds before, "later than" after); Spanish keeps the article after the word ("desde el 1 de enero").
TEST(DateConstructs, BoundsOfDays) {
  check({
      {"en", "after January 1, 2007", "after January 1, 2007=2007-01-01/.."},
      {"en", "no later than January 1, 2010", "no later than January 1, 2010=../2009-12-31"},
      {"es", "desde el 1 de enero de 2010", "desde el 1 de enero de 2010=2010-01-01/.."},
      {"es", "no más tarde que el 1 de enero de 2007", "no más tarde que el 1 de enero de 2007=../2006-12-31"},
      {"en", "after mid May 2024", "after mid May 2024=2024-05-21/.."},
  });
}

TEST(DateConstructs, SpanishArticlesAndOrdinalDays) {
  check({
      {"es", "el próximo viernes", "próximo viernes=2025-09-12"},
      {"es", "el pasado mes", "el pasado mes=2025-08"},
      {"es", "el 1.º de julio", "1.º de julio=2025-07-01"},
      {"es", "el 1er de octubre", "1er de octubre=2025-10-01"},
      // "siguiente" before the unit as after it, "actual" after it: the anchor's own
      {"es", "para el siguiente trimestre", "siguiente trimestre=2025-10-01/2025-12-31"},
      {"es", "el mes actual", "el mes actual=2025-09"},
  });
}

TEST(DateConstructs, MoreRecurringTimes) {
  check({
      {"en", "once a week", "once a week=P1W"},
      {"en", "quarterly", "quarterly=P3M"},
      {"en", "Tuesdays at 9am", "Tuesdays at 9am=XXXX-WXX-2T09"},
      {"en", "Friday mornings", "Friday mornings=XXXX-WXX-5TMO"},
      {"en", "every other Friday", "every other Friday=XXXX-WXX-5"},
      {"en", "every evening at 7:13 p.m.", "every evening at 7:13 p.m.=T19:13"},
      {"de", "immer mittwochs", "immer mittwochs=XXXX-WXX-3"},
      {"fr", "tous les lundis", "tous les lundis=XXXX-WXX-1"},
      {"es", "una vez al año", "una vez al año=P1Y"},
      {"es", "cada dos viernes", "cada dos viernes=XXXX-WXX-5"},
      {"it", "semestrale", "semestrale=P0.5Y"},
  });
}

TEST(DateConstructs, TimeWithinAPartOfADay) {
  check({
      {"en", "tonight at 1am", "tonight at 1am=2025-09-03T01:00:00"},
      {"en", "last night at 8", "last night at 8=2025-09-02T20:00:00"},
      {"it", "stasera alle 9", "stasera alle 9=2025-09-03T21:00:00"},
      {"en", "at present", "at present=2025-09-03T10:00:00"},
      {"es", "al mediodía de hoy", "mediodía de hoy=2025-09-03T12:00:00"},
  });
}

TEST(DateConstructs, TimeSpanWithinAPartOfADay) {
  check({
      {"en", "tonight from 7 to 7:30", "tonight from 7 to 7:30=2025-09-03T19:00:00/2025-09-03T19:30:00"},
      {"en", "Monday morning from 10am to 12pm", "Monday morning from 10am to 12pm=2025-09-01T10:00:00/2025-09-01T12:00:00"},
      {"en", "between 7 and 9 last night", "between 7 and 9 last night=2025-09-02T19:00:00/2025-09-02T21:00:00"},
  });
}

TEST(DateConstructs, GermanWeekdayAndPartInOneWord) {
  check({
      {"de", "Montagnachmittag", "Montagnachmittag=2025-09-01T12:00:00/2025-09-01T16:00:00"},
      {"de", "nächsten Dienstagmorgen", "nächsten Dienstagmorgen=2025-09-09T08:00:00/2025-09-09T12:00:00"},
      {"de", "Dienstagspätabends", "Dienstagspätabends=2025-09-02T18:00:00/2025-09-02T20:00:00"},
      {"de", "sonntag frühmorgens um 8:00", "sonntag frühmorgens um 8:00=2025-08-31T08:00:00"},
      {"de", "spätabends", "spätabends=T18:00:00/T20:00:00"},
      {"de", "um 12 Uhr nachts", "12 Uhr nachts=T00:00:00"},
  });
}

TEST(DateConstructs, PluralModifiersAndTwoDigitYears) {
  check({
      {"fr", "au cours des dix derniers mois", "dix derniers mois=2024-11-03/2025-09-02"},
      {"fr", "les 3 prochaines semaines", "3 prochaines semaines=2025-09-04/2025-09-24"},
      {"fr", "En juillet 98, la France", "juillet 98=1998-07"},
      {"fr", "il ya 2 jours", "il ya 2 jours=2025-09-01"},
  });
}

TEST(DateConstructs, MinutesBeforeAndAfterTheHour) {
  check({
      {"en", "It's half past seven", "half past seven=T07:30:00"},
      {"en", "a quarter to 4pm", "a quarter to 4pm=T15:45:00"},
      {"en", "20 min past eight in the evening", "20 min past eight in the evening=T20:20:00"},
      {"it", "Sono le sette e mezza", "sette e mezza=T07:30:00"},
      {"it", "Sono le otto meno un quarto", "otto meno un quarto=T07:45:00"},
      {"it", "Sono le 8 meno un quarto del mattino", "8 meno un quarto del mattino=T07:45:00"},
      {"it", "Mancano 5 minuti alle 4", "5 minuti alle 4=T03:55:00"},
      {"de", "Es ist halb 8.", "halb 8=T07:30:00"},
      {"de", "Viertel nach 8 abends", "Viertel nach 8 abends=T20:15:00"},
      {"fr", "à sept heures moins dix", "sept heures moins dix=T06:50:00"},
      {"pt", "15 para as 8", "15 para as 8=T07:45:00"},
      {"pt", "vou voltar as 15 para as 8", "15 para as 8=T07:45:00"},
      {"pt", "amanhã 8 horas da manhã", "amanhã 8 horas da manhã=2025-09-04T08:00:00"},
  });
}

TEST(DateConstructs, TheWeekHoldingADay) {
  check({
      {"en", "the week of September 10th", "the week of September 10th=2025-09-08/2025-09-14"},
      {"en", "the week beginning February 4, 2025", "the week beginning February 4, 2025=2025-02-03/2025-02-09"},
      {"es", "la semana de 10 de septiembre", "la semana de 10 de septiembre=2025-09-08/2025-09-14"},
      {"es", "la semana que comienza el 4 de febrero de 2025", "la semana que comienza el 4 de febrero de 2025=2025-02-03/2025-02-09"},
  });
}

TEST(DateConstructs, ThePastWeekday) {
  check({
      {"en", "this past Monday", "this past Monday=2025-09-01"},
      {"en", "past Wednesday", "past Wednesday=2025-08-27"},
      {"es", "este pasado martes", "este pasado martes=2025-09-02"},
      {"es", "este martes pasado", "este martes pasado=2025-09-02"},
  });
}

TEST(DateConstructs, TwoDaysJoinedByAndStayTwo) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  std::vector<std::string> got;
  for (const auto& d : find_dates("on May 3 and May 5", "en", anchor)) got.push_back(d.text + "=" + d.value());
  EXPECT_EQ(got, (std::vector<std::string>{"May 3=2025-05-03", "May 5=2025-05-05"}));
}

// "around 1pm", "verso le 11": the word is in the span and the time is marked approximate.
TEST(DateConstructs, ApproximateTimes) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", "10:00:00"};
  for (const Case& c : std::initializer_list<Case>{
           {"en", "I felt sick around 1pm", "around 1pm=T13:00:00"},
           {"it", "Tornerò verso le 11", "verso le 11=T11:00:00"},
           {"de", "Ich bin gegen 7:56:30 abends zurück", "gegen 7:56:30 abends=T19:56:30"},
           {"es", "Volveré alrededor de las once", "alrededor de las once=T11:00:00"},
           {"es", "cerca de las 5:30 p.m.", "cerca de las 5:30 p.m.=T17:30:00"},
           {"pt", "por volta das 14:00", "por volta das 14:00=T14:00:00"},
       }) {
    auto found = find_dates(c.text, c.lang, anchor);
    ASSERT_EQ(found.size(), 1u) << c.lang << ": " << c.text;
    EXPECT_EQ(found[0].text + "=" + found[0].value(), c.want) << c.lang;
    EXPECT_TRUE(found[0].approx) << c.lang << ": " << c.text;
  }
  auto exact = find_dates("at 1pm", "en", anchor);
  ASSERT_EQ(exact.size(), 1u);
  EXPECT_FALSE(exact[0].approx);
}

// A time with since/after/before in front is open on one side; a day just before the word is its day.
TEST(DateConstructs, TimesBoundedOnOneSide) {
  check({
      {"en", "Shall we leave before 2.30pm?", "before 2.30pm=../T14:30:00"},
      {"en", "It will happen today before 4pm", "today before 4pm=../2025-09-03T16:00:00"},
      {"en", "It will happen 1/1/2015 after 2:00", "1/1/2015 after 2:00=2015-01-01T02:00:00/.."},
      {"de", "Was läuft auf TV ab 14 Uhr", "ab 14 Uhr=T14:00:00/.."},
      {"de", "gehe vor Mitternacht", "vor Mitternacht=../T00:00:00"},
      {"fr", "Je serai de retour demain avant 17h", "demain avant 17h=../2025-09-04T17:00:00"},
      {"es", "Sucederá hoy antes de las 4 p.m.", "hoy antes de las 4 p.m.=../2025-09-03T16:00:00"},
      {"pt", "se chegarmos antes das 7?", "antes das 7=../T07:00:00"},
      {"it", "prima delle 18", "prima delle 18=../T18:00:00"},
      {"es", "Voy a marchar tan tarde como 7 a.m.", "tan tarde como 7 a.m.=../T07:00:00"},
  });
}

// "within 5 minutes": the span of the day from the anchor's moment until then.
TEST(DateConstructs, WithinMinutesAndHours) {
  check({
      {"en", "I'll be back within 5 minutes", "within 5 minutes=2025-09-03T10:00:00/2025-09-03T10:05:00"},
      {"en", "I'll be back within 2h", "within 2h=2025-09-03T10:00:00/2025-09-03T12:00:00"},
      {"es", "Me iré dentro de dos minutos", "dentro de dos minutos=2025-09-03T10:00:00/2025-09-03T10:02:00"},
      {"de", "innerhalb von 30 Minuten", "innerhalb von 30 Minuten=2025-09-03T10:00:00/2025-09-03T10:30:00"},
  });
}

// "the year", "des Jahres": the anchor's own unit; "the day before" on its own: the day before it.
TEST(DateConstructs, TheAnchorsOwnUnit) {
  check({
      {"en", "we got Cloud partner of the year.", "the year=2025"},
      {"en", "Show sales in the week", "the week=2025-W36"},
      {"en", "I'm away for the month", "the month=2025-09"},
      {"en", "What happened the day before", "the day before=2025-09-02"},
      {"en", "What's your plan for the day after?", "the day after=2025-09-04"},
      {"de", "Es wurde zum Film des Jahres gekürt.", "des Jahres=2025"},
      {"de", "Das Jahr hatte Höhen und Tiefen.", "Das Jahr=2025"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const char* text : {"the day of the attack", "the year of the dragon"})
    EXPECT_TRUE(find_dates(text, "en", anchor).empty()) << text;
}

// Seasons and fiscal or school years have no agreed days: their TIMEX3 value, unresolved.
// A calendar year is the year.
TEST(DateConstructs, SeasonsAndFiscalYears) {
  check({
      {"en", "I'll leave this summer", "this summer=2025-SU"},
      {"en", "the whole summer", "summer=SU"},
      {"it", "Partirò questa estate", "questa estate=2025-SU"},
      {"es", "Saldré este verano", "este verano=2025-SU"},
      {"fr", "Je vais sortir cet été", "cet été=2025-SU"},
      {"de", "letzten Winter", "letzten Winter=2024-WI"},
      {"en", "gains in last fiscal year", "last fiscal year=FY2024"},
      {"en", "Show sales in the sy18", "sy18=SY2018"},
      {"es", "Muestra ventas en el año fiscal de 2016", "año fiscal de 2016=FY2016"},
      {"pt", "muitos ganhos neste ano letivo", "neste ano letivo=SY2025"},
      {"en", "Show sales in the calendar year 2008", "calendar year 2008=2008"},
      {"pt", "neste ano civil", "neste ano civil=2025"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  auto found = find_dates("in fiscal year", "en", anchor);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].unresolved, "FYXXXX");
  for (const char* text : {"prices fall", "j'ai été à la mer"})
    EXPECT_TRUE(find_dates(text, text[0] == 'j' ? "fr" : "en", anchor).empty()) << text;
}

// A beginning, middle or end of a period bounding a range (or after "before") stands for one day:
// the period's first day, its middle day, the day after it.
TEST(DateConstructs, PartsOfPeriodsAsRangeBounds) {
  check({
      {"en", "The range is from 2007 to the end of 2008.", "from 2007 to the end of 2008=2007-01-01/2008-12-31"},
      {"en", "from the middle of 2007 to the end of 2008", "from the middle of 2007 to the end of 2008=2007-07-02/2008-12-31"},
      {"en", "between the middle of March and the end of September",
       "between the middle of March and the end of September=2025-03-16/2025-09-30"},
      {"en", "I'll go back before end of this year", "before end of this year=../2025-12-31"},
  });
}

// English dates in number words: cardinal days next to a month, years in words.
TEST(DateConstructs, EnglishDatesInNumberWords) {
  check({
      {"en", "She was born on January twenty five nineteen eighty six", "January twenty five nineteen eighty six=1986-01-25"},
      {"en", "She was born on twenty five January nineteen eighty six", "twenty five January nineteen eighty six=1986-01-25"},
      {"en", "On fifteen August nineteen hundred ninety three, it started.", "fifteen August nineteen hundred ninety three=1993-08-15"},
      {"en", "The conference was in October two thousand and five", "October two thousand and five=2005-10"},
      {"en", "I'll go back May twenty nine", "May twenty nine=2025-05-29"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const char* text : {"One may ask a question", "In May twenty nine people died"})
    EXPECT_TRUE(find_dates(text, "en", anchor).empty()) << text;
}

// this/next/last before a day and month without a year: that day in the anchor's year, the next or
// the last; with a weekday between, the modifier is the weekday's and the year the anchor's.
TEST(DateConstructs, ModifiedDayAndMonth) {
  check({
      {"en", "This task should be done this 5/12", "this 5/12=2025-05-12"},
      {"en", "This task should be done next 6th of April", "next 6th of April=2026-04-06"},
      {"en", "This task should be done next friday 5/12", "next friday 5/12=2025-05-12"},
      {"es", "Esta tarea debe hacerse el próximo 12/05", "próximo 12/05=2026-05-12"},
      {"es", "una llamada este viernes 15 de junio con Jim", "este viernes 15 de junio=2025-06-15"},
      {"es", "de este 12/05 a próximo 19/05", "de este 12/05 a próximo 19/05=2025-05-12/2026-05-18"},
  });
}

// Two years or months joined by "and" with no "between" before them are two dates, not a span.
TEST(DateConstructs, YearsJoinedByAndAreTwoDates) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  std::vector<std::string> got;
  for (const auto& d : find_dates("Show sales in 2007 and 2009", "en", anchor)) got.push_back(d.text + "=" + d.value());
  EXPECT_EQ(got, (std::vector<std::string>{"2007=2007", "2009=2009"}));
  check({{"en", "between 2007 and 2009", "between 2007 and 2009=2007-01-01/2008-12-31"}});
}

// A day its month does not have is found and left unresolved; 29 February without a year is the
// last one before the anchor (and the next one after it).
TEST(DateConstructs, ImpossibleAndLeapDays) {
  check({
      {"en", "feb 30", "feb 30=XXXX-02-30"},
      {"es", "30 Feb 2019", "30 Feb 2019=2019-02-30"},
      {"it", "29/2/2019", "29/2/2019=2019-02-29"},
      {"en", "on February 29", "February 29=2024-02-29"},
      // a day and month alone on a line: one number past the months makes it no fraction
      {"es", "29/2", "29/2=2024-02-29"},
      {"en", "2/29", "2/29=2024-02-29"},
      {"fr", "30/2", "30/2=XXXX-02-30"},
      {"it", "Il punteggio:\n29/2\n", "29/2=2024-02-29"},
      {"es", "2019", "2019=2019"},  // a year alone on its line
      {"en", "Results\n2019\nmore text", "2019=2019"},
      {"de", "am 30/2", "30/2=XXXX-02-30"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  auto found = find_dates("on February 29", "en", anchor);
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].future_start.has_value());
  EXPECT_EQ(found[0].future_start->iso(), "2028-02-29");
  EXPECT_TRUE(find_dates("32/2/2019", "it", anchor).empty());
  EXPECT_TRUE(find_dates("1/3", "pt", anchor).empty());               // alone, but a fraction
  EXPECT_TRUE(find_dates("il punteggio 29/2", "it", anchor).empty());  // in a sentence, no date word
}

// Two days and months glued by a dash are a span, the first taking the second's year if it has one.
TEST(DateConstructs, DayMonthSpansWithADash) {
  check({
      {"it", "10/1-11/2/2017", "10/1-11/2/2017=2017-01-10/2017-02-10"},
      {"en", "The period is 10/1-11/2/2017", "10/1-11/2/2017=2017-10-01/2017-11-01"},
      {"de", "28/2-1/3", "28/2-1/3=2026-02-28/2026-02-28"},  // the nearer reading
      {"fr", "29/2-1/3/2019", "29/2-1/3/2019=(2019-02-29,2019-03-01,PXD)"},
      // no year: the end follows the start in each reading, though 1/3 alone would be 2025-03-01
      {"es", "29/2-1/3", "29/2-1/3=2024-02-29/2024-02-29"},
      {"it", "dal 28/12 al 3/1", "dal 28/12 al 3/1=2025-12-28/2026-01-02"},
      // a weekday ending a span is the first one after its start
      {"en", "a long vacation from next monday to friday", "from next monday to friday=2025-09-08/2025-09-11"},
      {"de", "nächsten Donnerstag bis Samstag", "nächsten Donnerstag bis Samstag=2025-09-11/2025-09-12"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  EXPECT_TRUE(find_dates("3/4", "en", anchor).empty());  // a fraction stays one
}

// Hours and minutes just before or after the anchor's moment (10:00).
TEST(DateConstructs, LastAndNextMinutesAndHours) {
  check({
      {"en", "I'll go back next hour", "next hour=2025-09-03T10:00:00/2025-09-03T11:00:00"},
      {"fr", "Je serai de retour dans les 2h", "dans les 2h=2025-09-03T10:00:00/2025-09-03T12:00:00"},
      {"es", "en 5 mins", "en 5 mins=2025-09-03T10:05:00"},  // Spanish short units
      {"es", "Voy a volver en 5 h", "en 5 h=2025-09-03T15:00:00"},
      {"en", "What happened in the 5 past minutes?", "5 past minutes=2025-09-03T09:55:00/2025-09-03T10:00:00"},
      {"it", "Tornerò la prossima ora", "la prossima ora=2025-09-03T10:00:00/2025-09-03T11:00:00"},
      {"es", "Conté 13 en el último minuto.", "último minuto=2025-09-03T09:59:00/2025-09-03T10:00:00"},
      {"pt", "Contei 3 nos 13 últimos minutos.", "13 últimos minutos=2025-09-03T09:47:00/2025-09-03T10:00:00"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", "10:00:00"};
  for (const char* text : {"this appointment shouldn't last two hours at all", "a deal struck at the last minute",
                           "a last-minute deal"})
    EXPECT_TRUE(find_dates(text, "en", anchor).empty()) << text;
}

// German "Uhr" after hours and minutes is part of the time ("10:30 Uhr", "um 18.12 Uhr").
TEST(DateConstructs, GermanUhrAfterMinutes) {
  check({
      {"de", "Was läuft um 10:30 Uhr?", "10:30 Uhr=T10:30:00"},
      {"de", "Lass uns um 18.12 uhr einen Kaffee trinken gehen", "18.12 uhr=T18:12:00"},
  });
}

// Abbreviated weekdays count in a list after a weekday (elsewhere only next to a date).
TEST(DateConstructs, AbbreviatedWeekdaysInLists) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  std::vector<std::string> got;
  for (const auto& d : find_dates("vamos nos encontrar na terça, qua, qui, ou sexta", "pt", anchor)) got.push_back(d.text);
  EXPECT_EQ(got, (std::vector<std::string>{"terça", "qua", "qui", "sexta"}));
  EXPECT_TRUE(find_dates("fomos ao mar", "es", anchor).empty());
}

// Italian "in" is a moment ahead only before hours and minutes ("in 3 anni" may be "over 3 years").
TEST(DateConstructs, ItalianInBeforeMinutes) {
  check({{"it", "in 5 minuti", "in 5 minuti=2025-09-03T10:05:00"}});
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", "10:00:00"};
  for (const char* text : {"in 3 anni ha cambiato tutto", "in 2000 hanno manifestato"})
    EXPECT_TRUE(find_dates(text, "it", anchor).empty()) << text;
}

// A bare year counts in a list after a day word, or alone at the end of a line after a word.
TEST(DateConstructs, BareYearsInListsAndAtLineEnds) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  auto texts = [&](const char* text, const char* lang) {
    std::vector<std::string> got;
    for (const auto& d : find_dates(text, lang, anchor)) got.push_back(d.text + "=" + d.value());
    return got;
  };
  EXPECT_EQ(texts("domingo hoy 2018", "es"), (std::vector<std::string>{"domingo=2025-08-31", "hoy=2025-09-03", "2018=2018"}));
  EXPECT_EQ(texts("30.04.2022 12:04 some text 2020", "en"),
            (std::vector<std::string>{"30.04.2022 12:04=2022-04-30T12:04:00", "2020=2020"}));
  EXPECT_TRUE(texts("Is this a valid date? 32 - 2015", "en").empty());
  EXPECT_TRUE(texts("they counted 2018 ballots", "en").empty());
}

// An abbreviated weekday before a time of day: "Sat at 5", "sáb. a las 5", "sexta as 4".
TEST(DateConstructs, AbbreviatedWeekdayBeforeATime) {
  check({
      {"en", "Party for Ted on Sat at 5pm.", "Sat at 5pm=2025-08-30T17:00:00"},
      {"es", "Fiesta para Ted el sáb. a las 5 p.m.", "sáb. a las 5 p.m.=2025-08-30T17:00:00"},
  });
}

// "week 31", "semana 27 del año pasado": the ISO week with that number.
TEST(DateConstructs, NumberedWeeks) {
  check({
      {"en", "Show sales in the week 31", "week 31=2025-07-28/2025-08-03"},
      {"en", "Show sales in the week 3 of 2027", "week 3 of 2027=2027-01-18/2027-01-24"},
      {"es", "Mostrar ventas en la semana 27 del año pasado", "semana 27 del año pasado=2024-07-01/2024-07-07"},
      {"pt", "Estarei fora na semana 3 de dois mil e vinte e sete", "semana 3 de dois mil e vinte e sete=2027-01-18/2027-01-24"},
  });
}

// "anoche" is last night (a part of yesterday); "lendemain" the day after the anchor.
TEST(DateConstructs, LastNightAndTheDayAfter) {
  check({
      {"es", "Anoche 26 personas desaparecieron", "Anoche=2025-09-02T20:00:00/2025-09-02T23:59:59"},
      {"es", "pasó anoche a las 8.", "anoche a las 8=2025-09-02T20:00:00"},
      {"fr", "Je reviendrai lendemain", "lendemain=2025-09-04"},
  });
}

// French dates as three groups of digits with spaces; a phone number is none.
TEST(DateConstructs, FrenchSpacedDigitDates) {
  check({
      {"fr", "Je retournerai 02 04 2009 à la maison.", "02 04 2009=2009-04-02"},
      {"fr", "Je retournerai 18 8 78.", "18 8 78=1978-08-18"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  EXPECT_TRUE(find_dates("Appelez le 06 12 34 56 78", "fr", anchor).empty());
}

TEST(DateConstructs, NoFalseTimes) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const Case& c : std::initializer_list<Case>{
           {"pt", "a doze anos de distância", ""},
           {"en", "at one point the talks stalled", ""},
           {"de", "Guten Morgen, Berlin", ""},
           {"en", "from 20 to 30 people", ""},
           {"it", "tra il 3 e il 12 di settembre", "tra il 3 e il 12 di settembre=2025-09-03/2025-09-11"},
           {"es", "mañana a las 12", "mañana a las 12=2025-09-04T12:00:00"},
       }) {
    std::vector<std::string> got, want;
    for (const auto& d : find_dates(c.text, c.lang, anchor)) got.push_back(d.text + "=" + d.value());
    if (*c.want) want.push_back(c.want);
    EXPECT_EQ(got, want) << c.lang << ": " << c.text;
  }
}

TEST(DateConstructs, MomentWithoutAnchorTimeIsTheDay) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  auto found = find_dates("two hours ago", "en", anchor);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value(), "2025-09-03");
}

// A meal as hours of the day: with "at"/"around" in front, "after"/"before" one side of it, or
// a word naming the time; a day beside it stays its own date. A meal alone is no time.
TEST(DateConstructs, MealTimes) {
  check({
      {"en", "let's meet after breakfast", "after breakfast=T12:00:00/.."},
      {"en", "let's meet before lunch", "before lunch=../T11:00:00"},
      {"en", "let's meet around dinner", "around dinner=T16:00:00/T20:00:00"},
      {"en", "another lunchtime filled with carols", "lunchtime=T11:00:00/T13:00:00"},
      {"en", "we talked at dinner time", "at dinner time=T16:00:00/T20:00:00"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  std::vector<std::string> got;
  for (const auto& d : find_dates("let's meet at lunch tomorrow", "en", anchor)) got.push_back(d.text + "=" + d.value());
  EXPECT_EQ(got, (std::vector<std::string>{"at lunch=T11:00:00/T13:00:00", "tomorrow=2025-09-04"}));
  for (const char* text : {"We will have lunch together with Jim", "Book this lunch in my calendar",
                           "dinner with mom", "the breakfast club"})
    EXPECT_TRUE(find_dates(text, "en", anchor).empty()) << text;
}

// A fortnight: two weeks from the anchor's Monday (Monday 2025-09-01 here), or fourteen days as an amount.
TEST(DateConstructs, Fortnights) {
  check({
      {"en", "I'm unavailable the fortnight", "the fortnight=2025-09-01/2025-09-14"},
      {"en", "over the past fortnight", "past fortnight=2025-08-18/2025-08-31"},
      {"en", "in the next fortnight", "next fortnight=2025-09-15/2025-09-28"},
      {"en", "in a fortnight's time", "in a fortnight=2025-09-17"},
      {"en", "a fortnight later", "a fortnight later=2025-09-17"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const char* text : {"a fortnightly magazine", "fortnight"})
    EXPECT_TRUE(find_dates(text, "en", anchor).empty()) << text;
}

// A bare day of the month after a time and "del"/"de": that day of the nearest month; a number
// that goes on (a percentage, a count of things) is no day.
TEST(DateConstructs, TimeThenBareDay) {
  check({
      {"es", "a las siete del 15", "siete del 15=2025-08-15T07:00:00"},
      {"es", "a las siete de la tarde del 15", "siete de la tarde del 15=2025-08-15T19:00:00"},
      {"it", "alle 9 del 2.", "9 del 2=2025-09-02T09:00:00"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const char* text : {"a las siete del 15%", "a las siete del 15 personas"}) {
    auto found = find_dates(text, "es", anchor);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].value(), "T07:00:00") << text;
  }
}

// A century by its ordinal number; a number without the suffix, or a year, is none.
TEST(DateConstructs, Centuries) {
  check({
      {"en", "It happens in 15th  century", "15th  century=1400-01-01/1499-12-31"},
      {"en", "records in the 21st century", "21st century=2000-01-01/2099-12-31"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const char* text : {"15 century", "a century ago we met"})
    EXPECT_TRUE(find_dates(text, "en", anchor).empty()) << text;
}

// "the same week", "la misma semana": the anchor's own period, as "this week"; "same" before other words is none.
TEST(DateConstructs, SamePeriodIsTheAnchors) {
  check({
      {"en", "I was not there the same week", "same week=2025-W36"},
      {"en", "I was not there the same year", "same year=2025"},
      {"es", "No estuve allí la misma semana", "misma semana=2025-W36"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const char* text : {"at the same time", "the same people came back"})
    EXPECT_TRUE(find_dates(text, "en", anchor).empty()) << text;
}

// German gives the month by number too, as digits with their dot or an ordinal word, after a cue.
TEST(DateConstructs, GermanMonthsByNumber) {
  check({
      {"de", "Ich komme am 7. vierter zurück.", "7. vierter=2025-04-07"},
      {"de", "Ich komme am siebter 4. zurück.", "siebter 4.=2025-04-07"},
      {"de", "Das Treffen ist am 27. 11.", "27. 11.=2025-11-27"},
      {"de", "Das Treffen ist am dritter/11.", "dritter/11.=2025-11-03"},
      {"de", "Ich komme am Donnerstag, den siebten vierten zurück.", "Donnerstag, den siebten vierten=2025-04-07"},
      {"de", "Das Treffen ist Donnerstag 7. vierter 2016.", "Donnerstag 7. vierter 2016=2016-04-07"},
      {"de", "Wir sehen uns am dritten März.", "dritten März=2026-03-03"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  EXPECT_TRUE(find_dates("Sie wurde 7. vierter Platz.", "de", anchor).empty());  // two ranks, no cue
  EXPECT_TRUE(find_dates("am 7. 4 Tore", "de", anchor).empty());                  // digits without their dot
}

// A run of whole quarters or decades counts from the anchor's quarter (July-September) or decade
// (the 2020s), not from its day.
TEST(DateConstructs, QuarterAndDecadeRuns) {
  check({
      {"en", "sales for the last 2 quarters", "last 2 quarters=2025-01-01/2025-06-30"},
      {"en", "sales for the coming three quarters", "coming three quarters=2025-10-01/2026-06-30"},
      {"es", "ventas de los últimos dos trimestres", "últimos dos trimestres=2025-01-01/2025-06-30"},
      {"it", "vendite dei prossimi 3 trimestri", "prossimi 3 trimestri=2025-10-01/2026-06-30"},
      {"en", "completed in the next two decades", "the next two decades=2030-01-01/2049-12-31"},
      {"pt", "concluído nas próximas duas décadas", "nas próximas duas décadas=2030-01-01/2049-12-31"},
      {"es", "en las últimas dos décadas", "las últimas dos décadas=2000-01-01/2019-12-31"},
      // business days count Monday to Friday (the anchor is a Wednesday)
      {"en", "for the next 4 business days", "next 4 business days=2025-09-04/2025-09-09"},
      {"en", "for the previous 4 business days", "previous 4 business days=2025-08-28/2025-09-02"},
      {"de", "in den nächsten 3 Werktagen", "nächsten 3 Werktagen=2025-09-04/2025-09-08"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  EXPECT_TRUE(find_dates("three quarters of the voters", "en", anchor).empty());
}

// Two days of one month with the month written once: a span from the first day to the last.
TEST(DateConstructs, DaysOfOneMonth) {
  check({
      {"en", "i am off april 9th through 17th", "april 9th through 17th=2025-04-09/2025-04-16"},
      {"en", "i am off from april the ninth till the seventeenth", "from april the ninth till the seventeenth=2025-04-09/2025-04-16"},
      {"en", "i am off between the ninth and the seventeenth of april", "between the ninth and the seventeenth of april=2025-04-09/2025-04-16"},
      {"en", "9 to 12 of June: a festival", "9 to 12 of June=2025-06-09/2025-06-11"},
      {"es", "9 a 12 de junio: otro festival", "9 a 12 de junio=2025-06-09/2025-06-11"},
      {"es", "Viajaré de 26 a 28 de junio en 2020.", "de 26 a 28 de junio en 2020=2020-06-26/2020-06-27"},
      {"de", "Ich bin zwischen dem 3. und dem 12. September nicht da",
       "zwischen dem 3. und dem 12. September=2025-09-03/2025-09-11"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  // "and" without "between" joins two dates; an hour after "to" is no day
  std::vector<std::string> got;
  for (const auto& d : find_dates("the 3 and 4 of May", "en", anchor)) got.push_back(d.text);
  EXPECT_EQ(got, std::vector<std::string>{"4 of May"});
  got.clear();
  for (const auto& d : find_dates("open april 9th to 5pm", "en", anchor)) got.push_back(d.text + "=" + d.value());
  for (const auto& g : got) EXPECT_EQ(g.find("/"), std::string::npos) << g;
}

// Year, month and day as digits with the year first: glued ("20161016", in a file name) or spaced.
TEST(DateConstructs, YearMonthDayDigits) {
  check({
      {"en", "I'll go back 20161016.", "20161016=2016-10-16"},
      {"en", "www.example2.com/data/report-20170302.html", "20170302=2017-03-02"},
      {"en", "On 2016 10 16, the conference started.", "2016 10 16=2016-10-16"},
      {"it", "il file 20200701.pdf", "20200701=2020-07-01"},
      // year, day, then the month's name
      {"de", "Ich werde am 2020/23/Sep.", "2020/23/Sep=2020-09-23"},
      {"pt", "Eu voltarei 2020/23/set.", "2020/23/set=2020-09-23"},
      // a month and its year
      {"en", "Is this a valid date? 12-2015", "12-2015=2015-12"},
      {"es", "vence en 3/2019.", "3/2019=2019-03"},
      // day, month in digits and year joined by "de"
      {"pt", "eles se conheceram em 9 de 8 de 1971", "9 de 8 de 1971=1971-08-09"},
      {"es", "se conocieron el 9 de 8 de 1971", "9 de 8 de 1971=1971-08-09"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const char* text : {"call 20123456", "id 20161016123", "codes 2016 10 16 20", "Is this a valid date? 32-2015",
                           "Tel: 000 111 12-2100"})
    EXPECT_TRUE(find_dates(text, "en", anchor).empty()) << text;
}

// A day counted in a month: named, or next to the anchor's (September 2025).
TEST(DateConstructs, CountedDayOfAMonth) {
  check({
      {"en", "We will come back on the 15th day of next month", "the 15th day of next month=2025-10-15"},
      {"en", "before the twenty-sixth day of the month", "before the twenty-sixth day of the month=../2025-09-25"},
      {"en", "after the 15th day of June", "after the 15th day of June=2025-06-15/.."},
      {"es", "¿puedes preparar algo para el día 21 de este mes?", "el día 21 de este mes=2025-09-21"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  // an amount of days is no day of it ("the month" alone is the anchor's); September has no 31st
  std::vector<std::string> got;
  for (const auto& d : find_dates("it took 15 days of the month", "en", anchor)) got.push_back(d.text);
  EXPECT_EQ(got, std::vector<std::string>{"the month"});
  EXPECT_TRUE(find_dates("the 31st day of the month", "en", anchor).empty());
}

// A weekday and a day of the month: the latest such day, whichever comes first ("le 25 mardi") or
// with "el día" between ("martes el día once"). September 2025: the 11th fell on a Thursday.
TEST(DateConstructs, WeekdayWithItsDay) {
  check({
      {"es", "Vamos a tomar un café el jueves el día once.", "jueves el día once=2025-09-11"},
      {"es", "Regresaré martes el dia 26", "martes el dia 26=2025-08-26"},
      {"fr", "Mon prochain salaire sera le 25 Mardi", "le 25 Mardi=2025-11-25"},
      {"fr", "sera le vingt-cinq Mardi", "le vingt-cinq Mardi=2025-11-25"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  std::vector<std::string> got;
  for (const auto& d : find_dates("le 25 mardi 3 mars", "fr", anchor)) got.push_back(d.text);
  EXPECT_EQ(std::count(got.begin(), got.end(), "le 25 mardi"), 0);
}

// The working week is its Monday to Friday (the anchor's week: 1 to 5 September 2025).
TEST(DateConstructs, WorkWeeks) {
  check({
      {"en", "It will happen this working week", "this working week=2025-09-01/2025-09-05"},
      {"en", "It will happen on next workweek", "next workweek=2025-09-08/2025-09-12"},
      {"de", "Es wird nächste Arbeitswoche passieren", "nächste Arbeitswoche=2025-09-08/2025-09-12"},
      {"es", "la semana laboral pasada", "la semana laboral pasada=2025-08-25/2025-08-29"},
  });
}

// A bare day after its article, alone or before a time of it: a day of the anchor's month or the one
// before (September 2025; the 17th has not come yet).
TEST(DateConstructs, BareDayAfterItsArticle) {
  check({
      {"fr", "je reviendrai le 23", "23=2025-08-23"},
      {"fr", "Je serai le 17 de 14h à 16h", "17 de 14h à 16h=2025-08-17T14:00:00/2025-08-17T16:00:00"},
      {"fr", "Je vais partir le 17 pour trois heures", "17=2025-08-17"},  // the duration is find_durations
      {"en", "It will happen on the 17 from 2pm to 4pm", "the 17 from 2pm to 4pm=2025-08-17T14:00:00/2025-08-17T16:00:00"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  EXPECT_TRUE(find_dates("il a gagné le 3 sur 5", "fr", anchor).empty());
  // after "entre" the joiner ends the first hour; "14 et 16" alone is 14:16
  check({{"fr", "Je serai le 17 entre 14 et 16", "17 entre 14 et 16=2025-08-17T14:00:00/2025-08-17T16:00:00"},
         {"fr", "Je vais partir entre 17 et 18 apres-midi", "entre 17 et 18 apres-midi=T17:00:00/T18:00:00"},
         {"fr", "Il est 14 et 16", "14 et 16=T14:16:00"}});
  EXPECT_TRUE(find_dates("we live on the 17 floors", "en", anchor).empty());
}

// English short halves of the day glued to the hour after "at": "9a", "8:45a", "7p".
TEST(DateConstructs, ShortMeridiem) {
  check({
      {"en", "Please book a call today at 9p.", "today at 9p=2025-09-03T21:00:00"},
      {"en", "I'll be back tomorrow at 8:45a.", "tomorrow at 8:45a=2025-09-04T08:45:00"},
      {"en", "I'll be back at 7p", "7p=T19:00:00"},
      // hours and minutes in four digits with their half of the day
      {"en", "I'll be back 1140 a.m.", "1140 a.m.=T11:40:00"},
      {"it", "Tornerò alle 1230 pm", "1230 pm=T12:30:00"},
      // minutes after the half of the day
      {"pt", "vou voltar 8pm e meia", "8pm e meia=T20:30:00"},
      {"es", "Regresaré a las 8 pm menos cuarto", "8 pm menos cuarto=T19:45:00"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  EXPECT_TRUE(find_dates("See Room 9a and exhibit 7p", "en", anchor).empty());
  EXPECT_TRUE(find_dates("room 1175 am", "en", anchor).empty());  // 11:75 is no time
  EXPECT_TRUE(find_dates("meet at 9ab", "en", anchor).empty());
}

// A time and how long from it is a span of that day; one that would run past midnight is none.
TEST(DateConstructs, TimeForAnAmount) {
  check({
      {"en", "The meeting is start from 9 for 2.5 hrs", "from 9 for 2.5 hrs=T09:00:00/T11:30:00"},
      {"en", "The meeting will last for 3 hours from 10 am", "for 3 hours from 10 am=T10:00:00/T13:00:00"},
      {"en", "The meeting is start from 10 am for 3 hours 30 minutes",
       "from 10 am for 3 hours 30 minutes=T10:00:00/T13:30:00"},
      {"en", "Book meeting room on 14th Feb for 7 hours from 9:30am",
       "14th Feb for 7 hours from 9:30am=2026-02-14T09:30:00/2026-02-14T16:30:00"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const auto& d : find_dates("open from 10 pm for 5 hours", "en", anchor)) EXPECT_TRUE(d.time_end.empty()) << d.text;
}

// So many days or weeks from a day on are a span of days; without "for", "3 days from today" is one day.
TEST(DateConstructs, DaysFromADay) {
  check({
      {"en", "set ooo for a week starting tomorrow", "a week starting tomorrow=2025-09-04/2025-09-10"},
      {"en", "replies for 3 days starting from next Monday", "3 days starting from next Monday=2025-09-08/2025-09-10"},
      {"en", "set OOO for 1 week, from 20th dec", "for 1 week, from 20th dec=2025-12-20/2025-12-26"},
      {"en", "I will be back 3 days from today", "3 days from today=2025-09-06"},
  });
}

// "in"/"within" before an amount counted from a day leave it to that day ("in two days from today").
TEST(DateConstructs, AmountFromADayAfterIn) {
  check({
      {"en", "I will leave in two days from today", "two days from today=2025-09-05"},
      {"en", "Are you available three weeks from tmrw?", "three weeks from tmrw=2025-09-25"},
      {"es", "¿Estás disponible dentro de tres semanas a partir de mañana?", "tres semanas a partir de mañana=2025-09-25"},
      {"es", "Me iré en dos días", "en dos días=2025-09-05"},
  });
}

// Spanish: the article before a unit alone names the anchor's own; the specs keep it only with "día".
TEST(DateConstructs, SpanishUnitAfterItsArticle) {
  check({
      {"es", "Oye, tenemos un socio del mes.", "mes=2025-09"},
      {"es", "Mostrar las ventas de la semana", "semana=2025-W36"},
      {"es", "Oye, tenemos un socio del día.", "del día=2025-09-03"},
      {"fr", "la journée", "la journée=2025-09-03"},  // French too (its specs keep "avant le 15.05.99" a date alone)
      {"fr", "Il y a à peu près un mois.", "Il y a à peu près un mois=2025-08-03"},  // "about" before the amount
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  // an amount of time, and a kind of year, are no unit of the anchor
  for (const auto& d : find_dates("Mostrar ventas toda la semana", "es", anchor)) EXPECT_NE(d.text, "semana");
  for (const auto& d : find_dates("Mostrar ventas el año fiscal", "es", anchor)) EXPECT_NE(d.text, "año");
}

// "upcoming" after an amount counts forward from the day after the anchor, as "next" does.
TEST(DateConstructs, UpcomingAmounts) {
  check({
      {"en", "What will happen in the 5 upcoming years?", "5 upcoming years=2025-09-04/2030-09-03"},
      {"en", "in the next 2 months", "next 2 months=2025-09-04/2025-11-03"},
  });
}

// A year after a comparison sign: from it on, after it, up to its end, before it, or itself.
TEST(DateConstructs, ComparedYears) {
  check({
      {"en", "> = 2019", "> = 2019=2019-01-01/.."},
      {"es", "<= 2019", "<= 2019=../2019-12-31"},
      {"en", "year > 2019", "> 2019=2020-01-01/.."},
      {"en", "year < 2019", "< 2019=../2018-12-31"},
      {"en", "=2019", "=2019=2019"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  EXPECT_TRUE(find_dates("x >= 20190 and y = 2019.5", "en", anchor).empty());
}

// Decades written with a loose "s", two digits, or in words.
TEST(DateConstructs, DecadesInMoreForms) {
  check({
      {"en", "Who are us presidents in 1990 s.", "1990 s=1990-01-01/1999-12-31"},
      {"en", "Who are us presidents in 90 s.", "90 s=1990-01-01/1999-12-31"},
      {"en", "Who are us presidents in nineties", "nineties=1990-01-01/1999-12-31"},
      {"es", "en los años noventa", "los años noventa=1990-01-01/1999-12-31"},
      {"fr", "dans les années quatre-vingt-dix ?", "les années quatre-vingt-dix=1990-01-01/1999-12-31"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  EXPECT_TRUE(find_dates("it took 1990 seconds", "en", anchor).empty());
}

// Hours and minutes as four digits after an opener; two years stay years.
TEST(DateConstructs, FourDigitClockSpans) {
  check({
      {"en", "Where were you between 0730-0930?", "between 0730-0930=T07:30:00/T09:30:00"},
      {"es", "¿Dónde estabas entre 0930-0730?", "entre 0930-0730=T09:30:00/T19:30:00"},
      {"en", "The range is between 2014-2018.", "between 2014-2018=2014-01-01/2017-12-31"},
  });
}

// German words: "gegen" before a part of the day, "mitternachts", "Mittagszeit", "Tg." for days.
TEST(DateConstructs, GermanTimeWords) {
  check({
      {"de", "Lass uns mal gegen Abend treffen", "gegen Abend=T16:00:00/T20:00:00"},
      {"de", "Selbst mitternachts hat es geöffnet.", "mitternachts=T00:00:00"},
      {"de", "gehe zur Mittagszeit", "Mittagszeit=T12:00:00"},
      {"de", "Ich besuche dich in 15 Tg.", "in 15 Tg=2025-09-18"},
      // a part of the day after the time of a daily set
      {"de", "Ich gehe jeden Tag um 3 Uhr Nachmittags", "jeden Tag um 3 Uhr Nachmittags=T15"},
      {"en", "every day at 7 in the evening", "every day at 7 in the evening=T19"},
      // "im" between a week and its month
      {"de", "Das wäre dann in der letzten Woche im Juli", "der letzten Woche im Juli=2025-07-28/2025-08-03"},
  });
  auto d = find_durations("Setze Timer auf eine Viertelstunde.", "de");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].text, "eine Viertelstunde");
  EXPECT_EQ(d[0].iso, "PT15M");
  EXPECT_EQ(d[0].seconds, 900);
}

// Italian keeps "il" with a day in digits, as with "il 22/04", not before a day in words.
TEST(DateConstructs, ItalianArticleBeforeDigits) {
  check({
      {"it", "Tornerò il 14 Ottobre", "il 14 Ottobre=2025-10-14"},
      {"it", "Tornerò il ventinove maggio", "ventinove maggio=2025-05-29"},
      // an elided article before the ordinal of a period
      {"it", "Sarò fuori l'ultima settimana di luglio", "l'ultima settimana di luglio=2025-07-28/2025-08-03"},
      // before a weekday the article of "il prossimo" stays out; before a unit alone it stays in
      {"it", "Tornerò il prossimo lunedì", "prossimo lunedì=2025-09-08"},
      {"it", "Tornerò la prossima ora", "la prossima ora=2025-09-03T10:00:00/2025-09-03T11:00:00"},
  });
}

// After "the last 3 months and", days followed by "ago" are a date of their own; in "2 weeks and 2 days
// ago" the days stay with the weeks.
TEST(DateConstructs, DaysAgoAfterARun) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  std::vector<std::string> got;
  for (const auto& d : find_dates("negli ultimi 3 mesi e 2 giorni fa hanno trovato", "it", anchor))
    got.push_back(d.text + "=" + d.value());
  EXPECT_EQ(got, (std::vector<std::string>{"ultimi 3 mesi=2025-06-03/2025-09-02", "2 giorni fa=2025-09-01"}));
  check({{"en", "2 weeks and 2 days ago they found it", "2 weeks and 2 days ago=2025-08-18"}});
}

// An abbreviated weekday first in a list of day words is a weekday ("dom, amanhã, hoje").
TEST(DateConstructs, AbbreviatedWeekdayBeforeDayWords) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  std::vector<std::string> got;
  for (const auto& d : find_dates("dom, amanhã, hoje", "pt", anchor)) got.push_back(d.text + "=" + d.value());
  EXPECT_EQ(got, (std::vector<std::string>{"dom=2025-08-31", "amanhã=2025-09-04", "hoje=2025-09-03"}));
  got.clear();
  for (const auto& d : find_dates("sa hoy", "es", anchor)) got.push_back(d.text);
  EXPECT_EQ(got, (std::vector<std::string>{"sa", "hoy"}));
  EXPECT_TRUE(find_dates("dom perignon", "pt", anchor).empty());
}

// A bare day after a time and "do dia"/"del": that day of the month.
TEST(DateConstructs, TimeOfABareDay) {
  check({
      {"pt", "às sete do dia 15", "sete do dia 15=2025-08-15T07:00:00"},
      {"pt", "às sete da tarde do dia 15", "sete da tarde do dia 15=2025-08-15T19:00:00"},
  });
}

// Portuguese keeps "no"/"na" before a period counted in digits, as before one in words.
TEST(DateConstructs, PortugueseArticleBeforeCountedPeriod) {
  check({{"pt", "No 9o mês do próximo ano faremos", "No 9o mês do próximo ano=2026-09-01/2026-09-30"}});
}

// French: an hour with "heures" and its minutes is a time even without "à"; alone it is a duration.
TEST(DateConstructs, FrenchHoursAndMinutes) {
  check({
      {"fr", "Je retournerai sept heures dix", "sept heures dix=T07:10:00"},
      {"fr", "Je retournerai sept heures moins dix", "sept heures moins dix=T06:50:00"},
      {"fr", "demain à sept heures et vingt-sept minutes", "demain à sept heures et vingt-sept minutes=2025-09-04T07:27:00"},
      {"fr", "il arrive 7 heures et quart", "7 heures et quart=T07:15:00"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  EXPECT_TRUE(find_dates("le trajet dure sept heures", "fr", anchor).empty());
}

// Bare hours in a span are hours when a day word follows them ("between 3 and 8 yesterday").
TEST(DateConstructs, BareHourSpanBeforeADay) {
  check({
      {"en", "Where were you between 3 and 8 yesterday", "between 3 and 8 yesterday=2025-09-02T03:00:00/2025-09-02T08:00:00"},
      {"fr", "Je serai de 5 a 7 aujourd'hui", "de 5 a 7 aujourd'hui=2025-09-03T05:00:00/2025-09-03T07:00:00"},
      // a bare hour, a comma, then the part of today it falls in
      {"en", "I'll go back 10, tonight", "10, tonight=2025-09-03T22:00:00"},
      {"fr", "Je reviendrai 10, ce soir", "10, ce soir=2025-09-03T22:00:00"},
  });
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", ""};
  for (const auto& d : find_dates("they scored between 3 and 8 goals", "en", anchor)) ADD_FAILURE() << d.text;
}

// "more than"/"less than" before an amount counted from a day: open beyond the shifted day, or up to it.
TEST(DateConstructs, ComparedShifts) {
  check({
      {"en", "finished more than 2 weeks before today", "more than 2 weeks before today=../2025-08-19"},
      {"en", "will start more than 2 weeks after today", "more than 2 weeks after today=2025-09-17/.."},
      {"en", "will be done less than 3 days after tomorrow", "less than 3 days after tomorrow=2025-09-04/2025-09-06"},
      {"en", "done 2 days before yesterday", "2 days before yesterday=2025-08-31"},
  });
}

}  // namespace
}  // namespace newsdesk::analyze
