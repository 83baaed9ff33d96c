// Case helpers for markup and furniture phrases: tag, attribute and charset names are
// ASCII; furniture phrases need Latin-1 letters too.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::extract {

// A-Z lowered; every other byte kept.
std::string lower_ascii(std::string_view s);

// A-Z and the UTF-8 forms of À-Þ lowered; every other byte kept.
std::string lower_latin1(std::string_view s);

}  // namespace newsdesk::extract
