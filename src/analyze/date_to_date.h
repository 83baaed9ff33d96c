// "to date", "till (the) current date", "year to date", "month-to-date": English for the time up to now. News
// writes it for running totals ("the largest deal to date", "shares are down 20% year to date");
// it is the span up to the anchor, from the start of the year, month or week when one is named.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct ToDate {
  size_t end = 0;  // the token after "date"
  int unit = -1;   // the period it runs from the start of: 1 week, 2 month, 3 year; -1 open ("to date")
};

// The phrase starting at token i, or none. Not "up to date" (current) nor "to date 1" (a value).
std::optional<ToDate> to_date_at(const std::vector<FactToken>& t, size_t i);

}  // namespace newsdesk::analyze
