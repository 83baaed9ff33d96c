// Helpers the fuzz targets share: a byte budget small enough for libFuzzer's
// speed, options derived from the input's first byte, and draining a source.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/document_source.h"

namespace newsdesk::fuzz {

// Readers get small limits, so the limit paths are reached too.
inline ingest::SourceOptions small_source_options() {
  ingest::SourceOptions options;
  options.max_doc_bytes = 64u << 10;
  return options;
}

// Reads every document and Diagnostic a source gives, touching their bytes so
// the sanitizers see any dangling view.
inline void drain(ingest::DocumentSource& source) {
  size_t sum = 0;
  while (auto r = source.next()) {
    if (*r) {
      sum += (*r)->bytes.size() + (*r)->source.size() + (*r)->url.size();
    } else {
      sum += r->error().reason.size();
    }
  }
  (void)source.counts();
  volatile size_t sink = sum;
  (void)sink;
}

// The input's first byte, as a small choice, and the rest.
inline std::pair<uint8_t, std::string_view> split_choice(const uint8_t* data, size_t size) {
  if (size == 0) return {0, {}};
  return {data[0], std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1)};
}

}  // namespace newsdesk::fuzz
