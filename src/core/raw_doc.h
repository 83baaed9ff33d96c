// RawDoc: the bytes of one input document and where they came from, as every
// reader hands them to the rest of the pipeline.
#pragma once

#include <cstdint>
#include <string>

namespace newsdesk::core {

struct RawDoc {
  std::string source;      // path as given, or "-" for stdin
  std::string bytes;       // undecoded content
  std::string media_type;  // "text/plain", "text/html", ... (empty when unknown)
  std::string charset;     // hint from a header or declaration (empty when unknown)
  std::string url;         // where the page was fetched from, if known
  int64_t fetch_time = 0;  // seconds since the epoch, 0 when unknown
};

}  // namespace newsdesk::core
