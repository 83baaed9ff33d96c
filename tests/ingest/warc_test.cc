#include <gtest/gtest.h>

#include <algorithm>

#include <fmt/format.h>

#include "ingest/news_item.h"
#include "ingest/warc_reader.h"
#include "ingest/warc_writer.h"
#include "test_util.h"

namespace newsdesk::ingest {
namespace {

using testing::drain_path;
using testing::gzip;

std::string record(const std::string& type, const std::string& id, const std::string& block,
                   const std::string& content_type = "application/http; msgtype=response",
                   std::string length = "") {
  if (length.empty()) length = std::to_string(block.size());
  return fmt::format(
      "WARC/1.0\r\nWARC-Type: {}\r\nWARC-Record-ID: <urn:uuid:{}>\r\nWARC-Date: 2024-03-01T10:30:00Z\r\n"
      "WARC-Target-URI: https://site.example/{}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\r\n{}\r\n\r\n",
      type, id, id, content_type, length, block);
}

std::string http(const std::string& body, const std::string& status = "200 OK",
                 const std::string& content_type = "text/html; charset=ISO-8859-1") {
  return fmt::format("HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\r\n{}", status, content_type,
                     body.size(), body);
}

std::string page(int n) { return fmt::format("<!DOCTYPE html><html><body><p>Page {}</p></body></html>", n); }

class WarcTest : public testing::ScratchDir {};

TEST_F(WarcTest, ReadsResponseResourceAndConversionRecordsAndSkipsTheRest) {
  std::string warc = record("warcinfo", "info", "software: test\r\n", "application/warc-fields") +
                     record("request", "req", "GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request") +
                     record("response", "r1", http(page(1))) +
                     record("metadata", "meta", "fetchTimeMs: 12\r\n", "application/warc-fields") +
                     record("response", "r404", http("gone", "404 Not Found")) +
                     record("response", "img", http("\x89PNG....", "200 OK", "image/png")) +
                     record("resource", "res", "Plain text page.", "text/plain") +
                     record("conversion", "conv", "Extracted text.", "text/plain") +
                     record("revisit", "rev", "", "application/http; msgtype=response");
  auto d = drain_path(write("a.warc", warc));
  ASSERT_TRUE(d.errors.empty()) << d.order.front();
  ASSERT_EQ(d.docs.size(), 3u);
  const core::RawDoc& r1 = d.docs[0];
  EXPECT_EQ(r1.source, path("a.warc") + "#urn:uuid:r1");
  EXPECT_EQ(r1.url, "https://site.example/r1");
  EXPECT_EQ(r1.bytes, page(1));
  EXPECT_EQ(r1.media_type, "text/html");
  EXPECT_EQ(r1.charset, "ISO-8859-1");
  EXPECT_EQ(r1.fetch_time, 1709289000);
  EXPECT_EQ(d.docs[1].bytes, "Plain text page.");
  EXPECT_EQ(d.docs[1].media_type, "text/plain");
  EXPECT_EQ(d.docs[2].bytes, "Extracted text.");
  auto source = open_source(path("a.warc"));
  testing::drain(*source);
  EXPECT_EQ(source->counts().skipped, 6u);
  EXPECT_EQ(source->counts().documents, 3u);
}

TEST_F(WarcTest, DecodesChunkedAndGzipBodies) {
  std::string chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "5\r\n<p>ab\r\n6\r\ncd</p>\r\n0\r\n\r\n";
  std::string zipped = gzip("<p>zipped</p>");
  std::string gz = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + zipped;
  auto d = drain_path(write("b.warc", record("response", "c", chunked) + record("response", "g", gz)));
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].bytes, "<p>abcd</p>");
  EXPECT_EQ(d.docs[1].bytes, "<p>zipped</p>");
}

