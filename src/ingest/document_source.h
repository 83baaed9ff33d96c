// DocumentSource: a stream of RawDocs (or Diagnostics) from one or more inputs —
// a file, a folder, stdin, a WARC, a feed, JSON lines — opened by content, read one at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/raw_doc.h"
#include "core/result.h"
#include "ingest/gzip_stream.h"

namespace newsdesk::ingest {

struct SourceOptions {
  size_t max_doc_bytes = 64u << 20;  // one page, record, feed item or JSON line
  double max_inflate_ratio = kDefaultMaxInflateRatio;
  // WARC response records with a status outside 200-299 are skipped unless set.
  bool keep_non_2xx = false;
};

// What a source has done so far: for progress lines and the closing summary.
struct SourceCounts {
  uint64_t documents = 0;      // RawDocs handed out
  uint64_t errors = 0;         // Diagnostics handed out
  uint64_t skipped = 0;        // records passed over by design (requests, metadata, images, 404s)
  uint64_t bytes_read = 0;     // input bytes consumed, as stored on disk
};

class DocumentSource {
 public:
  virtual ~DocumentSource() = default;
  // The next document, or the Diagnostic for one that could not be read; nullopt at the end.
  virtual std::optional<core::Result<core::RawDoc>> next() = 0;
  virtual SourceCounts counts() const = 0;
};

// One path ("-" is stdin): a folder is walked, anything else is opened and its
// format detected from its content. Never throws on bad input: a path that
// cannot be read yields one Diagnostic.
std::unique_ptr<DocumentSource> open_source(const std::string& path, const SourceOptions& options = {});

// Several paths, one after the other, in the order given.
std::unique_ptr<DocumentSource> open_sources(const std::vector<std::string>& paths,
                                             const SourceOptions& options = {});

// Bytes on disk the paths hold (folders walked as open_source would), for an
// ETA; 0 when unknown (stdin, a pipe).
uint64_t total_input_bytes(const std::vector<std::string>& paths);

}  // namespace newsdesk::ingest
