// The facts of one text — dates, quantities, quotes — found in one call, with the
// anchor rule of issue 7: publication date if known, else the latest date the text gives.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/date_durations.h"
#include "analyze/date_mentions.h"
#include "analyze/quantity_mentions.h"
#include "analyze/quote_mentions.h"

namespace newsdesk::analyze {

struct Facts {
  std::vector<DateMention> dates;
  std::vector<DurationMention> durations;  // only those a preposition introduces ("per 3 anni", "for two hours")
  std::vector<QuantityMention> quantities;
  std::vector<QuoteMention> quotes;
};

// All facts of `text` in `language` (ISO 639-1). `publication` is the anchor for
// relative dates when known (extraction, --date, the input's time).
Facts find_facts(std::string_view text, std::string_view language, std::optional<CivilDate> publication);

// A short human rendering, one fact a line: "date  3 settembre 2025 -> 2025-09-03".
std::string facts_to_text(const Facts& facts);

}  // namespace newsdesk::analyze
