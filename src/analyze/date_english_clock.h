// English times of day said in words or with a spoken half of the day: "seven twenty-seven",
// "nine thirty", "five-thirty", "six pm", "nine a m", "seven p . m .", "eight o'clock", "4 oclock",
// "9.am". An hour alone in words is no time ("at one point"): it needs its minutes, its half of
// the day or "o'clock".
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analyze/date_lexicon.h"
#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct EnglishClock {
  int hour = 0, minute = 0;  // hour 0..23 (12 pm is 12, 12 am is 0)
  int meridiem = 0;          // +1 pm, -1 am when said
  size_t end = 0;            // the token after the time
};

// The time starting at token j, or none. `words`: the date words at each token. Minutes in words
// without a half of the day must be followed by a mark, a date word or the end ("nine thirty
// tomorrow"; not "one thirty-year-old", "seven twenty-seven jets").
std::optional<EnglishClock> english_clock_at(const std::vector<FactToken>& t,
                                             const std::vector<std::vector<DateWordMatch>>& words, size_t j);

}  // namespace newsdesk::analyze
