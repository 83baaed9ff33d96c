// InputStream: one opened input — file, FIFO or stdin — with gzip undone when
// its bytes say so, ready for a reader to sniff and stream.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/result.h"
#include "ingest/byte_stream.h"
#include "ingest/gzip_stream.h"

namespace newsdesk::ingest {

class InputStream {
 public:
  // "-" is stdin. A Diagnostic for a missing, unreadable or directory path.
  static core::Result<std::unique_ptr<InputStream>> open(const std::string& path, double max_ratio);
  // Over bytes in memory (tests, nested payloads).
  static std::unique_ptr<InputStream> from_string(std::string bytes, double max_ratio);

  BufferedReader& reader() { return *reader_; }
  // The stream the reader reads: the gzip one when there is one.
  ByteStream& stream() { return gzip_ ? static_cast<ByteStream&>(*gzip_) : *raw_; }
  uint64_t input_position() const { return raw_->input_position(); }
  bool gzipped() const { return gzip_ != nullptr; }
  int64_t mtime() const { return mtime_; }

 private:
  void start(double max_ratio);  // sniffs gzip and builds the reader

  std::unique_ptr<ByteStream> raw_;
  std::unique_ptr<BufferedReader> raw_reader_;
  std::unique_ptr<ByteStream> through_;  // the raw reader, as the gzip stream's input
  std::unique_ptr<GzipStream> gzip_;
  std::unique_ptr<BufferedReader> reader_;
  int64_t mtime_ = 0;
};

}  // namespace newsdesk::ingest
