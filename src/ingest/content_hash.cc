#include "ingest/content_hash.h"

#include <xxhash.h>

#include <fmt/format.h>

namespace newsdesk::ingest {

std::string content_hash(std::string_view bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

}  // namespace newsdesk::ingest
