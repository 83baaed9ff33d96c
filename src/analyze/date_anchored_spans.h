// A time of day and how long from it: "from 9 for 2.5 hrs", "for 3 hours from 10 am", "14th feb
// from 9:30am for 7 hours" are spans of the day from that time (Recognizers-Text's timerange).
// This module reads the amount of clock time and the word that introduces it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analyze/date_lexicon.h"
#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct ClockAmount {
  long seconds = 0;
  size_t end = 0;  // the token after it
};

// An amount of hours and minutes at token j: "2.5 hrs", "3 hours 30 minutes", "an hour"; less than a day.
std::optional<ClockAmount> clock_amount_at(const std::vector<FactToken>& t,
                                           const std::vector<std::vector<DateWordMatch>>& words, size_t j,
                                           std::string_view language);

// "for", "per", "für", "pendant", "por", "durante" at token j: how long a span lasts follows.
bool lasting_word_at(const std::vector<FactToken>& t, size_t j, std::string_view language);

}  // namespace newsdesk::analyze
