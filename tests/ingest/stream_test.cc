#include <gtest/gtest.h>

#include "ingest/byte_stream.h"
#include "ingest/gzip_stream.h"
#include "ingest/progress.h"
#include "ingest/timestamps.h"
#include "test_util.h"

namespace newsdesk::ingest {
namespace {

using testing::gzip;

std::string read_all(BufferedReader& r) {
  std::string out;
  while (r.read(out, 1 << 20) > 0) {}
  return out;
}

TEST(BufferedReaderTest, LinesPeeksAndPushBacks) {
  StringStream s("one\r\ntwo\nthree");
  BufferedReader r(s);
  std::string line;
  ASSERT_TRUE(r.read_line(line, 100));
  EXPECT_EQ(line, "one");
  EXPECT_EQ(r.position(), 5u);
  EXPECT_EQ(r.peek(3), "two");
  r.unread("xx\n");
  ASSERT_TRUE(r.read_line(line, 100));
  EXPECT_EQ(line, "xx");
  ASSERT_TRUE(r.read_line(line, 100, nullptr, true));
  EXPECT_EQ(line, "two\n");
  bool overlong = false;
  ASSERT_TRUE(r.read_line(line, 3, &overlong));
  EXPECT_EQ(line, "thr");
  EXPECT_TRUE(overlong);
  EXPECT_FALSE(r.read_line(line, 100));
  EXPECT_TRUE(r.at_end());
}

TEST(GzipStreamTest, ReadsManyMembersAsOneStream) {
  std::string a(100000, 'a'), b = "second member";
  StringStream raw(gzip(a) + gzip(b));
  GzipStream gz(raw);
  BufferedReader r(gz);
  EXPECT_EQ(read_all(r), a + b);
  EXPECT_TRUE(gz.take_errors().empty());
  EXPECT_EQ(gz.input_offset_of(a.size() + 2), gzip(a).size());
}

// Text that deflate cannot shrink much, so members take real room in the input.
std::string noise(size_t n, uint32_t seed) {
  std::string out(n, ' ');
  for (auto& c : out) {
    seed = seed * 1664525u + 1013904223u;
    c = static_cast<char>('a' + (seed >> 24) % 26);
  }
  return out;
}

// Members of every size around the read-ahead window (whole inflate, and zlib's
// streaming for one larger than the window) read back byte for byte, with their offsets.
TEST(GzipStreamTest, MembersAroundTheReadAheadWindowReadBackExactly) {
  std::vector<size_t> sizes = {10, 300000, 700000, 5, 2500000, 90000, 1200000, 40000};
  std::string packed, plain;
  std::vector<std::pair<size_t, size_t>> starts;  // (out position, input offset)
  for (size_t i = 0; i < sizes.size(); ++i) {
    std::string text = noise(sizes[i], static_cast<uint32_t>(i + 1));
    starts.emplace_back(plain.size(), packed.size());
    packed += gzip(text);
    plain += text;
  }
  StringStream raw(packed);
  GzipStream gz(raw);
  BufferedReader r(gz);
  std::string got;
  while (r.read(got, 1 << 16) > 0) {}
  EXPECT_TRUE(got == plain);
  EXPECT_TRUE(gz.take_errors().empty());
  EXPECT_EQ(gz.input_offset_of(starts.back().first + 1), starts.back().second);
}

TEST(GzipStreamTest, TruncatedMemberIsAFault) {
  std::string packed = gzip(std::string(5000, 'x') + "tail");
  StringStream raw(packed.substr(0, packed.size() - 10));
  GzipStream gz(raw);
  BufferedReader r(gz);
  read_all(r);
  auto errors = gz.take_errors();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].reason.find("truncated gzip member at offset 0"), std::string::npos);
  EXPECT_FALSE(r.resume());
}

TEST(GzipStreamTest, CorruptMemberIsSkippedAndTheNextOneRead) {
  std::string first = gzip("first member\n");
  std::string bad = gzip(std::string(20000, 'q') + "bad member\n");
  for (size_t i = 20; i < 60; ++i) bad[i] = static_cast<char>(0xff);
  std::string third = gzip("third member\n");
  StringStream raw(first + bad + third);
  GzipStream gz(raw);
  BufferedReader r(gz);
  std::string out = read_all(r);
  auto errors = gz.take_errors();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].offset, first.size());
  EXPECT_NE(errors[0].reason.find("corrupt gzip member"), std::string::npos);
  ASSERT_TRUE(r.resume());
  out += read_all(r);
  EXPECT_EQ(out.substr(0, 13), "first member\n");
  EXPECT_EQ(out.substr(out.size() - 13), "third member\n");
}

TEST(GzipStreamTest, StopsABombAtTheRatioLimit) {
  std::string zeros(32u << 20, '\0');
  std::string packed = gzip(zeros, 9);
  ASSERT_GT(zeros.size() / packed.size(), 1000u);  // deflate reaches ~1030:1 on zeros
  StringStream raw(packed);
  GzipStream gz(raw);
  BufferedReader r(gz);
  std::string out = read_all(r);
  EXPECT_LT(out.size(), zeros.size());
  auto errors = gz.take_errors();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].reason.find("zip bomb"), std::string::npos);
}

TEST(GzipStreamTest, GarbageAfterTheLastMember) {
  StringStream raw(gzip("ok") + "JUNK");
  GzipStream gz(raw);
  BufferedReader r(gz);
  EXPECT_EQ(read_all(r), "ok");
  auto errors = gz.take_errors();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].reason.find("not gzip"), std::string::npos);
}

TEST(ParseTimestampTest, ReadsFeedAndWarcDates) {
  EXPECT_EQ(parse_timestamp("2024-03-01T10:30:00Z"), 1709289000);
  EXPECT_EQ(parse_timestamp("2024-03-01T11:30:00+01:00"), 1709289000);
  EXPECT_EQ(parse_timestamp("Fri, 01 Mar 2024 10:30:00 GMT"), 1709289000);
  EXPECT_EQ(parse_timestamp("01 Mar 2024 11:30:00 +0100"), 1709289000);
  EXPECT_EQ(parse_timestamp("Fri, 01 Mar 2024 05:30:00 EST"), 1709289000);
  EXPECT_EQ(parse_timestamp("2024-03-01T10:30:00.123Z"), 1709289000);
  EXPECT_EQ(parse_timestamp("2024-03-01"), 1709251200);
  EXPECT_FALSE(parse_timestamp("yesterday"));
  EXPECT_FALSE(parse_timestamp("2024-13-01"));
  EXPECT_EQ(format_timestamp(1709289000), "2024-03-01T10:30:00Z");
}

TEST(ProgressLineTest, FormatsCountsRatesAndEta) {
  SourceCounts c{1234, 3, 0, 50'000'000};
  std::string line = format_progress(c, 2.0, 100'000'000);
  EXPECT_EQ(line, "1,234 docs  50.0 MB  617 docs/s  25.0 MB/s  3 errors  ETA 0:02");
  EXPECT_EQ(format_progress({1, 0, 0, 0}, 0.0, 0), "1 docs  0.0 MB");
}

}  // namespace
}  // namespace newsdesk::ingest
