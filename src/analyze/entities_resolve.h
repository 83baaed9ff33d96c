// Resolving a bare name to what it denotes, for comparing two names out of
// context: "Pechino" / "Beijing" / "Пекин", "NATO" / "OTAN", "Путин" / "Putin".
#pragma once

#include <string>
#include <string_view>

#include "analyze/entities_types.h"

namespace newsdesk::analyze {

// The resolution key of a place or organisation name ("geo:1816670",
// "country:KP", "org:nato"); for other names "name:" and its folded words.
std::string resolve_name(std::string_view name, std::string_view language, EntityType type);

// Two names, each in its language, denote the same entity of `type`. People
// match by name (a shorter form counts), the others by resolve_name().
bool same_entity(std::string_view a, std::string_view language_a, std::string_view b,
                 std::string_view language_b, EntityType type);

}  // namespace newsdesk::analyze
