#include "text/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace newsdesk::text {

std::optional<size_t> find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) { ++i; continue; }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(at);
  }
  return std::nullopt;
}

bool looks_binary(std::string_view s) {
  std::string_view head = s.substr(0, std::min<size_t>(s.size(), 64 * 1024));
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 20 > head.size();  // over 5% control bytes
}

std::string_view strip_bom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

}  // namespace newsdesk::text
