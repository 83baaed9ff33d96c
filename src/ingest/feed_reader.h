// FeedSource: streams the items of an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed,
// each as a NewsItem RawDoc (title, link, summary or content, date, categories).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ingest/document_source.h"
#include "ingest/input_stream.h"
#include "ingest/news_item.h"

namespace newsdesk::ingest {

class FeedSource : public DocumentSource {
 public:
  FeedSource(std::string name, std::unique_ptr<InputStream> input, const SourceOptions& options);
  ~FeedSource() override;
  FeedSource(const FeedSource&) = delete;
  FeedSource& operator=(const FeedSource&) = delete;

  std::optional<core::Result<core::RawDoc>> next() override;
  SourceCounts counts() const override;

  // libxml2 callbacks.
  int read_input(char* buffer, int len);
  void on_error(int line, std::string message);

 private:
  struct Parser;
  std::optional<core::Result<core::RawDoc>> finish_item(NewsItem item, int index);
  void take_stream_faults();

  std::string name_;
  std::unique_ptr<InputStream> input_;
  SourceOptions options_;
  SourceCounts counts_;
  std::unique_ptr<Parser> parser_;
  std::vector<core::Diagnostic> pending_;
  bool error_reported_ = false;
  bool done_ = false;
  int items_ = 0;
};

}  // namespace newsdesk::ingest
