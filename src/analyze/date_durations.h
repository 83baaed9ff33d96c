// Durations a text gives ("per 3 anni", "for two hours", "alcuni giorni"), as ISO 8601
// periods and seconds (month = 30 days, year = 365 days, as Recognizers-Text counts).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct DurationMention {
  size_t begin = 0, end = 0;  // byte span in the text
  std::string text;
  std::string iso;            // "P3Y", "PT2H", "P3.5Y"
  double seconds = 0;
  bool introduced = false;    // after "for", "per", "für", "pendant", "durante", "por", "da", "seit", "depuis"
};

// Every amount of a time unit in `text` that is not inside one of the `skip` byte
// spans (the dates find_dates gave: "3 giorni fa" is a date, not a duration).
std::vector<DurationMention> find_durations(std::string_view text, std::string_view language,
                                            const std::vector<std::pair<size_t, size_t>>& skip = {});

// The same on tokens already made from `text`.
std::vector<DurationMention> find_durations(const std::vector<FactToken>& tokens, std::string_view text,
                                            std::string_view language,
                                            const std::vector<std::pair<size_t, size_t>>& skip);

class FactText;  // analyze/fact_text.h

// The same on a FactText of `text` (find_facts shares one among its finders).
std::vector<DurationMention> find_durations(const FactText& fact_text, std::string_view text,
                                            const std::vector<std::pair<size_t, size_t>>& skip);

}  // namespace newsdesk::analyze
