#include "store/cursor.h"

namespace newsdesk::store {
namespace {
constexpr char kHex[] = "0123456789abcdef";
}

std::string encode_cursor(const std::vector<std::string>& fields) {
  std::string joined;
  for (size_t k = 0; k < fields.size(); ++k) {
    if (k) joined += '\x1f';
    joined += fields[k];
  }
  std::string out;
  for (unsigned char c : joined) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::optional<std::vector<std::string>> decode_cursor(const std::string& cursor, size_t count) {
  if (cursor.size() % 2) return std::nullopt;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::vector<std::string> fields(1);
  for (size_t i = 0; i < cursor.size(); i += 2) {
    int hi = nibble(cursor[i]), lo = nibble(cursor[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    char c = static_cast<char>(hi * 16 + lo);
    if (c == '\x1f') fields.emplace_back();
    else fields.back() += c;
  }
  if (fields.size() != count) return std::nullopt;
  return fields;
}

}  // namespace newsdesk::store
