// JSON-lines reader: any bytes give items, pages and one Diagnostic per bad line.
#include <cstdint>
#include <string>

#include "fuzz_input.h"
#include "ingest/input_stream.h"
#include "ingest/json_lines_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk;
  auto options = fuzz::small_source_options();
  ingest::JsonLinesSource source(
      "fuzz.jsonl",
      ingest::InputStream::from_string(std::string(reinterpret_cast<const char*>(data), size),
                                       options.max_inflate_ratio),
      options);
  fuzz::drain(source);
  return 0;
}
