// Function words per language (data/stopwords/<lang>.txt, linked into the binary):
// the words that say nothing about which event a text reports.
#pragma once

#include <string_view>

namespace newsdesk::text {

// `folded_word` must be in fold() form. Unknown languages have no stopwords.
bool is_stopword(std::string_view language, std::string_view folded_word);

// True when any known language lists the word; for text whose language is unsure.
bool is_stopword_any(std::string_view folded_word);

// How many languages list the word: "van" is Dutch, "in" is everyone's.
int stopword_language_count(std::string_view folded_word);

}  // namespace newsdesk::text
