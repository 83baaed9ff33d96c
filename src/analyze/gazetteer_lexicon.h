// Entity cue lexicons (data/gazetteer/<lang>.txt, linked in): titles that
// announce a person, words that open organisation or place names, particles.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>
#include <string>

namespace newsdesk::analyze {

enum class Cue { kTitle, kOrgHead, kLocHead, kInstitution, kConnector, kOrg, kGiven, kParticle, kOrgTail, kNotName, kBody, kLocTail, kPlaceNoun, kOrgNoun, kThingNoun, kOwnerNoun };

// How many of `folded_words` from `start` the longest `cue` phrase covers, in
// `language` or in the language-independent list (0: none). Words in fold() form.
int match_cue(Cue cue, std::string_view language, const std::vector<std::string>& folded_words,
              size_t start);

// The cues one folded word is an entry of (one bit per Cue), in `language` or shared.
uint32_t word_cues(std::string_view language, std::string_view folded_word);
// The cues of which one folded word opens a phrase of two or more words. A word
// without `cue` here and in word_cues() starts no `cue` phrase: match_cue() is 0.
uint32_t phrase_start_cues(std::string_view language, std::string_view folded_word);
inline bool has_cue(uint32_t mask, Cue cue) { return (mask >> static_cast<unsigned>(cue)) & 1u; }

// One folded word is a `cue` entry of `language` or of the shared list.
bool is_cue(Cue cue, std::string_view language, std::string_view folded_word);

}  // namespace newsdesk::analyze
