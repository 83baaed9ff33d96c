// Date, duration, quantity and quote finders in each language they know: spans
// stay inside the text and dates are real days.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "analyze/facts.h"
#include "core/raw_doc.h"
#include "fuzz_input.h"
#include "text/decode.h"

namespace {
const char* const kLanguages[] = {"it", "en", "de", "fr", "es", "pt", "nl", "pl", "ro", "sv", "", "xx"};
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk;
  auto [choice, bytes] = fuzz::split_choice(data, size);
  core::RawDoc doc;
  doc.source = "fuzz.txt";
  doc.bytes = std::string(bytes);
  auto text = text::decode_plain_text(doc);  // the finders see decoded text only
  if (!text) return 0;
  std::string_view language = kLanguages[(choice & 0x7f) % (sizeof kLanguages / sizeof kLanguages[0])];
  std::optional<analyze::CivilDate> publication;
  if (choice & 0x80) publication = analyze::CivilDate{2025, 9, 3};
  analyze::Facts facts = analyze::find_facts(*text, language, publication);
  for (const auto& d : facts.dates) {
    if (d.begin > d.end || d.end > text->size()) std::abort();
    (void)d.value();
  }
  for (const auto& q : facts.quantities) {
    if (q.begin > q.end || q.end > text->size()) std::abort();
  }
  (void)analyze::facts_to_text(facts);
  return 0;
}
