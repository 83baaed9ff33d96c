// UTF-8 checks applied to every input before it is treated as text.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsdesk::text {

// Byte offset of the first ill-formed sequence, or nullopt when `s` is valid UTF-8.
std::optional<size_t> find_invalid_utf8(std::string_view s);

// True when `s` holds NUL bytes or many control characters: an image, archive or
// executable rather than text. Looks at the first 64 KiB only.
bool looks_binary(std::string_view s);

// Drops a leading UTF-8 byte-order mark.
std::string_view strip_bom(std::string_view s);

}  // namespace newsdesk::text
