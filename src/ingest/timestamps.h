// Timestamps as feeds, WARC headers and JSON lines write them (RFC 822, ISO 8601 /
// RFC 3339, W3C-DTF), read into seconds since the epoch and written back as UTC ISO 8601.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsdesk::ingest {

// "Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+02:00", "2003-06-10", ...
std::optional<int64_t> parse_timestamp(std::string_view text);

// "2003-06-10T04:00:00Z"
std::string format_timestamp(int64_t seconds);

}  // namespace newsdesk::ingest
