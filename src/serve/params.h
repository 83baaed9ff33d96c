// Query parameters of the read routes, checked one by one so that a bad value is
// answered with a 400 naming the parameter rather than a surprising result.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "serve/api.h"
#include "store/store.h"

namespace newsdesk::serve {

struct ParamError {
  std::string message;  // names the parameter and what it accepts
};

// A parameter the route does not take is an error too (a typo must not widen a filter).
std::variant<store::StoryQuery, ParamError> parse_story_query(const Fields& params);
std::variant<store::SearchQuery, ParamError> parse_search_query(const Fields& params);

struct PageParams {
  int limit = 20;
  std::string cursor;
};
std::variant<PageParams, ParamError> parse_page_params(const Fields& params);

}  // namespace newsdesk::serve
