// Concept lexicons (data/concepts/<lang>.txt, linked in): words and short
// phrases mapped to language-independent ids — "killed", "morti", "Tote" ->
// ev:kill; "sette", "seven" -> num:7; "russo", "Russland" -> RU — so that
// rewordings and translations of one fact compare equal.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::text {

struct ConceptMatch {
  std::string_view id;  // "ev:kill", "num:7", "day:sat", "nat:RU", "country:RU", ...
  int words = 0;        // how many words of the input it covers
};

// The longest concept phrase that starts at folded_words[start], in `language`
// (every language's lexicon when `language` is empty). Words must be in fold() form.
std::optional<ConceptMatch> match_concept(std::string_view language,
                                          const std::vector<std::string>& folded_words,
                                          size_t start);

}  // namespace newsdesk::text
