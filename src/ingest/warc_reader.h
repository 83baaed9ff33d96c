// WarcSource: streams the documents of a WARC 1.0/1.1 file (plain or gzip, one
// member per record or not): response, resource and conversion records, one at a time.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "ingest/document_source.h"
#include "ingest/input_stream.h"

namespace newsdesk::ingest {

// One record's header, names folded to lower case.
struct WarcHeader {
  std::string version;  // "WARC/1.0"
  std::map<std::string, std::string> fields;
  const std::string& get(const std::string& lower_name) const;
};

class WarcSource : public DocumentSource {
 public:
  WarcSource(std::string name, std::unique_ptr<InputStream> input, const SourceOptions& options);
  std::optional<core::Result<core::RawDoc>> next() override;
  SourceCounts counts() const override;

 private:
  enum class Step { kDoc, kError, kSkip, kEnd };
  Step read_record(core::Result<core::RawDoc>& out);
  core::Diagnostic error_at(uint64_t position, std::string reason) const;
  bool resync();  // to the next line that starts a record; false at the end

  std::string name_;
  std::unique_ptr<InputStream> input_;
  SourceOptions options_;
  SourceCounts counts_;
  std::vector<StreamError> faults_;  // taken from the stream, not yet reported
  std::vector<core::Diagnostic> pending_;
  bool ended_ = false;
  uint64_t record_start_ = 0;
};

// Splits an HTTP response block into status, headers and body; false when it is not one.
struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
};
bool parse_http_response(std::string_view block, HttpResponse& out);

// "text/html; charset=ISO-8859-1" -> ("text/html", "ISO-8859-1")
std::pair<std::string, std::string> split_content_type(std::string_view value);

}  // namespace newsdesk::ingest
