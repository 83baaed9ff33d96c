#include "ingest/folder_source.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "ingest/format.h"

namespace newsdesk::ingest {
namespace {

namespace fs = std::filesystem;

// Reads the listed files in turn; problems found while listing come first.
class FolderSource : public DocumentSource {
 public:
  FolderSource(FolderListing listing, const SourceOptions& options)
      : listing_(std::move(listing)), options_(options) {}

  std::optional<core::Result<core::RawDoc>> next() override {
    for (;;) {
      if (problem_ < listing_.problems.size()) {
        ++errors_;
        return core::Result<core::RawDoc>(listing_.problems[problem_++]);
      }
      if (current_) {
        if (auto doc = current_->next()) return doc;
        finished_ = add(finished_, current_->counts());
        current_.reset();
      }
      if (file_ >= listing_.files.size()) return std::nullopt;
      current_ = open_source(listing_.files[file_++], options_);
    }
  }

  SourceCounts counts() const override {
    SourceCounts c = current_ ? add(finished_, current_->counts()) : finished_;
    c.errors += errors_;
    return c;
  }

 private:
  static SourceCounts add(SourceCounts a, const SourceCounts& b) {
    a.documents += b.documents;
    a.errors += b.errors;
    a.skipped += b.skipped;
    a.bytes_read += b.bytes_read;
    return a;
  }

  FolderListing listing_;
  SourceOptions options_;
  size_t problem_ = 0;
  size_t file_ = 0;
  uint64_t errors_ = 0;
  SourceCounts finished_;
  std::unique_ptr<DocumentSource> current_;
};

}  // namespace

bool is_readable_name(std::string_view file_name) {
  if (file_name.empty() || file_name.front() == '.') return false;
  return format_from_name(file_name) != Format::kEmpty;
}

FolderListing list_folder(const std::string& dir) {
  FolderListing out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.problems.push_back({dir, "", fmt::format("cannot list: {}", ec.message())});
    return out;
  }
  std::string base = dir;
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
    if (ec) {
      out.problems.push_back({dir, "", fmt::format("cannot list: {}", ec.message())});
      break;
    }
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!name.empty() && name.front() == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    std::error_code sec;
    fs::file_status st = it->status(sec);  // follows symlinks
    if (fs::is_directory(st) || !is_readable_name(name)) continue;
    std::string rel = fs::relative(p, dir, sec).generic_string();
    std::string full = base == "/" ? "/" + rel : base + "/" + rel;
    if (!fs::is_regular_file(st)) {
      // A FIFO or device would block or never end: named, not read.
      out.problems.push_back({full, "", fs::exists(st) ? "not a regular file" : "broken link"});
      continue;
    }
    out.files.push_back(std::move(full));
  }
  std::sort(out.files.begin(), out.files.end());
  std::sort(out.problems.begin(), out.problems.end(),
            [](const core::Diagnostic& a, const core::Diagnostic& b) { return a.source < b.source; });
  return out;
}

std::unique_ptr<DocumentSource> open_folder(const std::string& dir, const SourceOptions& options) {
  return std::make_unique<FolderSource>(list_folder(dir), options);
}

}  // namespace newsdesk::ingest
