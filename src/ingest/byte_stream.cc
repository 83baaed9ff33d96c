#include "ingest/byte_stream.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace newsdesk::ingest {
namespace {
constexpr size_t kChunk = 1 << 16;
constexpr size_t kDirectStep = 1 << 20;
}  // namespace

FdStream::~FdStream() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

size_t FdStream::read(char* buf, size_t n) {
  if (done_ || n == 0) return 0;
  for (;;) {
    ssize_t got = ::read(fd_, buf, n);
    if (got < 0) {
      if (errno == EINTR) continue;
      errors_.push_back({position_, position_, fmt::format("cannot read: {}", std::strerror(errno))});
      done_ = true;
      return 0;
    }
    if (got == 0) done_ = true;
    position_ += static_cast<uint64_t>(got);
    return static_cast<size_t>(got);
  }
}

size_t StringStream::read(char* buf, size_t n) {
  size_t k = std::min(n, data_.size() - position_);
  std::memcpy(buf, data_.data() + position_, k);
  position_ += k;
  return k;
}

void BufferedReader::compact() {
  if (head_ > 0 && head_ >= buf_.size() / 2) {
    buf_.erase(0, head_);
    head_ = 0;
  }
}

bool BufferedReader::fill(size_t want) {
  while (buf_.size() - head_ < want && !eof_) {
    compact();
    size_t old = buf_.size();
    size_t ask = std::max(kChunk, want - (old - head_));
    buf_.resize(old + ask);
    size_t got = in_.read(buf_.data() + old, ask);
    buf_.resize(old + got);
    if (got == 0) eof_ = true;
  }
  return buf_.size() - head_ >= want;
}

bool BufferedReader::read_line(std::string& line, size_t max, bool* overlong, bool keep_eol) {
  line.clear();
  bool cut = false;
  bool any = false;
  for (;;) {
    if (head_ == buf_.size() && !fill(1)) break;
    any = true;
    std::string_view avail(buf_.data() + head_, buf_.size() - head_);
    size_t nl = avail.find('\n');
    std::string_view part = nl == std::string_view::npos ? avail : avail.substr(0, nl);
    size_t room = max - line.size();
    if (part.size() > room) cut = true;
    line.append(part.substr(0, room));
    size_t used = part.size() + (nl == std::string_view::npos ? 0 : 1);
    head_ += used;
    position_ += used;
    if (nl != std::string_view::npos) {
      if (keep_eol && !cut) line.push_back('\n');
      break;
    }
  }
  if (overlong) *overlong = cut;
  if (!keep_eol && !cut && !line.empty() && line.back() == '\r') line.pop_back();
  return any;
}

size_t BufferedReader::read(std::string& out, size_t n) {
  size_t done = 0;
  while (done < n) {
    if (head_ == buf_.size()) {
      if (eof_) break;
      // Large reads go straight from the stream into out, past the buffer.
      if (n - done >= kChunk) {
        // Grown a step at a time: n may be a generous limit, not a size.
        size_t step = std::min(n - done, kDirectStep);
        size_t old = out.size();
        if (out.capacity() < old + step) out.reserve(std::max(old + step, out.capacity() * 2));
        out.resize(old + step);
        size_t got = in_.read(out.data() + old, step);
        out.resize(old + got);
        if (got == 0) { eof_ = true; break; }
        done += got;
        position_ += got;
        continue;
      }
      if (!fill(1)) break;
    }
    size_t k = std::min(n - done, buf_.size() - head_);
    out.append(buf_, head_, k);
    head_ += k;
    position_ += k;
    done += k;
  }
  return done;
}

uint64_t BufferedReader::skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    if (head_ == buf_.size()) {
      buf_.clear();
      head_ = 0;
      if (!fill(1)) break;
    }
    size_t k = static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - head_));
    head_ += k;
    position_ += k;
    done += k;
  }
  return done;
}

std::string_view BufferedReader::peek(size_t n) {
  fill(n);
  return std::string_view(buf_.data() + head_, std::min(n, buf_.size() - head_));
}

void BufferedReader::unread(std::string_view bytes) {
  if (bytes.size() <= head_) {
    head_ -= bytes.size();
    std::memcpy(buf_.data() + head_, bytes.data(), bytes.size());
  } else {
    buf_.replace(0, head_, bytes);
    head_ = 0;
  }
  position_ -= bytes.size();
}

bool BufferedReader::at_end() { return !fill(1); }

bool BufferedReader::resume() {
  if (!in_.resume()) return false;
  eof_ = false;
  return true;
}

}  // namespace newsdesk::ingest
