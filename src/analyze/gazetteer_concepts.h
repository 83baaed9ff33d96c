// The entity entries of the concept lexicons (data/concepts/<lang>.txt): countries,
// demonyms, cities and organisations by id, looked up by whole phrase only and fast.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::analyze {

struct ConceptHit {
  std::string_view id;  // "country:KP", "nat:KP", "city:beijing", "org:nato"
  size_t words = 0;
};

// Some entity concept phrase starts with this fold()ed word.
bool concept_may_start(const std::string& first_word);

// The longest entity concept phrase starting at folded_words[start], in any
// language (exact phrase, no stems); words == 0 when none.
ConceptHit match_entity_concept(const std::vector<std::string>& folded_words, size_t start);

}  // namespace newsdesk::analyze
