// Gzip member reader: any bytes inflate to a bounded output, with faults
// reported and resumed past until the input ends.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/byte_stream.h"
#include "ingest/gzip_stream.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk::ingest;
  StringStream raw(std::string(reinterpret_cast<const char*>(data), size));
  GzipStream gz(raw, 50.0);
  char buf[4096];
  uint64_t out = 0;
  int resumes = 0;
  for (;;) {
    size_t n = gz.read(buf, sizeof buf);
    out += n;
    if (n > 0) {
      (void)gz.input_offset_of(out - 1);
      gz.forget_before(out);
      continue;
    }
    (void)gz.take_errors();
    // Every resume skips at least a byte of input, so the loop ends.
    if (!gz.resume()) break;
    if (++resumes > static_cast<int>(size) + 1) std::abort();
  }
  // Past a 1 MiB floor, a member inflates to at most 50 times its size.
  if (out > (1u << 20) + 50 * static_cast<uint64_t>(size) + sizeof buf) std::abort();
  return 0;
}
