// The API's JSON shapes of the store's records (docs/openapi.yaml names them).
#pragma once

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace newsdesk::serve {

nlohmann::json story_summary_json(const store::StorySummary& s);
nlohmann::json story_page_json(const store::StoryPage& page);
nlohmann::json story_detail_json(const store::StoryDetail& d);
nlohmann::json entity_detail_json(const store::EntityDetail& d);
nlohmann::json search_page_json(const store::SearchPage& page);

}  // namespace newsdesk::serve
