#include "text/decode.h"

#include <fmt/format.h>

#include "text/utf8.h"

namespace newsdesk::text {

core::Result<std::string> decode_plain_text(const core::RawDoc& doc) {
  auto fail = [&](std::string where, std::string reason) {
    return core::Diagnostic{doc.source, std::move(where), std::move(reason)};
  };
  if (doc.bytes.empty()) return fail("", "empty input");
  if (looks_binary(doc.bytes)) return fail("", "binary content, not text");
  std::string_view body = strip_bom(doc.bytes);
  if (auto bad = find_invalid_utf8(body)) {
    size_t offset = *bad + (doc.bytes.size() - body.size());
    return fail(fmt::format("offset {}", offset), "invalid UTF-8");
  }
  if (body.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    return fail("", "no text (only white space)");
  }
  return std::string(body);
}

}  // namespace newsdesk::text
