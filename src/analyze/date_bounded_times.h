// A time bounded on one side: "after 2pm", "bis 14 Uhr", "antes das 7", and with its day,
// "today before 4pm", "demain avant 17h", "1/1/2015 after 2:00".
#pragma once

#include <string_view>
#include <vector>

#include "analyze/date_mentions.h"
#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

// The times of `in` (left to right) with a since/after/before word in front become open
// ranges of the day; a day written just before that word takes the bounded time in.
std::vector<DateMention> bound_times(std::string_view text, const std::vector<FactToken>& t,
                                     std::string_view lang, std::vector<DateMention> in);

}  // namespace newsdesk::analyze
