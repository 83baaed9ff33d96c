// ByteStream: bytes read front to back from a file, stdin or a decompressor, and
// BufferedReader on top of it, so every reader streams instead of loading inputs whole.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::ingest {

// A fault found while reading. Decompressors may recover and go on after one.
struct StreamError {
  uint64_t offset = 0;        // in the underlying input (compressed bytes, as on disk)
  uint64_t out_position = 0;  // in this stream's output, where the data is cut
  std::string reason;
};

class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Up to n bytes into buf; 0 at the end (after an unrecoverable error too).
  virtual size_t read(char* buf, size_t n) = 0;
  // Bytes consumed from the input as stored on disk, for progress.
  virtual uint64_t input_position() const = 0;
  // Faults found since the last call.
  virtual std::vector<StreamError> take_errors() { return std::move(errors_); }
  // The input offset a reader should report for output position pos: the
  // uncompressed position itself, or the start of the gzip member holding it.
  virtual uint64_t input_offset_of(uint64_t pos) const { return pos; }
  // Output before pos will not be asked about again.
  virtual void forget_before(uint64_t /*pos*/) {}
  // After a fault the stream reads as ended; true when it can go on past it
  // (a decompressor skipping to its next member).
  virtual bool resume() { return false; }

 protected:
  std::vector<StreamError> errors_;
};

// Reads a file descriptor; owns and closes it unless it is stdin.
class FdStream : public ByteStream {
 public:
  explicit FdStream(int fd, bool owned = true) : fd_(fd), owned_(owned) {}
  ~FdStream() override;
  FdStream(const FdStream&) = delete;
  FdStream& operator=(const FdStream&) = delete;
  size_t read(char* buf, size_t n) override;
  uint64_t input_position() const override { return position_; }

 private:
  int fd_;
  bool owned_;
  bool done_ = false;
  uint64_t position_ = 0;
};

// Reads a string held in memory (tests, and small payloads).
class StringStream : public ByteStream {
 public:
  explicit StringStream(std::string data) : data_(std::move(data)) {}
  size_t read(char* buf, size_t n) override;
  uint64_t input_position() const override { return position_; }

 private:
  std::string data_;
  size_t position_ = 0;
};

// Lines, exact counts, peeks and push-backs over a ByteStream, with a window
// that grows only as far as a caller asks.
class BufferedReader {
 public:
  explicit BufferedReader(ByteStream& in) : in_(in) {}

  // The next line without "\n" or "\r\n" (with it when keep_eol); false at the
  // end. A line longer than max is cut to max bytes, the rest skipped, and *overlong set.
  bool read_line(std::string& line, size_t max, bool* overlong = nullptr, bool keep_eol = false);
  // Appends up to n bytes to out; returns how many (fewer only at the end).
  size_t read(std::string& out, size_t n);
  // Skips up to n bytes; returns how many.
  uint64_t skip(uint64_t n);
  // Up to n bytes ahead, not consumed.
  std::string_view peek(size_t n);
  // Puts bytes back in front, as if never read.
  void unread(std::string_view bytes);
  bool at_end();
  // Reads on after the stream's fault, when the stream can (see ByteStream::resume).
  bool resume();
  // Bytes consumed from the stream's output so far.
  uint64_t position() const { return position_; }
  ByteStream& stream() { return in_; }

 private:
  bool fill(size_t want);  // until want bytes are buffered or the end
  void compact();

  ByteStream& in_;
  std::string buf_;
  size_t head_ = 0;
  uint64_t position_ = 0;
  bool eof_ = false;
};

}  // namespace newsdesk::ingest
