// Whole-page extraction: charset, tree, metadata, dates, main text and links of
// any bytes given as an HTML page end in an Article or a Diagnostic.
#include <cstdint>
#include <string>

#include "core/raw_doc.h"
#include "extract/extract.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk;
  auto [choice, bytes] = fuzz::split_choice(data, size);
  core::RawDoc doc;
  doc.source = "fuzz.html";
  doc.bytes = std::string(bytes);
  doc.media_type = "text/html";
  doc.url = (choice & 1) ? "https://example.org/news/2021/03/04/story.html" : "";
  doc.charset = (choice & 2) ? "iso-8859-1" : "";
  extract::ExtractOptions options;
  options.max_bytes = 1u << 20;
  options.detect_language = (choice & 4) != 0;
  options.date_order = (choice & 8) ? "dmy" : "";
  auto article = extract::extract_article(doc, options);
  if (article) (void)article->text();
  return 0;
}
