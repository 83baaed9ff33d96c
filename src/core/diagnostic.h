// Diagnostic: one input error as data — which input, where in it, and why —
// so a batch can report it and go on instead of throwing.
#pragma once

#include <string>

namespace newsdesk::core {

struct Diagnostic {
  std::string source;  // path, "-" for stdin, or a URL
  std::string where;   // "line 12", "offset 4096", or empty for the whole input
  std::string reason;  // short, lower case, no trailing period
};

// "source: where: reason" (or "source: reason"), the one line printed on stderr.
std::string format_diagnostic(const Diagnostic& d);

}  // namespace newsdesk::core
