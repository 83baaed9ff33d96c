// ProgressMeter: one self-rewriting stderr line while inputs are read —
// documents, MB, docs/s, errors, and an ETA when the total size is known.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "ingest/document_source.h"

namespace newsdesk::ingest {

// "1,234 docs  56.7 MB  890 docs/s  12.3 MB/s  3 errors  ETA 0:12"
std::string format_progress(const SourceCounts& counts, double seconds, uint64_t total_bytes);

class ProgressMeter {
 public:
  // enabled: the caller's choice (stderr is a terminal and not --quiet).
  ProgressMeter(std::FILE* out, bool enabled, uint64_t total_bytes);
  // Redraws at most a few times a second.
  void update(const SourceCounts& counts);
  // The last figures, and the line ended.
  void finish(const SourceCounts& counts);
  double seconds() const;

 private:
  std::FILE* out_;
  bool enabled_;
  uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
  size_t last_width_ = 0;
  bool drawn_ = false;
};

}  // namespace newsdesk::ingest
