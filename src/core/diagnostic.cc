#include "core/diagnostic.h"

#include <fmt/format.h>

namespace newsdesk::core {

std::string format_diagnostic(const Diagnostic& d) {
  if (d.where.empty()) return fmt::format("{}: {}", d.source, d.reason);
  return fmt::format("{}: {}: {}", d.source, d.where, d.reason);
}

}  // namespace newsdesk::core
