#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <mutex>


#include "ingest/folder_source.h"
#include "ingest/map_in_order.h"
#include "ingest/news_item.h"
#include "ingest/warc_writer.h"
#include "test_util.h"

namespace newsdesk::ingest {
namespace {

using testing::drain_path;
using testing::gzip;

class OpenSourceTest : public testing::ScratchDir {};

TEST_F(OpenSourceTest, FolderWithMixedFormatsInSortedOrder) {
  write("in/z-page.html", "<!DOCTYPE html><html><body><p>Z</p></body></html>");
  write("in/a/deep/page.htm.gz", gzip("<html><body>deep</body></html>"));
  write("in/b-notes.txt", "Titolo\n\nTesto.");
  write("in/c-feed.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Atom item</title></entry></feed>");
  write("in/d-items.jsonl", "{\"title\": \"Line one\"}\n{\"title\": \"Line two\"}\n");
  write("in/e-broken.jsonl", "{\"title\": \n");
  write("in/.git/config.txt", "hidden");
  write("in/f-style.css", "body{}");
  {
    auto writer = WarcWriter::create(path("in/m-archive.warc.gz"));
    core::RawDoc doc;
    doc.bytes = "<html><body>archived</body></html>";
    doc.media_type = "text/html";
    doc.fetch_time = 1709289000;
    (*writer)->write_response(doc, "https://x.example/archived");
    (*writer)->finish();
  }
  auto d = drain_path(path("in"));
  std::string in = path("in");
  ASSERT_EQ(d.order.size(), 8u) << ::testing::PrintToString(d.order);
  EXPECT_EQ(d.order[0], "doc " + in + "/a/deep/page.htm.gz");
  EXPECT_EQ(d.order[1], "doc " + in + "/b-notes.txt");
  EXPECT_EQ(d.order[2], "doc " + in + "/c-feed.atom#item 1");
  EXPECT_EQ(d.order[3], "doc " + in + "/d-items.jsonl:1");
  EXPECT_EQ(d.order[4], "doc " + in + "/d-items.jsonl:2");
  EXPECT_EQ(d.order[5].rfind("error " + in + "/e-broken.jsonl: line 1: bad JSON", 0), 0u);
  EXPECT_EQ(d.order[6].rfind("doc " + in + "/m-archive.warc.gz#urn:uuid:", 0), 0u);
  EXPECT_EQ(d.order[7], "doc " + in + "/z-page.html");
  EXPECT_EQ(d.docs[0].bytes, "<html><body>deep</body></html>");
  EXPECT_EQ(d.docs[0].media_type, "text/html");
  EXPECT_EQ(d.docs[1].media_type, "text/plain");
  EXPECT_EQ(d.docs[5].url, "https://x.example/archived");
  EXPECT_EQ(total_input_bytes({in}) > 0, true);
}

TEST_F(OpenSourceTest, SeveralPathsInOrderWithCounts) {
  std::string a = write("a.txt", "A");
  std::string b = write("b.jsonl", "{\"title\": \"B\"}\nnot json\n");
  auto source = open_sources({b, path("missing.txt"), a});
  auto d = testing::drain(*source);
  ASSERT_EQ(d.order.size(), 4u);
  EXPECT_EQ(d.order[0], "doc " + b + ":1");
  EXPECT_EQ(d.order[1].rfind("error " + b + ": line 2: bad JSON", 0), 0u);
  EXPECT_EQ(d.order[2], "error " + path("missing.txt") + ": no such file");
  EXPECT_EQ(d.order[3], "doc " + a);
  SourceCounts c = source->counts();
  EXPECT_EQ(c.documents, 2u);
  EXPECT_EQ(c.errors, 2u);
  EXPECT_EQ(c.bytes_read, 1u + 24u);
}

TEST_F(OpenSourceTest, FifoInAFolderIsNamedNotRead) {
  write("f/page.txt", "text");
  ASSERT_EQ(::mkfifo(path("f/pipe.html").c_str(), 0600), 0);
  auto d = drain_path(path("f"));
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].source, path("f/pipe.html"));
  EXPECT_EQ(d.errors[0].reason, "not a regular file");
  ASSERT_EQ(d.docs.size(), 1u);
}

TEST_F(OpenSourceTest, FifoGivenByNameIsStreamed) {
  std::string fifo = path("pipe");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // A reader held open lets the writer open, write and close without a race.
  int keep = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(keep, 0);
  int w = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
  ASSERT_GE(w, 0);
  std::string lines = "{\"title\": \"From a pipe\"}\n";
  ASSERT_EQ(::write(w, lines.data(), lines.size()), static_cast<ssize_t>(lines.size()));
  ::close(w);
  auto d = drain_path(fifo);
  ::close(keep);
  ASSERT_EQ(d.docs.size(), 1u) << ::testing::PrintToString(d.order);
  EXPECT_EQ(d.docs[0].source, fifo + ":1");
}

TEST_F(OpenSourceTest, Stdin) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  int saved = ::dup(STDIN_FILENO);
  ::dup2(fds[0], STDIN_FILENO);
  ::close(fds[0]);
  std::string body = gzip("<?xml version=\"1.0\"?><rss><channel><item><title>Piped</title></item></channel></rss>");
  ASSERT_EQ(::write(fds[1], body.data(), body.size()), static_cast<ssize_t>(body.size()));
  ::close(fds[1]);
  auto d = drain_path("-");
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_EQ(d.docs.size(), 1u) << ::testing::PrintToString(d.order);
  EXPECT_EQ(d.docs[0].source, "-#item 1");
  EXPECT_TRUE(is_news_item(d.docs[0]));
}

