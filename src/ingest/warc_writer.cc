#include "ingest/warc_writer.h"

#include <fcntl.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <stdexcept>

#include <fmt/format.h>

#include "ingest/news_item.h"
#include "ingest/timestamps.h"

namespace newsdesk::ingest {
namespace {

// A UUID-shaped id from the record's content and place in the archive, so the
// same inputs give the same archive bytes.
std::string record_id(uint64_t sequence, std::string_view type, std::string_view uri, std::string_view block) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  XXH3_128bits_update(state, &sequence, sizeof sequence);
  XXH3_128bits_update(state, type.data(), type.size());
  XXH3_128bits_update(state, uri.data(), uri.size());
  XXH3_128bits_update(state, block.data(), block.size());
  XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  uint64_t hi = (h.high64 & ~0xF000ull) | 0x8000ull;                // version 8: custom
  uint64_t lo = (h.low64 & ~(0xC000ull << 48)) | (0x8000ull << 48);  // RFC 4122 variant
  return fmt::format("urn:uuid:{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", hi >> 32, (hi >> 16) & 0xFFFF, hi & 0xFFFF,
                     lo >> 48, lo & 0xFFFFFFFFFFFFull);
}

std::string relative_name(const std::string& root, const std::string& file) {
  std::string rel = file;
  if (file.size() > root.size() && file.compare(0, root.size(), root) == 0) {
    rel = file.substr(root.size());
    while (!rel.empty() && rel.front() == '/') rel.erase(0, 1);
  } else {
    rel = std::filesystem::path(file).filename().string();
  }
  if (rel.size() > 3 && rel.compare(rel.size() - 3, 3, ".gz") == 0) rel.resize(rel.size() - 3);
  return rel;
}

}  // namespace

core::Result<std::unique_ptr<WarcWriter>> WarcWriter::create(const std::string& path) {
  if (path == "-") return std::make_unique<WarcWriter>(STDOUT_FILENO, false);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return core::Diagnostic{path, "", fmt::format("cannot create: {}", std::strerror(errno))};
  return std::make_unique<WarcWriter>(fd, true);
}

