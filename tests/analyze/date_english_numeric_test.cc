// English dates in abbreviated, recurring and numeric forms: "EOD", "EOY", "w/c Feb 4",
// "every weekday", "everyday 6am", dotted hours and days ("we leave at 6.45", "Friday 7.6"). Anchor: Wednesday 2025-09-03 at 10:00.
#include <gtest/gtest.h>

#include "analyze/date_english_abbreviations.h"
#include "analyze/date_mentions.h"

namespace newsdesk::analyze {
namespace {

std::vector<std::string> dates(const char* text) {
  const Anchor anchor{CivilDate{2025, 9, 3}, "publication", "10:00:00"};
  std::vector<std::string> got;
  for (const auto& d : find_dates(text, "en", anchor)) got.push_back(d.text + "=" + d.value());
  return got;
}

using Want = std::vector<std::string>;

TEST(DateEnglishNumeric, EndOfPeriodAbbreviations) {
  EXPECT_EQ(dates("send it by EOD"), Want{"EOD=2025-09-03T23:59:59"});
  EXPECT_EQ(dates("send it at the eod"), Want{"the eod=2025-09-03T23:59:59"});
  EXPECT_EQ(dates("a party at the EOY."), Want{"EOY=2025-07-01/2025-12-31"});
  EXPECT_EQ(dates("the EODx code"), Want{});
  EXPECT_EQ(dates("the eon ended"), Want{});
}

TEST(DateEnglishNumeric, WeekCommencing) {
  EXPECT_EQ(dates("a meeting w/c 8 September 2025"), Want{"w/c 8 September 2025=2025-09-08/2025-09-14"});
  EXPECT_EQ(dates("w/c is down the hall"), Want{});
}

TEST(DateEnglishNumeric, RecurringDays) {
  EXPECT_EQ(dates("it happens every weekday"), Want{"every weekday=P1WD"});
  EXPECT_EQ(dates("I leave everyday 6am"), Want{"everyday 6am=T06"});
}

TEST(DateEnglishNumeric, DottedHoursNeedATimeCue) {
  EXPECT_EQ(dates("we leave at 6.45"), Want{"6.45=T06:45:00"});
  EXPECT_EQ(dates("a meeting Monday at 2.30"), Want{"Monday at 2.30=2025-09-01T02:30:00"});
  EXPECT_EQ(dates("shares closed at 6.45"), Want{});  // a price
  EXPECT_EQ(dates("we leave at 6.45 dollars a head"), Want{});
}

TEST(DateEnglishNumeric, DottedDaysNeedAWeekdayOrOn) {
  EXPECT_EQ(dates("a call on Friday 7.6 with Jim"), Want{"Friday 7.6=2025-07-06"});
  EXPECT_EQ(dates("done on 5.12"), Want{"5.12=2025-05-12"});
  EXPECT_EQ(dates("sales rose on 5.12 million units"), Want{});
  EXPECT_EQ(dates("it grew on 7.6 percent"), Want{});
  EXPECT_EQ(dates("it rose 7.6 on Friday"), Want{"Friday=2025-08-29"});
}

TEST(DateEnglishNumeric, BareHoursBeforeTheirDay) {
  EXPECT_EQ(dates("free 6-8 next Monday"), Want{"6-8 next Monday=2025-09-08T06:00:00/2025-09-08T08:00:00"});
  EXPECT_EQ(dates("out five to seven today"), Want{"five to seven today=2025-09-03T05:00:00/2025-09-03T07:00:00"});
  EXPECT_EQ(dates("between 3 and 5 on 1/1/2015"), Want{"between 3 and 5 on 1/1/2015=2015-01-01T03:00:00/2015-01-01T05:00:00"});
  EXPECT_EQ(dates("Nadal won 6-4 on Sunday"), Want{"Sunday=2025-08-31"});  // a score
  EXPECT_EQ(dates("he won 6-4 next Monday"), Want{"next Monday=2025-09-08"});
  EXPECT_EQ(dates("at five to seven"), Want{});
  EXPECT_EQ(dates("next Monday morning 6-8"), Want{"next Monday morning 6-8=2025-09-08T06:00:00/2025-09-08T08:00:00"});
  EXPECT_EQ(dates("won Sunday evening 3-1"), Want{"Sunday evening=2025-08-31T16:00:00/2025-08-31T20:00:00"});
}

TEST(DateEnglishNumeric, AtSignAndChainedNumbers) {
  EXPECT_EQ(dates("back 5/3/18 @ 17:49:19"), Want{"5/3/18 @ 17:49:19=2018-05-03T17:49:19"});
  EXPECT_EQ(dates("follow @dreaming_70 on Friday"), Want{"Friday=2025-08-29"});
  EXPECT_EQ(dates("serious at 02-02-2020 - 03-03-2020"), Want{"02-02-2020 - 03-03-2020=2020-02-02/2020-03-02"});
}

}  // namespace
}  // namespace newsdesk::analyze
