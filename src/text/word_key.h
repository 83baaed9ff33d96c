// The form words are compared in across texts and dictionaries.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::text {

// The Snowball stem of the case-folded word, accents stripped
// ("Regierungen" -> "regier", "governo" -> "govern").
std::string word_key(std::string_view language, std::string_view word);

}  // namespace newsdesk::text
