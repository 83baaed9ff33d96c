// Plain-text pages: blocks and items of any UTF-8 text (after the decoder, as
// the pipeline runs them), with block line numbers in order.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/raw_doc.h"
#include "story/page_blocks.h"
#include "story/page_items.h"
#include "text/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk;
  core::RawDoc doc;
  doc.source = "fuzz.txt";
  doc.bytes.assign(reinterpret_cast<const char*>(data), size);
  auto text = text::decode_plain_text(doc);
  if (!text) return 0;
  int last = 0;
  for (const story::Block& b : story::split_blocks(*text)) {
    if (b.line <= last || b.end_line < b.line) std::abort();
    last = b.end_line;
  }
  story::PageItems items = story::read_page_items(*text, 0, doc.source);
  (void)items;
  return 0;
}
