// Facts as the story JSON carries them: {"dates":[{"text","value","anchor"}],
// "quantities":[{"text","value","bound","unit","counts"}], "quotes":[{"text","speaker"}]}.
#pragma once

#include <nlohmann/json.hpp>

#include "analyze/facts.h"

namespace newsdesk::analyze {

// The JSON object above; "anchor" is null for dates that need none, "unit",
// "counts" and "speaker" are null when unknown; ranges add "start" and "end";
// durations follow the dates with an ISO period as value ("P3Y").
nlohmann::json facts_to_json(const Facts& facts);

}  // namespace newsdesk::analyze
