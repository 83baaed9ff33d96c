#include "analyze/entities_resolve.h"

#include <vector>

#include "analyze/entities_names.h"
#include "analyze/gazetteer_places.h"
#include "text/concepts.h"
#include "text/normalize.h"
#include "text/words.h"

namespace newsdesk::analyze {
namespace {

std::vector<std::string> folded_words(std::string_view name) {
  std::vector<std::string> out;
  for (const auto& w : text::split_words(name)) out.push_back(text::fold(w.text));
  return out;
}

// The concept id covering the whole name, in its language or any.
std::string whole_concept(const std::vector<std::string>& words, std::string_view language) {
  if (words.empty()) return {};
  // Every language's lexicon, whole phrases only (a language adds stem matches).
  (void)language;
  auto c = text::match_concept("", words, 0);
  if (c && static_cast<size_t>(c->words) == words.size()) return std::string(c->id);
  return {};
}

std::string initials(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (w.size() > 3 || w == "uno" || w == "un") out += w.substr(0, 1);
  }
  return out;
}

}  // namespace

std::string resolve_name(std::string_view name, std::string_view language, EntityType type) {
  auto words = folded_words(name);
  std::string concept_id = whole_concept(words, language);
  if (type == EntityType::kPlace) {
    if (concept_id.rfind("country:", 0) == 0) return concept_id;
    auto places = find_places(place_key(name));
    if (!places.empty()) return places.front()->id;
    if (concept_id.rfind("city:", 0) == 0) return concept_id;
  }
  if (type == EntityType::kOrganisation && concept_id.rfind("org:", 0) == 0) return concept_id;
  std::string key = "name:";
  for (const auto& w : words) key += (key.size() > 5 ? " " : "") + w;
  return key;
}

bool same_entity(std::string_view a, std::string_view language_a, std::string_view b,
                 std::string_view language_b, EntityType type) {
  if (type == EntityType::kPerson) return compare_person_names(a, b) != NameMatch::kNone;
  std::string ka = resolve_name(a, language_a, type), kb = resolve_name(b, language_b, type);
  if (ka == kb) return true;
  if (type == EntityType::kOrganisation) {
    // An acronym and its expansion: "CDU" / "Christlich Demokratische Union".
    auto wa = folded_words(a), wb = folded_words(b);
    if (wa.size() == 1 && wb.size() > 1 && initials(wb) == wa[0]) return true;
    if (wb.size() == 1 && wa.size() > 1 && initials(wa) == wb[0]) return true;
  }
  return false;
}

}  // namespace newsdesk::analyze
