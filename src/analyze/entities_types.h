// Entity: a person, place or organisation a text names, with every form it is
// written in, how often, and (for places) its country and coordinates.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::analyze {

enum class EntityType { kPerson, kPlace, kOrganisation };

// Where a name is written: byte offsets [begin, end) into the text it was found in.
struct EntitySpan {
  size_t begin = 0;
  size_t end = 0;
};

struct Entity {
  std::string name;                   // the form shown: the fullest, most used one
  EntityType type = EntityType::kPerson;
  std::vector<std::string> variants;  // every distinct form, `name` first
  int mentions = 0;                   // name mentions, plus demonyms for a country
  std::string country;                // ISO 3166-1 alpha-2, for places ("" if unknown)
  std::optional<double> lat, lon;     // for cities
  std::vector<EntitySpan> spans;      // the name mentions, in text order
  std::string key;                    // resolution key: "geo:1816670", "country:KP", "org:nato", "per:putin"
};

std::string_view to_string(EntityType type);

}  // namespace newsdesk::analyze
