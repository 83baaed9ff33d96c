#include "analyze/entities_types.h"

namespace newsdesk::analyze {

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "person";
    case EntityType::kPlace: return "place";
    case EntityType::kOrganisation: return "organisation";
  }
  return "person";
}

}  // namespace newsdesk::analyze