TEST_F(OpenSourceTest, BadSinglesAreDiagnostics) {
  std::string zeros(64u << 20, '\0');
  auto bomb = drain_path(write("bomb.html.gz", gzip(zeros, 9)));
  ASSERT_EQ(bomb.errors.size(), 1u);
  EXPECT_NE(bomb.errors[0].reason.find("zip bomb"), std::string::npos);

  std::string packed = gzip("<html><body>" + std::string(10000, 'x') + "</body></html>");
  auto cut = drain_path(write("cut.html.gz", packed.substr(0, packed.size() / 2)));
  ASSERT_EQ(cut.errors.size(), 1u);
  EXPECT_NE(cut.errors[0].reason.find("truncated gzip member"), std::string::npos);

  // Empty input is handed on: the text decoder names it, as for any page.
  auto empty = drain_path(write("empty.txt", ""));
  ASSERT_EQ(empty.docs.size(), 1u);
  EXPECT_TRUE(empty.docs[0].bytes.empty());

  SourceOptions small;
  small.max_doc_bytes = 10;
  auto big = drain_path(write("big.txt", std::string(100, 'x')), small);
  ASSERT_EQ(big.errors.size(), 1u);
  EXPECT_EQ(big.errors[0].reason, "larger than the limit of 10 bytes");

  auto missing = drain_path(path("nope.html"));
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_EQ(missing.errors[0].reason, "no such file");

  auto warc = drain_path(write("fake.warc.gz", gzip("<html></html>")));
  ASSERT_EQ(warc.errors.size(), 1u);
  EXPECT_EQ(warc.errors[0].reason, "not a WARC file: HTML content");
}

TEST_F(OpenSourceTest, EmptyFolder) {
  std::filesystem::create_directories(path("void"));
  auto d = drain_path(path("void"));
  EXPECT_TRUE(d.order.empty());
}

}  // namespace
}  // namespace newsdesk::ingest

namespace newsdesk::ingest {
namespace {

class MapInOrderTest : public testing::ScratchDir {};

TEST_F(MapInOrderTest, SameOrderWhateverTheThreads) {
  std::string lines;
  for (int i = 1; i <= 500; ++i) {
    lines += i % 50 == 0 ? "not json\n" : "{\"title\": \"Item " + std::to_string(i) + "\"}\n";
  }
  std::string file = write("many.jsonl", lines);
  std::vector<std::string> reference;
  for (int threads : {1, 2, 7}) {
    auto source = open_source(file);
    std::vector<std::string> seen;
    int windows = 0;
    map_in_order<std::string>(
        *source, threads, 16,
        [](core::Result<core::RawDoc>& r) {
          return r.ok() ? r->source : "error " + r.error().where;
        },
        [&](std::string& s) { seen.push_back(std::move(s)); }, [&] { ++windows; });
    ASSERT_EQ(seen.size(), 500u);
    EXPECT_EQ(seen[0], file + ":1");
    EXPECT_EQ(seen[49], "error line 50");
    EXPECT_EQ(windows, 32);  // 500 / 16, rounded up
    if (reference.empty()) reference = seen;
    EXPECT_EQ(seen, reference) << threads << " threads";
  }
}

TEST_F(MapInOrderTest, RethrowsWhatMapThrows) {
  auto source = open_source(write("two.jsonl", "{\"title\": \"a\"}\n{\"title\": \"b\"}\n"));
  EXPECT_THROW(map_in_order<int>(
                   *source, 2, 8, [](core::Result<core::RawDoc>&) -> int { throw std::runtime_error("boom"); },
                   [](int&) {}),
               std::runtime_error);
}

TEST_F(MapInOrderTest, RethrowsWhatSinkThrows) {
  auto source = open_source(write("two.jsonl", "{\"title\": \"a\"}\n{\"title\": \"b\"}\n"));
  EXPECT_THROW(map_in_order<int>(
                   *source, 2, 8, [](core::Result<core::RawDoc>&) { return 1; },
                   [](int&) { throw std::runtime_error("sink"); }),
               std::runtime_error);
}

// A slow sink (a store committing a batch) must not stop the mapping, and the
// mapping must not run further ahead of the sink than two windows.
TEST_F(MapInOrderTest, MapsAheadOfASlowSinkUpToTwoWindows) {
  std::string lines;
  for (int i = 0; i < 200; ++i) lines += "{\"title\": \"Item " + std::to_string(i) + "\"}\n";
  auto source = open_source(write("slow.jsonl", lines));
  const size_t window = 8;
  std::mutex mu;
  std::condition_variable mapped_more;
  size_t mapped = 0, sunk = 0, most_ahead = 0;
  bool went_ahead = false;
  map_in_order<int>(
      *source, 2, window,
      [&](core::Result<core::RawDoc>&) {
        std::lock_guard<std::mutex> lock(mu);
        ++mapped;
        most_ahead = std::max(most_ahead, mapped - sunk);
        mapped_more.notify_all();
        return 0;
      },
      [&](int&) {
        std::unique_lock<std::mutex> lock(mu);
        if (sunk == 0) {
          went_ahead = mapped_more.wait_for(lock, std::chrono::seconds(20), [&] { return mapped == 2 * window; });
        }
        ++sunk;
      });
  EXPECT_TRUE(went_ahead);
  EXPECT_EQ(sunk, 200u);
  EXPECT_LE(most_ahead, 2 * window);
}

}  // namespace
}  // namespace newsdesk::ingest
