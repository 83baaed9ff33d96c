// English for words of other languages, from the FreeDict bilingual
// dictionaries that Debian packages (generated at build time by
// scripts/gen-bilingual.py): the pivot through which an Italian and a German
// report of one event meet beyond names and figures.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/word_key.h"

namespace newsdesk::text {

// The English word keys of the translations of the words whose key in
// `language` (ISO 639-1) is `key`: looking up by key, not by word, lets the
// inflections of a dictionary word that stem alike ("governi", "governo") find
// it. For English, the lemma of an irregular form ("said" -> "say", "men" ->
// "man"), which stemming cannot reach but the dictionaries translate to. Empty
// for an unknown language or word, or a build without the dictionaries.
// Thread-safe; a language's lines are found on first use.
std::vector<std::string> english_keys(std::string_view language, std::string_view key);

}  // namespace newsdesk::text
