#include "ingest/gzip_stream.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

namespace newsdesk::ingest {
namespace {

constexpr size_t kInputChunk = 1 << 16;
// Below this much output no member is called a bomb: tiny members inflate well.
constexpr uint64_t kBombFloor = 1u << 20;
constexpr size_t kMaxOutputPerCall = 256u << 10;
// Members are inflated whole when their input is within this much look-ahead and their
// output within this cap; anything larger streams through zlib, so memory stays bounded.
constexpr size_t kWholeInputWindow = 1u << 20;
constexpr size_t kWholeOutputCap = 32u << 20;
constexpr size_t kWholeFirstOutput = 256u << 10;

}  // namespace

void RawBuffer::resize(size_t n) {
  if (n == size_) return;
  std::unique_ptr<unsigned char[]> grown(new unsigned char[n]);
  if (size_ > 0) std::memcpy(grown.get(), bytes_.get(), std::min(size_, n));
  bytes_ = std::move(grown);
  size_ = n;
}

bool is_gzip(std::string_view head) {
  return head.size() >= 3 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b && head[2] == 8;
}

GzipStream::GzipStream(ByteStream& compressed, double max_ratio)
    : in_(compressed), max_ratio_(max_ratio) {
  if (inflateInit2(&z_, 16 + MAX_WBITS) != Z_OK) throw std::runtime_error("inflateInit2 failed");
  buf_.resize(kInputChunk);
  z_.next_in = buf_.data();
  z_.avail_in = 0;
  whole_inflater_ = libdeflate_alloc_decompressor();
}

GzipStream::~GzipStream() {
  inflateEnd(&z_);
  if (whole_inflater_) libdeflate_free_decompressor(whole_inflater_);
}

uint64_t GzipStream::offset_here() const {
  return buf_offset_ + static_cast<uint64_t>(z_.next_in - buf_.data());
}

bool GzipStream::refill() {
  if (in_eof_) return false;
  // Keep the unread tail, then read after it.
  size_t keep = z_.avail_in;
  size_t start = static_cast<size_t>(z_.next_in - buf_.data());
  if (keep > 0 && start > 0) std::memmove(buf_.data(), buf_.data() + start, keep);
  buf_offset_ += start;
  if (buf_.size() - keep < kInputChunk / 2) buf_.resize(keep + kInputChunk);
  size_t got = in_.read(reinterpret_cast<char*>(buf_.data()) + keep, buf_.size() - keep);
  for (auto& e : in_.take_errors()) errors_.push_back({e.offset, out_position_, e.reason});
  z_.next_in = buf_.data();
  z_.avail_in = static_cast<uInt>(keep + got);
  if (got == 0) in_eof_ = true;
  return got > 0;
}

void GzipStream::fail(std::string reason) {
  if (!quiet_) {
    errors_.push_back({member_start_, out_position_, std::move(reason)});
    paused_ = true;  // the reader sees an end here, reports, and resumes
  }
  quiet_ = true;
  state_ = State::kResync;
}

bool GzipStream::resume() {
  if (state_ == State::kEnd) return false;
  paused_ = false;
  return true;
}

std::vector<StreamError> GzipStream::take_errors() { return std::move(errors_); }

bool GzipStream::look_ahead(size_t want) {
  if (z_.avail_in >= want || in_eof_) return false;
  size_t start = static_cast<size_t>(z_.next_in - buf_.data());
  if (start > 0 && z_.avail_in > 0) std::memmove(buf_.data(), z_.next_in, z_.avail_in);
  buf_offset_ += start;
  if (buf_.size() < want) buf_.resize(want);
  z_.next_in = buf_.data();
  while (z_.avail_in < buf_.size()) {
    size_t got = in_.read(reinterpret_cast<char*>(buf_.data()) + z_.avail_in, buf_.size() - z_.avail_in);
    for (auto& e : in_.take_errors()) errors_.push_back({e.offset, out_position_, e.reason});
    if (got == 0) { in_eof_ = true; break; }
    z_.avail_in += static_cast<uInt>(got);
  }
  return true;
}

bool GzipStream::inflate_whole_member() {
  if (!whole_inflater_) return false;
  // Most members are a few dozen KiB: look ahead a quarter of the window, and
  // widen it (up to the whole) only when a member does not end inside.
  look_ahead(kWholeInputWindow / 4);
  for (;;) {
    // The bomb bound: no output beyond max_ratio times all the input we hold.
    size_t cap = std::min<size_t>(
        kWholeOutputCap, std::max<double>(kBombFloor, max_ratio_ * static_cast<double>(z_.avail_in)));
    size_t room = std::min(std::max(whole_.size(), kWholeFirstOutput), cap);
    libdeflate_result rc;
    size_t in_used = 0, out_used = 0;
    for (;;) {
      if (whole_.size() < room) {
        whole_size_ = 0;
        whole_.resize(0);  // nothing in it to keep
        whole_.resize(room);
      }
      rc = libdeflate_gzip_decompress_ex(whole_inflater_, z_.next_in, z_.avail_in, whole_.data(), room,
                                         &in_used, &out_used);
      if (rc != LIBDEFLATE_INSUFFICIENT_SPACE || room >= cap) break;
      room = std::min(room * 2, cap);
    }
    if (rc == LIBDEFLATE_SUCCESS) {
      if (out_used > kBombFloor && static_cast<double>(out_used) > max_ratio_ * static_cast<double>(in_used))
        return false;  // zlib's path reports it
      z_.next_in += in_used;
      z_.avail_in -= static_cast<uInt>(in_used);
      whole_size_ = out_used;
      whole_at_ = 0;
      return true;
    }
    // Bad data may be a member cut by our window or a real fault: more input, or zlib tells which.
    size_t wider = 2 * static_cast<size_t>(z_.avail_in);
    if (z_.avail_in >= kWholeInputWindow || !look_ahead(std::min(wider, kWholeInputWindow))) return false;
  }
}

size_t GzipStream::serve_whole(char* out, size_t n) {
  size_t k = std::min(n, whole_size_ - whole_at_);
  std::memcpy(out, whole_.data() + whole_at_, k);
  whole_at_ += k;
  out_position_ += k;
  if (whole_at_ == whole_size_) {
    whole_size_ = whole_at_ = 0;
    quiet_ = false;
    state_ = State::kMemberStart;
  }
  return k;
}

uint64_t GzipStream::input_offset_of(uint64_t pos) const {
  uint64_t offset = 0;
  for (const auto& [out, in] : members_) {
    if (out > pos) break;
    offset = in;
  }
  return offset;
}

void GzipStream::forget_before(uint64_t pos) {
  while (members_.size() > 1 && members_[1].first <= pos) members_.pop_front();
}

size_t GzipStream::read(char* out, size_t n) {
  size_t produced = 0;
  while (produced < n && !paused_) {
    switch (state_) {
      case State::kEnd:
        return produced;
      case State::kMemberStart: {
        while (z_.avail_in < 3 && refill()) {}
        if (z_.avail_in == 0) { state_ = State::kEnd; break; }
        if (!is_gzip(std::string_view(reinterpret_cast<const char*>(z_.next_in), std::min<size_t>(z_.avail_in, 3)))) {
          member_start_ = offset_here();
          fail(first_member_ ? "not gzip data" : "bytes after the last gzip member that are not gzip");
          break;
        }
        first_member_ = false;
        member_start_ = offset_here();
        member_in_ = member_out_ = 0;
        inflateReset(&z_);
        members_.emplace_back(out_position_, member_start_);
        if (inflate_whole_member()) {
          if (whole_size_ == 0) { quiet_ = false; break; }  // an empty member
          state_ = State::kInMember;
          produced += serve_whole(out + produced, n - produced);
          break;
        }
        state_ = State::kInMember;
        break;
      }
      case State::kInMember: {
        if (whole_size_ > 0) {
          produced += serve_whole(out + produced, n - produced);
          break;
        }
        if (z_.avail_in == 0 && !refill()) {
          fail(fmt::format("truncated gzip member at offset {}", member_start_));
          state_ = State::kEnd;
          break;
        }
        z_.next_out = reinterpret_cast<unsigned char*>(out + produced);
        z_.avail_out = static_cast<uInt>(std::min<size_t>(n - produced, kMaxOutputPerCall));
        uInt before_in = z_.avail_in;
        uInt before_out = z_.avail_out;
        int rc = inflate(&z_, Z_NO_FLUSH);
        size_t made = before_out - z_.avail_out;
        member_in_ += before_in - z_.avail_in;
        member_out_ += made;
        produced += made;
        out_position_ += made;
        // Checked often (output per call is capped) so a bomb stops early.
        if (member_out_ > kBombFloor &&
            static_cast<double>(member_out_) > max_ratio_ * static_cast<double>(std::max<uint64_t>(member_in_, 1))) {
          fail(fmt::format("gzip member at offset {} inflates more than {:.0f} times its size (a zip bomb?)",
                           member_start_, max_ratio_));
        } else if (rc == Z_STREAM_END) {
          quiet_ = false;
          state_ = State::kMemberStart;
        } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR || rc == Z_STREAM_ERROR) {
          fail(fmt::format("corrupt gzip member at offset {}: {}", member_start_,
                           z_.msg ? z_.msg : "inflate failed"));
        }
        break;
      }
      case State::kResync: {
        // Look for the next member's magic; a false match fails quietly and we look again.
        const unsigned char* p = z_.next_in;
        const unsigned char* end = p + z_.avail_in;
        const unsigned char* hit = nullptr;
        for (; p + 2 < end; ++p) {
          if (p[0] == 0x1f && p[1] == 0x8b && p[2] == 8 &&
              buf_offset_ + static_cast<uint64_t>(p - buf_.data()) != member_start_) {
            hit = p;
            break;
          }
        }
        if (hit) {
          z_.avail_in -= static_cast<uInt>(hit - z_.next_in);
          z_.next_in = const_cast<unsigned char*>(hit);
          state_ = State::kMemberStart;
          break;
        }
        // Keep the last two bytes: a magic may straddle the chunk boundary.
        size_t drop = z_.avail_in > 2 ? z_.avail_in - 2 : 0;
        z_.next_in += drop;
        z_.avail_in -= static_cast<uInt>(drop);
        if (!refill()) { state_ = State::kEnd; }
        break;
      }
    }
    if (produced > 0 && state_ != State::kInMember) return produced;
  }
  return produced;
}

}  // namespace newsdesk::ingest
