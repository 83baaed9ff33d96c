// Abbreviations English business writing uses for dates: "EOD" (the end of the day), "EOW", "EOM",
// "EOY" (the end of the week, month, year), "w/c" (week commencing) before the week's first day, and
// "every weekday" (each working day). News quotes them from memos, filings and posts.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct EnglishAbbreviation {
  enum Kind { kEndOfDay, kEndOfPeriod, kWeekCommencing, kEveryWeekday } kind = kEndOfDay;
  int unit = 0;    // kEndOfPeriod: 1 week, 2 month, 3 year (the lexicon's unit values)
  size_t end = 0;  // the token after the abbreviation (kWeekCommencing: where its day starts)
};

// The abbreviation starting at token i, or none. "the EOD" takes its article, as "the end of the day"
// does. A letter group glued to other letters or digits is no abbreviation ("EODx", "w/c2").
std::optional<EnglishAbbreviation> english_abbreviation_at(const std::vector<FactToken>& t, size_t i);

}  // namespace newsdesk::analyze
