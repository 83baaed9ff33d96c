#include "ingest/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace newsdesk::ingest {
namespace {

core::Diagnostic error(const std::string& path, std::string reason) {
  return core::Diagnostic{path, "", std::move(reason)};
}

// Reads until EOF; stops with an error past max_bytes so a huge input cannot exhaust memory.
core::Result<core::RawDoc> read_fd(int fd, const std::string& path, size_t max_bytes) {
  core::RawDoc doc;
  doc.source = path;
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return error(path, fmt::format("cannot read: {}", std::strerror(errno)));
    }
    if (n == 0) break;
    if (doc.bytes.size() + static_cast<size_t>(n) > max_bytes) {
      return error(path, fmt::format("larger than the limit of {} bytes", max_bytes));
    }
    doc.bytes.append(buffer, static_cast<size_t>(n));
  }
  return doc;
}

}  // namespace

core::Result<core::RawDoc> read_input(const std::string& path, size_t max_bytes) {
  if (path == "-") return read_fd(STDIN_FILENO, path, max_bytes);

  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT) return error(path, "no such file");
    if (errno == EACCES) return error(path, "permission denied");
    return error(path, fmt::format("cannot open: {}", std::strerror(errno)));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return error(path, fmt::format("cannot stat: {}", std::strerror(errno)));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return error(path, "is a directory");
  }
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return error(path, fmt::format("{} bytes, larger than the limit of {} bytes",
                                   static_cast<long long>(st.st_size), max_bytes));
  }
  // Opened non-blocking so a FIFO without a writer cannot hang open(); read blocking.
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  auto result = read_fd(fd, path, max_bytes);
  ::close(fd);
  if (result) result->fetch_time = static_cast<int64_t>(st.st_mtime);
  return result;
}

}  // namespace newsdesk::ingest
