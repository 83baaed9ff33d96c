// Feed parser (RSS 2.0, RSS 1.0, Atom, through libxml2's push parser): any bytes
// give items and Diagnostics.
#include <cstdint>
#include <string>

#include "fuzz_input.h"
#include "ingest/feed_reader.h"
#include "ingest/input_stream.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk;
  auto options = fuzz::small_source_options();
  ingest::FeedSource source(
      "fuzz.xml",
      ingest::InputStream::from_string(std::string(reinterpret_cast<const char*>(data), size),
                                       options.max_inflate_ratio),
      options);
  fuzz::drain(source);
  return 0;
}
