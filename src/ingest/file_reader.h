// Reads one named input — a file path, or "-" for stdin — whole into a RawDoc.
#pragma once

#include <cstddef>
#include <string>

#include "core/raw_doc.h"
#include "core/result.h"

namespace newsdesk::ingest {

inline constexpr size_t kDefaultMaxInputBytes = 64u << 20;  // 64 MiB

// Fails (as a Diagnostic) on a missing, unreadable or oversized input, or a directory.
core::Result<core::RawDoc> read_input(const std::string& path,
                                      size_t max_bytes = kDefaultMaxInputBytes);

}  // namespace newsdesk::ingest
