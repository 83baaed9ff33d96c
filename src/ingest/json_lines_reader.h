// JsonLinesSource: streams a JSON-lines file, one object per line ({url, title,
// text or html, published, language, ...}), each as a NewsItem RawDoc or a page.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ingest/document_source.h"
#include "ingest/input_stream.h"

namespace newsdesk::ingest {

class JsonLinesSource : public DocumentSource {
 public:
  JsonLinesSource(std::string name, std::unique_ptr<InputStream> input, const SourceOptions& options);
  std::optional<core::Result<core::RawDoc>> next() override;
  SourceCounts counts() const override;

 private:
  core::Result<core::RawDoc> convert(const std::string& line, int number);

  std::string name_;
  std::unique_ptr<InputStream> input_;
  SourceOptions options_;
  SourceCounts counts_;
  int line_ = 0;
  bool done_ = false;
};

}  // namespace newsdesk::ingest
