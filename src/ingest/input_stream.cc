#include "ingest/input_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace newsdesk::ingest {
namespace {

// Hands the gzip stream the bytes the sniffing peek already buffered, then the rest.
class ReaderStream : public ByteStream {
 public:
  ReaderStream(BufferedReader& reader, ByteStream& under) : reader_(reader), under_(under) {}
  size_t read(char* buf, size_t n) override {
    std::string chunk;
    size_t got = reader_.read(chunk, n);
    std::memcpy(buf, chunk.data(), got);
    for (auto& e : under_.take_errors()) errors_.push_back(std::move(e));
    return got;
  }
  uint64_t input_position() const override { return reader_.position(); }

 private:
  BufferedReader& reader_;
  ByteStream& under_;
};

}  // namespace

void InputStream::start(double max_ratio) {
  raw_reader_ = std::make_unique<BufferedReader>(*raw_);
  if (is_gzip(raw_reader_->peek(3))) {
    // The raw reader keeps the peeked bytes; the gzip stream reads through it.
    auto through = std::make_unique<ReaderStream>(*raw_reader_, *raw_);
    gzip_ = std::make_unique<GzipStream>(*through, max_ratio);
    reader_ = std::make_unique<BufferedReader>(*gzip_);
    // Keep `through` alive as long as gzip_: own it via raw_ chain.
    through_ = std::move(through);
  } else {
    reader_ = std::move(raw_reader_);
  }
}

core::Result<std::unique_ptr<InputStream>> InputStream::open(const std::string& path, double max_ratio) {
  auto in = std::unique_ptr<InputStream>(new InputStream());
  if (path == "-") {
    in->raw_ = std::make_unique<FdStream>(STDIN_FILENO, false);
    in->start(max_ratio);
    return in;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT) return core::Diagnostic{path, "", "no such file"};
    if (errno == EACCES) return core::Diagnostic{path, "", "permission denied"};
    return core::Diagnostic{path, "", fmt::format("cannot open: {}", std::strerror(errno))};
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return core::Diagnostic{path, "", fmt::format("cannot stat: {}", std::strerror(err))};
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return core::Diagnostic{path, "", "is a directory"};
  }
  // Opened non-blocking so a FIFO without a writer cannot hang open(); read blocking.
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  in->raw_ = std::make_unique<FdStream>(fd, true);
  in->mtime_ = static_cast<int64_t>(st.st_mtime);
  in->start(max_ratio);
  return in;
}

std::unique_ptr<InputStream> InputStream::from_string(std::string bytes, double max_ratio) {
  auto in = std::unique_ptr<InputStream>(new InputStream());
  in->raw_ = std::make_unique<StringStream>(std::move(bytes));
  in->start(max_ratio);
  return in;
}

}  // namespace newsdesk::ingest
