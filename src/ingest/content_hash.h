// The content hash that names a document everywhere: the store's key (the same
// bytes are stored once) and the queue's message id (the same bytes are queued once).
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::ingest {

// XXH3-128 of the raw bytes, 32 lower-case hex digits.
std::string content_hash(std::string_view bytes);

}  // namespace newsdesk::ingest
