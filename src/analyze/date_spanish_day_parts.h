// Shades of the Spanish day: "pasado el mediodía" (the afternoon, 12 to 16), "más tarde
// pasado el mediodía" and "al final del pasado mediodía" (its late half, 14 to 16), "este
// pasado mediodía" (this afternoon); "temprano en la mañana", "temprano esta tarde" (the first
// half of the part), "más tarde esta tarde", "al final de la tarde" (its second half); and the
// end of a day, "al final del día", "al fin de domingo" (23:59:59, the "al" in the span).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analyze/date_mentions.h"
#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

// `in` with those readings applied (Spanish only; other languages as given).
std::vector<DateMention> shade_spanish_day_parts(std::string_view text, const std::vector<FactToken>& t,
                                                 std::string_view lang, const std::optional<Anchor>& anchor,
                                                 std::vector<DateMention> in);

}  // namespace newsdesk::analyze
