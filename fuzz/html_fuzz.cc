// HTML tokenizer and tree builder: any bytes parse into a tree whose links stay in range.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsdesk::extract;
  HtmlDocument doc = parse_html(std::string(reinterpret_cast<const char*>(data), size));
  const int count = static_cast<int>(doc.nodes.size());
  if (count == 0) std::abort();  // the root is always there
  for (int i = 0; i < count; ++i) {
    const Node& n = doc.node(i);
    for (int link : {n.parent, n.first_child, n.last_child, n.next_sibling}) {
      if (link < -1 || link >= count) std::abort();
    }
    if (n.attr_begin > n.attr_end || n.attr_end > doc.attributes.size()) std::abort();
    if (n.type == NodeType::kElement) (void)doc.attr(i, "href");
  }
  std::string text;
  doc.append_text(0, text);
  (void)doc.find_first(Tag::kTitle);
  std::string decoded;
  decode_entities(std::string_view(reinterpret_cast<const char*>(data), size), decoded, size % 2 == 0);
  return 0;
}
