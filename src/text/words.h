// Word breaking (ICU, Unicode UAX #29) with the facts grouping needs about each
// word: number or letters, capitalised, at a sentence start, hyphen-joined.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::text {

struct Word {
  std::string_view text;       // a view into the broken text
  size_t offset = 0;           // byte offset in that text
  bool is_number = false;      // digits, possibly with separators: "2.000", "3,5"
  bool capitalized = false;    // first letter upper or title case
  bool all_caps = false;       // two or more letters, all upper case: "NATO"
  bool sentence_start = false; // first word of the text or after . ! ? : or a quote opening
  bool hyphen_next = false;    // joined to the next word by a hyphen: "Jong-un", "nord-coreano"
};

// Breaks `utf8` into words; punctuation and spaces are dropped. Elisions and
// possessives are split at the apostrophe ("l'alleanza" -> "l", "alleanza").
std::vector<Word> split_words(std::string_view utf8);

// The same through ICU's break iterator alone, which split_words uses only for
// text it has no fast path for: for tests that compare the two.
std::vector<Word> split_words_with_icu(std::string_view utf8);

}  // namespace newsdesk::text
