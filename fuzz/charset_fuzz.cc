// Charset detection and decoding: a declared or hinted charset (true or lying)
// and any bytes end in valid UTF-8 or a Diagnostic.
#include <cstdint>
#include <cstdlib>
#include <string>

#include <unicode/utf8.h>

#include "core/raw_doc.h"
#include "extract/charset.h"
#include "fuzz_input.h"
#include "text/decode.h"

namespace {

const char* const kHints[] = {"", "utf-8", "iso-8859-1", "windows-1252", "shift_jis", "utf-16",
                              "utf-16le", "gb18030", "koi8-r", "x-no-such-charset", "euc-jp", "utf-32"};

void check_utf8(const std::string& s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) std::abort();  // the decoders promise valid UTF-8
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk;
  auto [choice, bytes] = fuzz::split_choice(data, size);
  std::string_view hint = kHints[choice % (sizeof kHints / sizeof kHints[0])];
  (void)extract::sniff_declared_charset(bytes);
  auto html = extract::decode_html(bytes, hint, "fuzz.html");
  if (html) check_utf8(html->utf8);
  core::RawDoc doc;
  doc.source = "fuzz.txt";
  doc.bytes = std::string(bytes);
  doc.charset = std::string(hint);
  auto text = text::decode_plain_text(doc);
  if (text) check_utf8(*text);
  return 0;
}
