// Named character references (&amp; &eacute; ...): the table the tokenizer
// consults when it decodes text and attribute values.
#pragma once

#include <string_view>

namespace newsdesk::extract {

// UTF-8 for a reference name without '&' and ';' ("eacute"), or "" when unknown.
std::string_view lookup_entity(std::string_view name);

// True for the legacy names browsers accept without a semicolon ("amp", "copy").
bool entity_allows_no_semicolon(std::string_view name);

}  // namespace newsdesk::extract
