// Common words of a language (Hunspell dictionaries from Debian): a capitalised
// "Guerra" or "Salta" that the dictionary knows in lower case is a word, not a name.
#pragma once

#include <string_view>

namespace newsdesk::analyze {

// `folded_word` (lower case) is an ordinary word of `language`, inflections
// included. False when no dictionary for the language is installed.
bool is_common_word(std::string_view language, std::string_view folded_word);

// A dictionary for `language` is installed.
bool has_word_list(std::string_view language);

}  // namespace newsdesk::analyze
