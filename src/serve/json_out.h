// The API's JSON of the store's records (docs/openapi.yaml names the shapes),
// written straight to text.
#pragma once

#include <string>

#include "store/store.h"

namespace newsdesk::serve {

std::string story_page_json(const store::StoryPage& page);
std::string story_detail_json(const store::StoryDetail& d);
std::string entity_detail_json(const store::EntityDetail& d);
std::string search_page_json(const store::SearchPage& page);

}  // namespace newsdesk::serve
