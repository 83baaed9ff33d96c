// English month names that are also words ("may", "march") or short ("feb", "dec") are read as
// months only where the sentence makes them one: after a preposition with the clause ending there
// ("it may be in may", "we leave after Feb."), or as two capitalized names joined by "to"
// ("May to March") where neither can be the verb.
#pragma once

#include <cstddef>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

// Whether the clause ends at token e (the end of the text or a line, or a stop: . , ; : ! ? )).
bool english_clause_ends_at(const std::vector<FactToken>& t, size_t e);

// Whether token p is a preposition that puts a month name after it: in, after, before, by, until, since.
bool english_month_preposition(const std::vector<FactToken>& t, size_t p);

// "May to March", "June through August": a capitalized month at j (ending at e), a joiner, another
// capitalized month. `is_month(k)` says whether a full month name starts at token k.
template <typename IsMonth>
bool english_capitalized_month_pair(const std::vector<FactToken>& t, size_t j, size_t e, IsMonth is_month) {
  if (e + 1 >= t.size() || !t[j].capitalized || !is_month(j)) return false;
  const std::string& w = t[e].folded;
  if (w != "to" && w != "through" && w != "till" && w != "until") return false;
  return t[e + 1].capitalized && is_month(e + 1);
}

}  // namespace newsdesk::analyze