WarcWriter::WarcWriter(int fd, bool owned) : fd_(fd), owned_(owned) {
  if (deflateInit2(&z_, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("deflateInit2 failed");
}

WarcWriter::~WarcWriter() {
  deflateEnd(&z_);
  if (owned_ && fd_ >= 0) ::close(fd_);
}

void WarcWriter::emit(const unsigned char* data, size_t n) {
  while (n > 0 && error_.empty()) {
    ssize_t w = ::write(fd_, data, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      error_ = fmt::format("cannot write: {}", std::strerror(errno));
      return;
    }
    data += w;
    n -= static_cast<size_t>(w);
    bytes_written_ += static_cast<uint64_t>(w);
  }
}

std::string WarcWriter::write_record(std::string_view type, std::string_view target_uri, int64_t date,
                                     std::string_view content_type, std::string_view block,
                                     std::string_view extra_headers) {
  std::string id = record_id(records_, type, target_uri, block);
  std::string header = fmt::format("WARC/1.1\r\nWARC-Type: {}\r\nWARC-Record-ID: <{}>\r\nWARC-Date: {}\r\n", type,
                                   id, format_timestamp(date));
  if (!target_uri.empty()) header += fmt::format("WARC-Target-URI: {}\r\n", target_uri);
  if (!warcinfo_id_.empty()) header += fmt::format("WARC-Warcinfo-ID: <{}>\r\n", warcinfo_id_);
  header += extra_headers;
  header += fmt::format("Content-Type: {}\r\nContent-Length: {}\r\n\r\n", content_type, block.size());
  // One gzip member per record, so a reader can start at any record.
  deflateReset(&z_);
  unsigned char out[1 << 16];
  auto pump = [&](std::string_view data, int flush) {
    z_.next_in = reinterpret_cast<unsigned char*>(const_cast<char*>(data.data()));
    z_.avail_in = static_cast<uInt>(data.size());
    int rc;
    do {
      z_.next_out = out;
      z_.avail_out = sizeof out;
      rc = deflate(&z_, flush);
      emit(out, sizeof out - z_.avail_out);
    } while (z_.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
  };
  pump(header, Z_NO_FLUSH);
  // Blocks over 1 GiB go in slices: avail_in is 32 bits.
  for (size_t i = 0; i < block.size(); i += 1u << 30) pump(block.substr(i, 1u << 30), Z_NO_FLUSH);
  pump("\r\n\r\n", Z_FINISH);
  ++records_;
  return id;
}

void WarcWriter::write_warcinfo(std::string_view file_name, std::string_view description) {
  std::string block = "software: newsdesk 0.1.0\r\nformat: WARC File Format 1.1\r\n";
  if (!description.empty()) block += fmt::format("description: {}\r\n", description);
  int64_t now = static_cast<int64_t>(std::time(nullptr));
  warcinfo_id_.clear();
  warcinfo_id_ = write_record("warcinfo", "", now, "application/warc-fields", block,
                              fmt::format("WARC-Filename: {}\r\n", file_name));
}

std::string WarcWriter::write_response(const core::RawDoc& doc, std::string_view target_uri) {
  std::string media = doc.media_type.empty() ? "text/html" : doc.media_type;
  std::string content_type = doc.charset.empty() ? media : fmt::format("{}; charset={}", media, doc.charset);
  std::string block = fmt::format("HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n\r\n",
                                  content_type, doc.bytes.size());
  block += doc.bytes;
  int64_t date = doc.fetch_time > 0 ? doc.fetch_time : static_cast<int64_t>(std::time(nullptr));
  return write_record("response", target_uri, date, "application/http; msgtype=response", block);
}

std::string WarcWriter::write_resource(const core::RawDoc& doc, std::string_view target_uri) {
  std::string content_type = doc.charset.empty() ? doc.media_type : fmt::format("{}; charset={}", doc.media_type, doc.charset);
  int64_t date = doc.fetch_time > 0 ? doc.fetch_time : static_cast<int64_t>(std::time(nullptr));
  return write_record("resource", target_uri, date, content_type, doc.bytes);
}

bool WarcWriter::finish() {
  if (owned_ && fd_ >= 0) {
    if (::close(fd_) != 0 && error_.empty()) error_ = fmt::format("cannot close: {}", std::strerror(errno));
    fd_ = -1;
  }
  return error_.empty();
}

PackResult pack_warc(const std::vector<std::string>& inputs, WarcWriter& writer, const PackOptions& options,
                     const std::function<void(const SourceCounts&)>& on_progress) {
  PackResult result;
  for (const auto& input : inputs) {
    std::string root = input;
    while (root.size() > 1 && root.back() == '/') root.pop_back();
    auto source = open_source(input, options.source);
    std::string last_file;
    bool last_is_output = false;
    while (auto doc = source->next()) {
      std::string_view from = doc->ok() ? std::string_view(doc->value().source) : std::string_view(doc->error().source);
      std::string file(from.substr(0, from.find('#')));
      if (file != last_file) {
        std::error_code ec;
        last_file = file;
        last_is_output = !options.output.empty() && std::filesystem::equivalent(file, options.output, ec);
      }
      if (last_is_output) continue;
      if (!doc->ok()) {
        result.diagnostics.push_back(doc->error());
      } else {
        core::RawDoc& d = doc->value();
        std::string uri = !d.url.empty() ? d.url : options.url_prefix + relative_name(root, file);
        if (is_news_item(d)) writer.write_resource(d, uri);
        else writer.write_response(d, uri);
        ++result.records;
      }
      if (on_progress) on_progress(source->counts());
      if (!writer.error().empty()) return result;
    }
  }
  return result;
}

}  // namespace newsdesk::ingest
