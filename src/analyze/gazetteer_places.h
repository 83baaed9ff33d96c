// Place gazetteer: countries and world regions in every locale (ICU/CLDR), first-level
// regions and cities with their translations (generated from GeoNames packages).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::analyze {

enum class PlaceKind { kCountry, kArea, kRegion, kCity };

struct Place {
  std::string id;       // "country:KP", "area:150", "adm1:IT:Liguria", "geo:1816670"
  PlaceKind kind = PlaceKind::kCity;
  std::string name;     // in English
  std::string country;  // ISO 3166-1 alpha-2 ("" for areas)
  std::optional<double> lat, lon;
  long population = 0;
};

// Every place `key` may name, most likely first (countries and areas, then by
// population). `key` is the name's words in fold() form joined by one space.
std::vector<const Place*> find_places(std::string_view key);

// Some place name starts with this fold()ed word: a quick test before find_places().
bool place_may_start(std::string_view first_word);

// The country with ISO code `code`, or nullptr.
const Place* country_place(std::string_view code);

// A country's name in `language` from CLDR ("KP", "it" -> "Corea del Nord").
std::string country_name(std::string_view code, std::string_view language);

// How many places the generated table held (0 when it was not generated).
size_t generated_place_count();

// The fold()ed words of `name` joined by one space: the key of find_places().
std::string place_key(std::string_view name);

}  // namespace newsdesk::analyze
