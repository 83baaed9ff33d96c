// WarcWriter: writes WARC 1.1 files, one gzip member per record (warcinfo, then
// a response record per page), and pack_warc, which archives whatever newsdesk can read.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/raw_doc.h"
#include "core/result.h"
#include "ingest/document_source.h"

namespace newsdesk::ingest {

class WarcWriter {
 public:
  // "-" writes to stdout. A Diagnostic when the file cannot be created.
  static core::Result<std::unique_ptr<WarcWriter>> create(const std::string& path);
  WarcWriter(int fd, bool owned);
  ~WarcWriter();
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  // The archive's first record: who wrote it, and how.
  void write_warcinfo(std::string_view file_name, std::string_view description);
  // A page as a response record, with an HTTP 200 header carrying its media type
  // and charset. Returns the record id ("urn:uuid:...").
  std::string write_response(const core::RawDoc& doc, std::string_view target_uri);
  // A payload without HTTP (a news item) as a resource record.
  std::string write_resource(const core::RawDoc& doc, std::string_view target_uri);

  // Flushes and closes; false (with error()) when any write failed.
  bool finish();
  const std::string& error() const { return error_; }
  uint64_t records() const { return records_; }
  uint64_t bytes_written() const { return bytes_written_; }

 private:
  std::string write_record(std::string_view type, std::string_view target_uri, int64_t date,
                           std::string_view content_type, std::string_view block,
                           std::string_view extra_headers = {});
  void emit(const unsigned char* data, size_t n);

  int fd_;
  bool owned_;
  z_stream z_{};
  std::string error_;
  uint64_t records_ = 0;
  uint64_t bytes_written_ = 0;
  std::string warcinfo_id_;
};

struct PackOptions {
  // Target URI of a page without one: prefix + its path inside the folder given
  // (or its name), without ".gz".
  std::string url_prefix = "file:///";
  std::string output;  // the archive being written, never read back into itself
  SourceOptions source;
};

struct PackResult {
  uint64_t records = 0;
  std::vector<core::Diagnostic> diagnostics;  // inputs or records that could not be read
};

// Archives every document the inputs yield, in order: pages as response
// records, news items as resource records. on_progress is called after each.
PackResult pack_warc(const std::vector<std::string>& inputs, WarcWriter& writer, const PackOptions& options,
                     const std::function<void(const SourceCounts&)>& on_progress = {});

}  // namespace newsdesk::ingest
