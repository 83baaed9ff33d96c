// English date phrases of news text: "-ish" hours, holidays on a weekday of a month and their
// weekends, "to date", a weekday beside a counted day, early and late parts of the day.
// Anchor: Wednesday 2025-09-03 at 10:00.
#include <gtest/gtest.h>

#include "analyze/date_durations.h"

#include "analyze/date_mentions.h"
#include "analyze/date_us_holidays.h"
#include "analyze/date_week_weekdays.h"

namespace newsdesk::analyze {
namespace {

std::vector<std::string> dates(const char* text) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", "10:00:00"};
  std::vector<std::string> got;
  for (const auto& d : find_dates(text, "en", anchor)) got.push_back(d.text + "=" + d.value());
  return got;
}

using Want = std::vector<std::string>;

TEST(DateEnglish, IshHours) {
  EXPECT_EQ(dates("I'll be back 11ish"), Want{"11ish=T11:00:00"});
  EXPECT_EQ(dates("lunch noonish"), Want{"noonish=T12:00:00"});
  EXPECT_EQ(dates("see you sevenish"), Want{"sevenish=T07:00:00"});
  EXPECT_EQ(dates("he spoke Spanish and Danish"), Want{});
  EXPECT_EQ(dates("a 15ish minute walk"), Want{});  // no hour
}

TEST(DateEnglish, WeekdayHolidays) {
  EXPECT_EQ(weekday_holiday_in(2025, 21440).iso(), "2025-11-27");  // Thanksgiving: 4th Thursday
  EXPECT_EQ(weekday_holiday_in(2024, 15510).iso(), "2024-05-27");  // Memorial Day: last Monday of May
  EXPECT_EQ(weekday_holiday_in(2025, 19110).iso(), "2025-09-01");  // Labor Day: 1st Monday of September
  EXPECT_EQ(weekday_holiday_in(2024, 21441).iso(), "2024-11-29");  // Black Friday
  EXPECT_EQ(dates("on Thanksgiving 2025"), Want{"Thanksgiving 2025=2025-11-27"});
  EXPECT_EQ(dates("Black Friday 2010 sales"), Want{"Black Friday 2010=2010-11-26"});
}

TEST(DateEnglish, HolidayWeekends) {
  // Monday holiday: Saturday to Monday; Thursday: through Sunday; Sunday: that weekend
  EXPECT_EQ(dates("over Labor Day weekend 2025"), Want{"Labor Day weekend 2025=2025-08-30/2025-09-01"});
  EXPECT_EQ(dates("the weekend of Thanksgiving 2025"),
            Want{"the weekend of Thanksgiving 2025=2025-11-27/2025-11-30"});
  EXPECT_EQ(dates("for Halloween 2021 weekend"), Want{"Halloween 2021 weekend=2021-10-30/2021-10-31"});
  auto w = holiday_weekend(CivilDate{2025, 7, 4});  // a Friday
  EXPECT_EQ(w.first.iso(), "2025-07-04");
  EXPECT_EQ(w.second.iso(), "2025-07-07");
}

// The span ends before the anchor, as Recognizers-Text resolves it (the anchor is its end, exclusive).
TEST(DateEnglish, ToDate) {
  EXPECT_EQ(dates("the largest deal to date"), Want{"to date=../2025-09-02"});
  EXPECT_EQ(dates("shares are down 20% year to date"), Want{"year to date=2025-01-01/2025-09-02"});
  EXPECT_EQ(dates("sales year-to-date rose"), Want{"year-to-date=2025-01-01/2025-09-02"});
  EXPECT_EQ(dates("docked from March to date"), Want{"from March to date=2025-03-01/2025-09-02"});
  EXPECT_EQ(dates("rows from 2010-01-01 till current date"),
            Want{"from 2010-01-01 till current date=2010-01-01/2025-09-02"});
  EXPECT_EQ(dates("the most up to date equipment"), Want{});
  EXPECT_EQ(dates("values greater than or equals to date 1"), Want{});
}

TEST(DateEnglish, WeekdayOfCountedDay) {
  EXPECT_EQ(weekday_in_week_of(CivilDate{2025, 9, 17}, 1).iso(), "2025-09-15");
  EXPECT_EQ(weekday_in_week_of(CivilDate{2025, 9, 17}, 7).iso(), "2025-09-14");  // the week starts on Sunday
  EXPECT_EQ(dates("back Monday two weeks from now"), Want{"Monday two weeks from now=2025-09-15"});
  EXPECT_EQ(dates("back in 3 days on Friday"), Want{"in 3 days on Friday=2025-09-05"});
  // 2025-09-15 + 3 weeks = Monday 2025-10-06; the Sunday of its week is 10-05
  EXPECT_EQ(dates("back Sunday 3 weeks after September 15th 2025"),
            Want{"Sunday 3 weeks after September 15th 2025=2025-10-05"});
}

TEST(DateEnglish, EarlyAndLatePartsOfTheDay) {
  EXPECT_EQ(dates("on Sunday early morning at 8:00"), Want{"Sunday early morning at 8:00=2025-08-31T08:00:00"});
  EXPECT_EQ(dates("on Sunday late evening at 10:00"), Want{"Sunday late evening at 10:00=2025-08-31T22:00:00"});
  EXPECT_EQ(dates("it starts at 8:00 early morning"), Want{"8:00 early morning=T08:00:00"});
  EXPECT_EQ(dates("let's meet later this afternoon."), Want{"later this afternoon=2025-09-03T14:00:00/2025-09-03T16:00:00"});
  EXPECT_EQ(dates("on Sunday early morning"), Want{"Sunday early morning=2025-08-31T08:00:00/2025-08-31T10:00:00"});
}

TEST(DateEnglish, ClockInWords) {
  EXPECT_EQ(dates("the sun sets tomorrow at seven twenty-seven"),
            Want{"tomorrow at seven twenty-seven=2025-09-04T07:27:00"});
  EXPECT_EQ(dates("dinner seven p . m ."), Want{"seven p . m .=T19:00:00"});
  EXPECT_EQ(dates("left at one thirty p m."), Want{"one thirty p m=T13:30:00"});
  EXPECT_EQ(dates("on wednesday 4 oclock."), Want{"wednesday 4 oclock=2025-09-03T04:00:00"});
  EXPECT_EQ(dates("back at 9.am."), Want{"9.am=T09:00:00"});
  EXPECT_EQ(dates("from three thirty to four thirty"), Want{"from three thirty to four thirty=T03:30:00/T04:30:00"});
  EXPECT_EQ(dates("at one point two thirty-year-olds left"), Want{});
  EXPECT_EQ(dates("one thirty jets"), Want{});
}

TEST(DateEnglish, MixedRanges) {
  EXPECT_EQ(dates("in 2014 through May 2018"), Want{"2014 through May 2018=2014-01-01/2018-04-30"});
  EXPECT_EQ(dates("in Korea Nov-Feb 5th, 2017"), Want{"Nov-Feb 5th, 2017=2016-11-01/2017-02-04"});
  EXPECT_EQ(dates("from this May to Oct 2027"), Want{"from this May to Oct 2027=2025-05-01/2027-09-30"});
  EXPECT_EQ(dates("from 10/1/2018-10/7/2018"), Want{"from 10/1/2018-10/7/2018=2018-10-01/2018-10-06"});
  EXPECT_EQ(dates("in 2014 and May 2018"), (Want{"2014=2014", "May 2018=2018-05"}));  // two dates
}

TEST(DateEnglish, EverydayWords) {
  EXPECT_EQ(dates("see you tonite"), Want{"tonite=2025-09-03T20:00:00/2025-09-03T23:59:59"});
  EXPECT_EQ(dates("on this upcoming Friday"), Want{"this upcoming Friday=2025-09-05"});
  EXPECT_EQ(dates("where were you on past Monday?"), Want{"past Monday=2025-09-01"});
  EXPECT_EQ(dates("over the next couple weeks"), Want{"next couple weeks=2025-09-04/2025-09-17"});
  EXPECT_EQ(dates("a meeting beginning January 7th 2026"), Want{"beginning January 7th 2026=2026-01-07/.."});
  EXPECT_EQ(dates("rows where year is greater than 2015"), Want{"greater than 2015=2016-01-01/.."});
  EXPECT_EQ(dates("year 2016 and greater"), Want{"year 2016 and greater=2016-01-01/.."});
}

TEST(DateEnglish, HalvesAndQuarters) {
  EXPECT_EQ(dates("we meet in half an hour"), Want{"in half an hour=2025-09-03T10:30:00"});
  auto durations = [](const char* text) {
    std::vector<std::string> got;
    for (const auto& d : find_durations(text, "en")) got.push_back(d.text + "=" + std::to_string(static_cast<long>(d.seconds)));
    return got;
  };
  EXPECT_EQ(durations("one hour and a half is enough"), Want{"one hour and a half=5400"});
  EXPECT_EQ(durations("a one year and a quarter gap"), Want{"one year and a quarter=39420000"});
  EXPECT_EQ(durations("a half an hour call"), Want{"half an hour=1800"});
  EXPECT_EQ(durations("a one second time difference"), Want{"one second=1"});
  EXPECT_EQ(durations("a second round"), Want{});
}

TEST(DateEnglish, PartsOfTheDayWithoutADay) {
  EXPECT_EQ(dates("meet me in morning"), Want{"in morning=T08:00:00/T12:00:00"});
  EXPECT_EQ(dates("I'll be out in the mornings"), Want{"in the mornings=T08:00:00/T12:00:00"});
  EXPECT_EQ(dates("we go back at mid night."), Want{"mid night=T00:00:00"});
  EXPECT_EQ(dates("let's find one morning together"), Want{"morning=T08:00:00/T12:00:00"});
}

TEST(DateEnglish, BareMonthsByTheirPlace) {
  EXPECT_EQ(dates("it may be in may").size(), 1u);
  EXPECT_EQ(dates("it may be in may")[0].substr(0, 4), "may=");
  EXPECT_EQ(dates("we can leave after Feb").size(), 1u);
  EXPECT_EQ(dates("in may be a verb"), Want{});
  EXPECT_EQ(dates("what will happen May to March").size(), 1u);
}

TEST(DateEnglish, WeekdayOfANamedWeekAndMeridiemParts) {
  EXPECT_EQ(dates("set it up for Friday next week."), Want{"Friday next week=2025-09-12"});
  EXPECT_EQ(dates("for Wednesday evening next week."),
            Want{"Wednesday evening next week=2025-09-10T16:00:00/2025-09-10T20:00:00"});
  EXPECT_EQ(dates("open tomorrow am."), Want{"tomorrow am=2025-09-04T08:00:00/2025-09-04T12:00:00"});
  EXPECT_EQ(dates("tomorrow am I free?"), Want{"tomorrow=2025-09-04"});
}

TEST(DateEnglish, CompoundAndShorthandDurations) {
  auto durations = [](const char* text) {
    std::vector<std::string> got;
    for (const auto& d : find_durations(text, "en"))
      got.push_back(d.text + "=" + std::to_string(static_cast<long>(d.seconds)) + "=" + d.iso);
    return got;
  };
  EXPECT_EQ(durations("it took 1 hour and 30 minutes"), Want{"1 hour and 30 minutes=5400=PT1H30M"});
  EXPECT_EQ(durations("2 hours, 15 minutes"), Want{"2 hours, 15 minutes=8100=PT2H15M"});
  EXPECT_EQ(durations("2 days and 3 days"), (Want{"2 days=172800=P2D", "3 days=259200=P3D"}));
  EXPECT_EQ(durations("I'll leave for 10D"), Want{"10D=864000=P10D"});
  EXPECT_EQ(durations("the cold lasted 2W"), Want{"2W=1209600=P2W"});
  EXPECT_EQ(durations("3D printing for 3D films"), Want{});
  EXPECT_EQ(durations("a ½ hour call"), Want{"½ hour=1800=PT0.5H"});
}

TEST(DateEnglish, PartOfTheDayAfterTheDayOfATime) {
  EXPECT_EQ(dates("from 3-8pm yesterday afternoon"),
            Want{"from 3-8pm yesterday afternoon=2025-09-02T15:00:00/2025-09-02T20:00:00"});
  EXPECT_EQ(dates("from 8am-3 yesterday afternoon"),
            Want{"from 8am-3 yesterday afternoon=2025-09-02T08:00:00/2025-09-02T15:00:00"});
}

TEST(DateEnglish, DayAndMonthInDigitsClosingAClause) {
  EXPECT_EQ(dates("we meet on 11/20."), Want{"11/20=2025-11-20"});
  EXPECT_EQ(dates("on 11/20, 11/22 or 11/25"), (Want{"11/20=2025-11-20", "11/22=2025-11-22", "11/25=2025-11-25"}));
  EXPECT_EQ(dates("scored 3/4, 5/6 of the shots"), Want{});  // fractions
}

TEST(DateEnglish, WeekdayAndDayNumberWithATime) {
  EXPECT_EQ(dates("coffee on tues the 2nd 7pm"), Want{"tues the 2nd 7pm=2025-09-02T19:00:00"});
  EXPECT_EQ(dates("the team won Sunday 3 goals to nil"), Want{"Sunday=2025-08-31"});
}

TEST(DateEnglish, PeriodsTwoAway) {
  EXPECT_EQ(dates("talks resume the week after next"), Want{"the week after next=2025-W38"});
  EXPECT_EQ(dates("as in the year before last"), Want{"the year before last=2023"});
}

TEST(DateEnglish, ArticleOfTheNthOfAMonth) {
  EXPECT_EQ(dates("a booking for the 09th of May"), Want{"the 09th of May=2025-05-09"});
  EXPECT_EQ(dates("a booking for the 9 May"), Want{"9 May=2025-05-09"});
}

TEST(DateEnglish, TimeOrLater) {
  EXPECT_EQ(dates("meet me at 3 pm or later."), Want{"3 pm or later=T15:00:00/.."});
  EXPECT_EQ(dates("meet me at 3 pm or later on Monday."), Want{"3 pm or later on Monday=2025-09-01T15:00:00/.."});
}

TEST(DateEnglish, BoundsReadLongestFirst) {
  EXPECT_EQ(dates("let's go on Feb 1st no later than 18:00"), Want{"Feb 1st no later than 18:00=../2026-02-01T18:00:00"});
  EXPECT_EQ(dates("between 2015 and 2018 or later than 2020"),
            (Want{"between 2015 and 2018=2015-01-01/2017-12-31", "later than 2020=2021-01-01/.."}));
  EXPECT_EQ(dates("in the morning 9 oclock"), Want{"in the morning 9 oclock=T09:00:00"});
}

TEST(DateEnglish, YearsInWordsAfterIn) {
  EXPECT_EQ(dates("they left in nineteen ninety six and came back in two thousand and fifteen"),
            (Want{"nineteen ninety six=1996", "two thousand and fifteen=2015"}));
  EXPECT_EQ(dates("it spread in two thousand homes"), Want{});
}

}  // namespace
}  // namespace newsdesk::analyze
