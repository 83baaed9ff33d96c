#include "extract/dates.h"

#include <gtest/gtest.h>

#include <string>

namespace newsdesk::extract {
namespace {

std::string first(const std::string& text, DayMonthOrder order = DayMonthOrder::kDayFirst) {
  auto d = find_dates(text, order, 1);
  return d.empty() ? std::string() : d.front().iso();
}

TEST(extract_dates, NumericForms) {
  EXPECT_EQ(first("Published 2021-03-23T10:00:00+01:00"), "2021-03-23");
  EXPECT_EQ(first("am 23.03.2021 um 10 Uhr"), "2021-03-23");
  EXPECT_EQ(first("2021/03/23"), "2021-03-23");
  EXPECT_EQ(first("23.3.21"), "2021-03-23");
}

TEST(extract_dates, DayMonthOrderFromLocale) {
  EXPECT_EQ(first("04/03/2021", DayMonthOrder::kDayFirst), "2021-03-04");
  EXPECT_EQ(first("04/03/2021", DayMonthOrder::kMonthFirst), "2021-04-03");
  EXPECT_EQ(first("13/03/2021", DayMonthOrder::kMonthFirst), "2021-03-13");  // 13 cannot be a month
  EXPECT_EQ(order_for_locale("en-US"), DayMonthOrder::kMonthFirst);
  EXPECT_EQ(order_for_locale("en-GB"), DayMonthOrder::kDayFirst);
  EXPECT_EQ(order_for_locale("de"), DayMonthOrder::kDayFirst);
}

TEST(extract_dates, MonthNames) {
  EXPECT_EQ(first("March 23, 2021"), "2021-03-23");
  EXPECT_EQ(first("Posted on Mar 23rd, 2021 by"), "2021-03-23");
  EXPECT_EQ(first("23 March 2021"), "2021-03-23");
  EXPECT_EQ(first("23. M\xC3\xA4rz 2021"), "2021-03-23");
  EXPECT_EQ(first("le 23 mars 2021"), "2021-03-23");
  EXPECT_EQ(first("23 de marzo de 2021"), "2021-03-23");
  EXPECT_EQ(first("23 marzo 2021"), "2021-03-23");
  EXPECT_EQ(first("23 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2021"), "2021-03-23");  // марта
  EXPECT_EQ(first("23 marca 2021"), "2021-03-23");
}

TEST(extract_dates, CjkForms) {
  EXPECT_EQ(first("2021\xE5\xB9\xB4" "03\xE6\x9C\x88" "23\xE6\x97\xA5"), "2021-03-23");  // 2021年03月23日
  EXPECT_EQ(first("2021\xEB\x85\x84 3\xEC\x9B\x94 23\xEC\x9D\xBC"), "2021-03-23");       // 2021년 3월 23일
}

TEST(extract_dates, RejectsImpossibleDates) {
  EXPECT_EQ(first("31.02.2021"), "");
  EXPECT_EQ(first("version 1.2.3"), "");
  EXPECT_EQ(first("phone 12-34-5678"), "");
}

TEST(extract_dates, MachineValues) {
  auto d = parse_date_value("2021-03-23T10:05:00Z", DayMonthOrder::kDayFirst);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->iso(), "2021-03-23");
  EXPECT_EQ(d->time, "10:05:00Z");
  EXPECT_EQ(parse_date_value("20210323", DayMonthOrder::kDayFirst)->iso(), "2021-03-23");
  EXPECT_EQ(parse_date_value("Tue, 23 Mar 2021 10:00:00 GMT", DayMonthOrder::kDayFirst)->iso(), "2021-03-23");
}

TEST(extract_dates, Urls) {
  EXPECT_EQ(date_from_url("https://x.org/2021/03/23/story")->iso(), "2021-03-23");
  EXPECT_EQ(date_from_url("https://x.org/news/2021-03-23-story")->iso(), "2021-03-23");
  EXPECT_EQ(date_from_url("https://x.org/a/20210323/story")->iso(), "2021-03-23");
  EXPECT_FALSE(date_from_url("https://x.org/item/1234567890"));
  EXPECT_FALSE(date_from_url("https://x.org/2021/03/"));
}

}  // namespace
}  // namespace newsdesk::extract
