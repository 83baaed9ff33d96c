// Where a Spanish date's span starts: the article of a weekday ("el lunes"), of "mismo"
// ("el mismo mes"), of a count of hours or minutes ("los próximos 5 minutos", "la próxima
// hora") and the "a las" of a time ("a las 3 p.m. hoy") are no part of the date, as the
// Spanish specs (and Spanish style sheets) write them; the article of a week or a month
// named alone ("la próxima semana", "el mes pasado") is.
#pragma once

#include <string_view>
#include <vector>

#include "analyze/date_mentions.h"
#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

// `in` with those leading words taken off the spans (Spanish only; other languages as given).
std::vector<DateMention> trim_spanish_leads(std::string_view text, const std::vector<FactToken>& t,
                                            std::string_view lang, std::vector<DateMention> in);

}  // namespace newsdesk::analyze
