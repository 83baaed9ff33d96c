// Spanish dates made of two: a weekday and the week it falls in ("el lunes esta semana",
// "lunes la próxima semana", "primera semana de octubre el viernes"), a part of the day and
// its date ("la noche del 21 de septiembre"), and a day and month in numbers joined by
// "del" ("el 17 del 11", as people write and say it).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analyze/date_mentions.h"
#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

// `in` (left to right) with those joined or added (Spanish only; other languages as given).
std::vector<DateMention> join_spanish_dates(std::string_view text, const std::vector<FactToken>& t,
                                            std::string_view lang, const std::optional<Anchor>& anchor,
                                            std::vector<DateMention> in);

}  // namespace newsdesk::analyze
