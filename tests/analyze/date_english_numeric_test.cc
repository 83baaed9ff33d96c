// English dates in abbreviated, recurring and numeric forms: "EOD", "EOY", "w/c Feb 4",
// "every weekday", "everyday 6am". Anchor: Wednesday 2025-09-03 at 10:00.
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

}  // namespace
}  // namespace newsdesk::analyze
