// GzipStream: inflates a gzip input of one or many members (a .gz page, a
// per-record .warc.gz) as one stream, bounded against bombs and able to resume past a bad member.
// A member that fits in memory is inflated whole by libdeflate (about twice zlib's speed, and
// its CRC is far faster); a large, truncated or corrupt one goes through zlib's streaming
// inflate, which keeps the fault reports and the bomb check.
#pragma once

#include <zlib.h>

#include <libdeflate.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <utility>
#include <vector>

#include "ingest/byte_stream.h"

namespace newsdesk::ingest {

inline constexpr double kDefaultMaxInflateRatio = 1000.0;

// True when bytes start with the gzip magic (1f 8b, deflate).
bool is_gzip(std::string_view head);

// A byte buffer that grows without zero-filling: the look-ahead and a member's
// output are written before they are read, and filling a MiB per small gzip
// body (an HTTP record's) cost more than inflating it.
class RawBuffer {
 public:
  unsigned char* data() { return bytes_.get(); }
  const unsigned char* data() const { return bytes_.get(); }
  size_t size() const { return size_; }
  // Keeps the first min(size(), n) bytes.
  void resize(size_t n);

 private:
  std::unique_ptr<unsigned char[]> bytes_;
  size_t size_ = 0;
};

class GzipStream : public ByteStream {
 public:
  // A member that inflates to more than max_ratio times its compressed size
  // (past a small floor) is taken for a bomb and skipped.
  explicit GzipStream(ByteStream& compressed, double max_ratio = kDefaultMaxInflateRatio);
  ~GzipStream() override;
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  size_t read(char* buf, size_t n) override;
  uint64_t input_position() const override { return in_.input_position(); }
  std::vector<StreamError> take_errors() override;
  uint64_t input_offset_of(uint64_t pos) const override;
  void forget_before(uint64_t pos) override;
  bool resume() override;

 private:
  enum class State { kMemberStart, kInMember, kResync, kEnd };
  bool refill();  // more compressed input; false at its end
  // The member at next_in inflated whole into whole_; false to stream it with zlib instead.
  bool inflate_whole_member();
  // Reads ahead until at least want bytes of input are held (or the input ends);
  // false when nothing was read because enough was there already or the input had ended.
  bool look_ahead(size_t want);
  size_t serve_whole(char* out, size_t n);
  uint64_t offset_here() const;
  void fail(std::string reason);

  ByteStream& in_;
  double max_ratio_;
  z_stream z_{};
  RawBuffer buf_;
  uint64_t buf_offset_ = 0;  // input offset of buf_[0]
  bool in_eof_ = false;
  State state_ = State::kMemberStart;
  bool first_member_ = true;
  bool quiet_ = false;
  bool paused_ = false;  // after a fault, until resume()
  uint64_t member_start_ = 0;
  uint64_t member_in_ = 0;
  uint64_t member_out_ = 0;
  uint64_t out_position_ = 0;
  std::deque<std::pair<uint64_t, uint64_t>> members_;  // (out position, input offset)
  libdeflate_decompressor* whole_inflater_ = nullptr;
  RawBuffer whole_;  // a member inflated whole, served from whole_at_
  size_t whole_size_ = 0;
  size_t whole_at_ = 0;
};

}  // namespace newsdesk::ingest
