// WARC reader: any bytes (plain or gzip, one member per record or not) give
// documents and Diagnostics, and the reader comes to its end.
#include <cstdint>
#include <string>

#include "fuzz_input.h"
#include "ingest/input_stream.h"
#include "ingest/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto options = fuzz::small_source_options();
  options.keep_non_2xx = size % 2 == 1;
  ingest::WarcSource source("fuzz.warc", ingest::InputStream::from_string(bytes, options.max_inflate_ratio),
                            options);
  fuzz::drain(source);
  ingest::HttpResponse response;
  (void)ingest::parse_http_response(bytes, response);
  return 0;
}
