// Date finding: parses the many ways pages write a date (ISO, numeric with locale
// order, month names in European languages, 2021年03月23日) into YYYY-MM-DD.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::extract {

struct DateValue {
  int year = 0, month = 0, day = 0;
  std::string time;  // "HH:MM[:SS]" plus zone when the input has them
  size_t offset = 0; // byte offset in the scanned text
  std::string iso() const;  // YYYY-MM-DD
};

enum class DayMonthOrder { kDayFirst, kMonthFirst };

// Day/month order for numeric dates in a language's pages ("en" -> month first unless
// the region says otherwise: "en-GB" -> day first).
DayMonthOrder order_for_locale(std::string_view locale);

// A date at the start of a machine-readable value ("2021-03-23T10:00:00+01:00",
// "20210323", "Tue, 23 Mar 2021 10:00:00 GMT", or any form find_dates knows).
std::optional<DateValue> parse_date_value(std::string_view s, DayMonthOrder order);

// Every date written in a free text, in order, at most `limit`.
std::vector<DateValue> find_dates(std::string_view text, DayMonthOrder order, size_t limit = 16);

// A date in a URL path: /2021/03/23/, /2021-03-23-, /20210323/ (year and month alone give day 1: no).
std::optional<DateValue> date_from_url(std::string_view url);

// Days since 1970-01-01 (for comparisons with fetch time).
int64_t days_from_civil(int y, int m, int d);

}  // namespace newsdesk::extract