TEST_F(WarcTest, PackThenReadGivesTheSamePages) {
  write("site/b/two.html", page(2));
  write("site/a/one.htm.gz", gzip(page(1)));
  write("site/notes.txt", "Titolo\n\nTesto.");
  write("site/.hidden.html", page(9));
  write("site/image.png", "\x89PNG");
  std::string rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item><title>Item one"
                    "</title><link>https://f.example/1</link></item></channel></rss>";
  write("site/feed.rss", rss);
  std::string out = path("out.warc.gz");
  {
    auto writer = WarcWriter::create(out);
    ASSERT_TRUE(writer.ok());
    (*writer)->write_warcinfo("out.warc.gz", "test");
    PackOptions options;
    options.url_prefix = "https://archive.example/";
    PackResult result = pack_warc({path("site")}, **writer, options);
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_EQ(result.records, 4u);
    ASSERT_TRUE((*writer)->finish());
    EXPECT_EQ((*writer)->records(), 5u);
  }
  auto d = drain_path(out);
  ASSERT_TRUE(d.errors.empty()) << d.order.front();
  ASSERT_EQ(d.docs.size(), 4u);
  EXPECT_EQ(d.docs[0].bytes, page(1));
  EXPECT_EQ(d.docs[0].url, "https://archive.example/a/one.htm");
  EXPECT_EQ(d.docs[0].media_type, "text/html");
  EXPECT_EQ(d.docs[1].bytes, page(2));
  EXPECT_EQ(d.docs[1].url, "https://archive.example/b/two.html");
  EXPECT_TRUE(is_news_item(d.docs[2]));
  EXPECT_EQ(d.docs[2].url, "https://f.example/1");
  auto item = parse_news_item(d.docs[2]);
  ASSERT_TRUE(item.ok());
  EXPECT_EQ(item->title, "Item one");
  EXPECT_EQ(d.docs[3].bytes, "Titolo\n\nTesto.");
  EXPECT_EQ(d.docs[3].media_type, "text/plain");
  for (const auto& doc : d.docs) {
    EXPECT_NE(doc.source.find(out + "#urn:uuid:"), std::string::npos);
    EXPECT_GT(doc.fetch_time, 0);
  }

  // Each record is its own gzip member.
  std::string packed;
  {
    std::ifstream in(out, std::ios::binary);
    packed.assign(std::istreambuf_iterator<char>(in), {});
  }
  size_t members = 0;
  for (size_t i = 0; i + 2 < packed.size(); ++i)
    if (packed[i] == '\x1f' && packed[i + 1] == '\x8b' && packed[i + 2] == '\x08') ++members;
  EXPECT_GE(members, 5u);

  // Same inputs, same record ids.
  std::string again = path("again.warc.gz");
  auto writer = WarcWriter::create(again);
  (*writer)->write_warcinfo("again.warc.gz", "test");
  PackOptions options;
  options.url_prefix = "https://archive.example/";
  pack_warc({path("site")}, **writer, options);
  (*writer)->finish();
  auto d2 = drain_path(again);
  ASSERT_EQ(d2.docs.size(), 4u);
  EXPECT_EQ(d2.docs[0].source.substr(again.size()), d.docs[0].source.substr(out.size()));
}

TEST_F(WarcTest, PackNeverReadsItsOwnOutput) {
  write("site/one.html", page(1));
  std::string out = path("site/self.warc.gz");
  auto writer = WarcWriter::create(out);
  PackOptions options;
  options.output = out;
  PackResult result = pack_warc({path("site")}, **writer, options);
  (*writer)->finish();
  EXPECT_EQ(result.records, 1u);
  EXPECT_TRUE(result.diagnostics.empty());
}

// Three gzip members, the middle one as given.
std::string three_members(const std::string& middle) {
  return gzip(record("response", "r1", http(page(1)))) + middle + gzip(record("response", "r3", http(page(3))));
}

TEST_F(WarcTest, TruncatedGzipKeepsTheRecordsBefore) {
  std::string full = three_members(gzip(record("response", "r2", http(page(2)))));
  auto d = drain_path(write("t.warc.gz", full.substr(0, full.size() - 20)));
  ASSERT_EQ(d.docs.size(), 2u);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_NE(d.errors[0].reason.find("truncated gzip member"), std::string::npos);
  EXPECT_EQ(d.errors[0].source, path("t.warc.gz"));
}

TEST_F(WarcTest, CorruptMemberIsReportedAtItsOffsetAndSkipped) {
  std::string bad = gzip(record("response", "r2", http(page(2) + std::string(4000, ' '))));
  for (size_t i = 30; i < 50; ++i) bad[i] = static_cast<char>(0xee);
  std::string first = gzip(record("response", "r1", http(page(1))));
  auto d = drain_path(write("c.warc.gz", three_members(bad)));
  ASSERT_EQ(d.docs.size(), 2u) << ::testing::PrintToString(d.order);
  EXPECT_EQ(d.docs[0].bytes, page(1));
  EXPECT_EQ(d.docs[1].bytes, page(3));
  ASSERT_EQ(d.errors.size(), 1u) << ::testing::PrintToString(d.order);
  EXPECT_EQ(d.errors[0].where, fmt::format("offset {}", first.size()));
  EXPECT_NE(d.errors[0].reason.find("corrupt gzip member"), std::string::npos);
}

TEST_F(WarcTest, ContentLengthThatLiesLosesOnlyItsRecord) {
  std::string body = http(page(2));
  for (std::string length : {std::to_string(body.size() + 40), std::to_string(body.size() - 7)}) {
    std::string warc = record("response", "r1", http(page(1))) + record("response", "r2", body, "application/http; msgtype=response", length) +
                       record("response", "r3", http(page(3))) + record("response", "r4", http(page(4)));
    auto d = drain_path(write("l.warc", warc));
    ASSERT_EQ(d.errors.size(), 1u) << ::testing::PrintToString(d.order);
    EXPECT_NE(d.errors[0].reason.find("does not match"), std::string::npos);
    EXPECT_EQ(d.errors[0].where, fmt::format("offset {}", record("response", "r1", http(page(1))).size()));
    ASSERT_EQ(d.docs.size(), 3u) << ::testing::PrintToString(d.order);
    EXPECT_EQ(d.docs[0].bytes, page(1));
    EXPECT_EQ(d.docs[1].bytes, page(3));
    EXPECT_EQ(d.docs[2].bytes, page(4));
  }
}

