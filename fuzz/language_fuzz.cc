// Language identification (fastText, then CLD2 on long texts) on any UTF-8.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/raw_doc.h"
#include "text/decode.h"
#include "text/language.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk;
  core::RawDoc doc;
  doc.source = "fuzz.txt";
  doc.bytes.assign(reinterpret_cast<const char*>(data), size);
  auto text = text::decode_plain_text(doc);
  if (!text) return 0;
  text::LanguageGuess guess = text::identify_language(*text);
  if (guess.confidence < 0 || guess.confidence > 1.0001) std::abort();
  return 0;
}
