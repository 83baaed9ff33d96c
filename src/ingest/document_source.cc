#include "ingest/document_source.h"

#include <sys/stat.h>

#include <filesystem>

#include <fmt/format.h>

#include "ingest/feed_reader.h"
#include "ingest/folder_source.h"
#include "ingest/format.h"
#include "ingest/input_stream.h"
#include "ingest/json_lines_reader.h"
#include "ingest/warc_reader.h"

namespace newsdesk::ingest {
namespace {

constexpr size_t kSniffBytes = 8192;

// A single Diagnostic: an input that could not be opened or is not what it claims.
class ErrorSource : public DocumentSource {
 public:
  ErrorSource(core::Diagnostic d, uint64_t bytes = 0) : d_(std::move(d)), bytes_(bytes) {}
  std::optional<core::Result<core::RawDoc>> next() override {
    if (done_) return std::nullopt;
    done_ = true;
    return core::Result<core::RawDoc>(d_);
  }
  SourceCounts counts() const override { return {0, done_ ? 1u : 0u, 0, bytes_}; }

 private:
  core::Diagnostic d_;
  uint64_t bytes_;
  bool done_ = false;
};

// One page or text, read whole up to the limit.
class SingleDocSource : public DocumentSource {
 public:
  SingleDocSource(std::string name, std::unique_ptr<InputStream> input, Format format, const SourceOptions& options)
      : name_(std::move(name)), input_(std::move(input)), format_(format), options_(options) {}

  std::optional<core::Result<core::RawDoc>> next() override {
    if (done_) return std::nullopt;
    done_ = true;
    auto result = read();
    if (result.ok()) ++counts_.documents;
    else ++counts_.errors;
    return result;
  }
  SourceCounts counts() const override {
    SourceCounts c = counts_;
    c.bytes_read = input_->input_position();
    return c;
  }

 private:
  core::Result<core::RawDoc> read() {
    core::RawDoc doc;
    doc.source = name_;
    size_t got = input_->reader().read(doc.bytes, options_.max_doc_bytes + 1);
    auto faults = input_->stream().take_errors();
    if (!faults.empty()) {
      const StreamError& f = faults.front();
      return core::Diagnostic{name_, input_->gzipped() ? fmt::format("offset {}", f.offset) : "", f.reason};
    }
    if (got > options_.max_doc_bytes) {
      return core::Diagnostic{name_, "", fmt::format("larger than the limit of {} bytes", options_.max_doc_bytes)};
    }
    doc.media_type = format_ == Format::kHtml ? "text/html" : format_ == Format::kXml ? "application/xml" : "text/plain";
    doc.fetch_time = input_->mtime();
    return doc;
  }

  std::string name_;
  std::unique_ptr<InputStream> input_;
  Format format_;
  SourceOptions options_;
  SourceCounts counts_;
  bool done_ = false;
};

// Paths read one after the other.
class SequenceSource : public DocumentSource {
 public:
  SequenceSource(std::vector<std::string> paths, const SourceOptions& options)
      : paths_(std::move(paths)), options_(options) {}

  std::optional<core::Result<core::RawDoc>> next() override {
    for (;;) {
      if (current_) {
        if (auto doc = current_->next()) return doc;
        SourceCounts c = current_->counts();
        finished_.documents += c.documents;
        finished_.errors += c.errors;
        finished_.skipped += c.skipped;
        finished_.bytes_read += c.bytes_read;
        current_.reset();
      }
      if (index_ >= paths_.size()) return std::nullopt;
      current_ = open_source(paths_[index_++], options_);
    }
  }

  SourceCounts counts() const override {
    SourceCounts c = finished_;
    if (current_) {
      SourceCounts d = current_->counts();
      c.documents += d.documents;
      c.errors += d.errors;
      c.skipped += d.skipped;
      c.bytes_read += d.bytes_read;
    }
    return c;
  }

 private:
  std::vector<std::string> paths_;
  SourceOptions options_;
  size_t index_ = 0;
  SourceCounts finished_;
  std::unique_ptr<DocumentSource> current_;
};

}  // namespace

std::unique_ptr<DocumentSource> open_source(const std::string& path, const SourceOptions& options) {
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return open_folder(path, options);
  }
  auto opened = InputStream::open(path, options.max_inflate_ratio);
  if (!opened) return std::make_unique<ErrorSource>(opened.error());
  std::unique_ptr<InputStream> input = std::move(*opened);
  std::string_view head = input->reader().peek(kSniffBytes);
  Format format = detect_format(head);
  if (head.empty()) {
    // Nothing came out: say why (a broken gzip, a read error); an empty input is
    // handed on for the text decoder to name, as for any page.
    auto faults = input->stream().take_errors();
    if (!faults.empty()) return std::make_unique<ErrorSource>(core::Diagnostic{path, "", faults.front().reason});
    return std::make_unique<SingleDocSource>(path, std::move(input), Format::kText, options);
  }
  Format named = path == "-" ? Format::kEmpty : format_from_name(path);
  // The content decides; a name that promises a feed, JSON lines or WARC must be kept.
  if (format == Format::kEmpty) format = Format::kText;  // only blanks: the decoder's to judge
  if (named == Format::kFeed && format != Format::kFeed && format != Format::kXml) {
    return std::make_unique<ErrorSource>(
        core::Diagnostic{path, "", fmt::format("not a feed: {} content", to_string(format))});
  }
  if (named == Format::kJsonLines && format != Format::kJsonLines) {
    return std::make_unique<ErrorSource>(
        core::Diagnostic{path, "", fmt::format("not JSON lines: {} content", to_string(format))});
  }
  if (named == Format::kWarc && format != Format::kWarc) {
    return std::make_unique<ErrorSource>(
        core::Diagnostic{path, "", fmt::format("not a WARC file: {} content", to_string(format))});
  }
  switch (format) {
    case Format::kWarc:
      return std::make_unique<WarcSource>(path, std::move(input), options);
    case Format::kFeed:
    case Format::kXml:
      // XML of another kind is named as such by the feed reader.
      return std::make_unique<FeedSource>(path, std::move(input), options);
    case Format::kJsonLines:
      return std::make_unique<JsonLinesSource>(path, std::move(input), options);
    default:
      return std::make_unique<SingleDocSource>(path, std::move(input), format, options);
  }
}

std::unique_ptr<DocumentSource> open_sources(const std::vector<std::string>& paths, const SourceOptions& options) {
  return std::make_unique<SequenceSource>(paths, options);
}

uint64_t total_input_bytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const auto& p : paths) {
    if (p == "-") return 0;
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      for (const auto& f : list_folder(p).files) {
        if (::stat(f.c_str(), &st) == 0) total += static_cast<uint64_t>(st.st_size);
      }
    } else if (S_ISREG(st.st_mode)) {
      total += static_cast<uint64_t>(st.st_size);
    } else {
      return 0;
    }
  }
  return total;
}

}  // namespace newsdesk::ingest