TEST_F(WarcTest, ContentLengthPastTheEndIsATruncatedRecord) {
  std::string warc = record("response", "r1", http(page(1))) +
                     record("response", "r2", http(page(2)), "application/http; msgtype=response", "99999");
  auto d = drain_path(write("e.warc", warc));
  ASSERT_EQ(d.docs.size(), 1u);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_NE(d.errors[0].reason.find("truncated record"), std::string::npos);
}

TEST_F(WarcTest, RecordOverTheLimitIsSkipped) {
  std::string big = http(std::string(5000, 'x'));
  std::string warc = gzip(record("response", "r1", http(page(1)))) + gzip(record("response", "big", big)) +
                     gzip(record("response", "r3", http(page(3))));
  SourceOptions options;
  options.max_doc_bytes = 1000;
  auto d = drain_path(write("big.warc.gz", warc), options);
  ASSERT_EQ(d.docs.size(), 2u);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_NE(d.errors[0].reason.find("over the limit of 1000 bytes"), std::string::npos);
  EXPECT_EQ(d.errors[0].where, fmt::format("offset {}", gzip(record("response", "r1", http(page(1)))).size()));
}

TEST_F(WarcTest, CorruptHeaderResumesAtTheNextRecord) {
  std::string warc = record("response", "r1", http(page(1))) + "garbage that is not a header\r\n\r\n" +
                     "WARC/1.0\r\nWARC-Type: response\r\nno colon here\r\n\r\n" +
                     "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\n" +
                     record("response", "r2", http(page(2)));
  auto d = drain_path(write("h.warc", warc));
  ASSERT_EQ(d.docs.size(), 2u) << ::testing::PrintToString(d.order);
  ASSERT_EQ(d.errors.size(), 3u) << ::testing::PrintToString(d.order);
  EXPECT_EQ(d.errors[0].reason, "not a WARC record header");
  EXPECT_EQ(d.errors[1].reason, "bad record header line");
  EXPECT_EQ(d.errors[2].reason, "record without a valid Content-Length");
}

TEST_F(WarcTest, ZipBombRecordIsStopped) {
  std::string bomb_block = http(std::string(40u << 20, ' '));
  std::string warc = gzip(record("response", "r1", http(page(1)))) + gzip(record("response", "bomb", bomb_block), 9) +
                     gzip(record("response", "r3", http(page(3))));
  SourceOptions options;
  options.max_doc_bytes = 100u << 20;
  auto d = drain_path(write("bomb.warc.gz", warc), options);
  ASSERT_EQ(d.docs.size(), 2u) << ::testing::PrintToString(d.order);
  ASSERT_EQ(d.errors.size(), 1u) << ::testing::PrintToString(d.order);
  EXPECT_NE(d.errors[0].reason.find("zip bomb"), std::string::npos);
}

TEST(WarcHttpTest, SplitsContentType) {
  auto [type, charset] = split_content_type("Text/HTML; Charset=\"windows-1252\"");
  EXPECT_EQ(type, "text/html");
  EXPECT_EQ(charset, "windows-1252");
}

}  // namespace
}  // namespace newsdesk::ingest

namespace newsdesk::ingest {
namespace {

class WarcDamageTest : public testing::ScratchDir {};

// Random damage — flipped bytes, cuts, spliced garbage — never crashes or hangs
// the reader, and every record it still hands out is one that was written.
TEST_F(WarcDamageTest, SurvivesRandomDamage) {
  std::vector<std::string> pages;
  std::string plain, zipped;
  for (int i = 0; i < 6; ++i) {
    pages.push_back(page(i) + std::string(static_cast<size_t>(i) * 300, 'x'));
    std::string r = record("response", "r" + std::to_string(i), http(pages.back()));
    plain += r;
    zipped += gzip(r);
  }
  uint32_t seed = 12345;
  auto rnd = [&seed](size_t n) {
    seed = seed * 1664525u + 1013904223u;
    return static_cast<size_t>((seed >> 8) % std::max<size_t>(n, 1));
  };
  for (int round = 0; round < 300; ++round) {
    std::string bytes = round % 2 ? plain : zipped;
    switch (round % 3) {
      case 0:
        for (int k = 0; k < 1 + round % 5; ++k) bytes[rnd(bytes.size())] ^= static_cast<char>(1 + rnd(255));
        break;
      case 1:
        bytes.resize(rnd(bytes.size()));
        break;
      case 2:
        bytes.insert(rnd(bytes.size()), std::string(1 + rnd(40), static_cast<char>(rnd(256))));
        break;
    }
    if (bytes.substr(0, 4) != "WARC" && (bytes.size() < 2 || bytes[0] != '\x1f')) continue;
    auto d = testing::drain_path(write("damaged.warc.gz", bytes));
    EXPECT_LE(d.docs.size(), pages.size());
    for (const auto& doc : d.docs) {
      if (round % 2 == 0) {  // gzip: CRC-checked, so a record that comes out is intact
        EXPECT_NE(std::find(pages.begin(), pages.end(), doc.bytes), pages.end()) << "round " << round;
      }
    }
  }
}

}  // namespace
}  // namespace newsdesk::ingest
