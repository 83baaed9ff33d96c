// The bad-input matrix (issue 11): each bad input beside a good page in one run of
// `newsdesk stories`. Each gives one stderr line naming it and the reason (or is
// read, when it is valid after all), the good page still makes its stories, the
// child's peak RSS stays under the documented limit (docs/limits.md), and the
// exit code is the documented one: 1 when any input could not be used, else 0.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace newsdesk::e2e {
namespace {

namespace fs = std::filesystem;

// docs/limits.md: peak RSS of one `newsdesk stories` run over these inputs. The
// sanitizers' shadow memory and quarantine add their own share.
#if defined(__SANITIZE_ADDRESS__)
#define NEWSDESK_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NEWSDESK_UNDER_ASAN 1
#endif
#endif
#ifdef NEWSDESK_UNDER_ASAN
constexpr long kRssLimitMiB = 1024;
#else
constexpr long kRssLimitMiB = 384;
#endif

struct CliRun {
  int exit_code = -1;
  long max_rss_mib = 0;
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// Runs the binary with args, its peak RSS measured by wait4.
CliRun run_newsdesk(const std::vector<std::string>& args, const fs::path& dir) {
  fs::path out = dir / "stdout", err = dir / "stderr";
  pid_t pid = ::fork();
  if (pid == 0) {
    int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(o, 1);
    ::dup2(e, 2);
    std::vector<char*> argv{const_cast<char*>(NEWSDESK_BINARY)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(NEWSDESK_BINARY, argv.data());
    ::_exit(127);
  }
  CliRun r;
  int status = 0;
  struct rusage usage {};
  ::wait4(pid, &status, 0, &usage);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.max_rss_mib = usage.ru_maxrss / 1024;  // KiB on Linux
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

std::vector<std::string> lines_naming(const std::string& err, const std::string& name) {
  std::vector<std::string> found;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.find(name) != std::string::npos) found.push_back(line);
  }
  return found;
}

std::string gzip_bytes(const std::string& plain, size_t repeat = 1) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
  std::string out;
  char buf[1 << 16];
  for (size_t i = 0; i < repeat; ++i) {
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
    z.avail_in = static_cast<uInt>(plain.size());
    int flush = i + 1 == repeat ? Z_FINISH : Z_NO_FLUSH;
    do {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof buf;
      deflate(&z, flush);
      out.append(buf, sizeof buf - z.avail_out);
    } while (z.avail_out == 0 || (flush == Z_FINISH && z.avail_in > 0));
  }
  deflateEnd(&z);
  return out;
}

std::string warc_record(const std::string& payload, long declared_length) {
  return fmt::format(
      "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.org/a\r\n"
      "WARC-Date: 2021-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: text/html\r\n"
      "Content-Length: {}\r\n\r\n{}\r\n\r\n",
      declared_length, payload);
}

const char kPage[] =
    "<html><head><title>Floods close the valley road</title></head><body><article>"
    "<h1>Floods close the valley road</h1><p>Heavy rain closed the valley road on Tuesday, and "
    "the council said repairs would take two weeks while crews cleared the mud.</p>"
    "<p>Residents were told to use the mountain pass until the road reopens.</p></article></body></html>";

struct BadInput {
  const char* name;
  // Makes the input in dir and returns its path.
  std::function<fs::path(const fs::path& dir)> make;
  // A stderr line naming the input holds this; empty: the input is valid and read.
  const char* reason;
};

class BadInputMatrix : public ::testing::TestWithParam<BadInput> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("newsdesk_bad_{}_{}", ::getpid(), GetParam().name);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_P(BadInputMatrix, OneLineTheBatchGoesOnMemoryBounded) {
  const BadInput& c = GetParam();
  fs::path bad = c.make(dir_);
  fs::path good = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages/es-single.txt";
  pid_t writer = -1;
  if (fs::is_fifo(bad)) {
    // A FIFO's writer: a page written, then closed.
    writer = ::fork();
    if (writer == 0) {
      int fd = ::open(bad.c_str(), O_WRONLY);
      std::string page = slurp(fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages/pt-single.txt");
      if (fd >= 0) (void)!::write(fd, page.data(), page.size());
      ::_exit(0);
    }
  }
  CliRun r = run_newsdesk({"stories", "--quiet", "--format", "json", "--threads", "2", bad.string(), good.string()},
                       dir_);
  if (writer > 0) {
    ::kill(writer, SIGKILL);
    ::waitpid(writer, nullptr, 0);
  }
  RecordProperty("max_rss_mib", static_cast<int>(r.max_rss_mib));
  std::fprintf(stderr, "[bad input] %-22s exit %d  peak RSS %ld MiB  stderr: %s", c.name, r.exit_code,
               r.max_rss_mib, r.err.empty() ? "(none)\n" : r.err.c_str());

  auto named = lines_naming(r.err, bad.filename().string());
  if (*c.reason) {
    EXPECT_EQ(r.exit_code, 1) << r.err;
    ASSERT_EQ(named.size(), 1u) << r.err;
    EXPECT_NE(named[0].find(c.reason), std::string::npos) << named[0];
  } else {
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(named.empty()) << r.err;
  }
  EXPECT_LT(r.max_rss_mib, kRssLimitMiB);
  // The good page still made its stories.
  auto json = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(json.is_discarded()) << r.out.substr(0, 200);
  bool good_read = false;
  for (const auto& story : json["stories"]) {
    for (const auto& item : story["items"]) good_read |= item.value("path", "") == good.string();
  }
  EXPECT_TRUE(good_read) << r.out.substr(0, 400);
}

const BadInput kMatrix[] = {
    {"empty", [](const fs::path& d) { write_file(d / "empty.txt", ""); return d / "empty.txt"; },
     "empty input"},
    {"binary", [](const fs::path& d) {
       std::mt19937 rng(11);
       std::string bytes(1 << 20, '\0');
       for (auto& b : bytes) b = static_cast<char>(rng());
       write_file(d / "garbage.bin", bytes);
       return d / "garbage.bin";
     }, "binary"},
    {"invalid_utf8", [](const fs::path& d) {
       write_file(d / "bad-utf8.txt", "Floods close the valley road\n\nHeavy rain \xc3\x28 closed \xff the road.\n");
       return d / "bad-utf8.txt";
     }, "invalid UTF-8"},
    {"lying_charset", [](const fs::path& d) {
       // Declares UTF-8, holds windows-1252: read, its text decoded as what it is.
       std::string page = kPage;
       page.insert(page.find("</title>"), " \xe9t\xe9");
       page.insert(page.find("<title>"), "<meta charset=\"utf-8\">");
       write_file(d / "lying.html", page);
       return d / "lying.html";
     }, ""},
    {"line_100mb", [](const fs::path& d) {
       std::ofstream out(d / "one-line.txt", std::ios::binary);
       std::string chunk(1 << 20, 'a');
       for (size_t i = 0; i < chunk.size(); i += 8) chunk[i] = ' ';
       for (int i = 0; i < 100; ++i) out << chunk;
       return d / "one-line.txt";
     }, "limit"},
    {"nesting_100000", [](const fs::path& d) {
       std::string page = "<html><body>";
       for (int i = 0; i < 100000; ++i) page += "<div>";
       page += std::string(kPage).substr(std::string(kPage).find("<article>"));
       write_file(d / "deep.html", page);
       return d / "deep.html";
     }, ""},
    {"truncated_gzip", [](const fs::path& d) {
       std::string gz = gzip_bytes(std::string(kPage) + std::string(20000, ' ') + kPage);
       write_file(d / "cut.html.gz", gz.substr(0, gz.size() / 2));
       return d / "cut.html.gz";
     }, "truncated"},
    {"warc_length_too_long", [](const fs::path& d) {
       write_file(d / "long.warc", warc_record(kPage, static_cast<long>(sizeof kPage) + 5000));
       return d / "long.warc";
     }, "Content-Length"},
    {"warc_length_too_short", [](const fs::path& d) {
       write_file(d / "short.warc", warc_record(kPage, 40) + warc_record(kPage, sizeof kPage - 1));
       return d / "short.warc";
     }, "Content-Length"},
    {"json_bad_escape", [](const fs::path& d) {
       write_file(d / "bad.jsonl",
                  "{\"url\": \"https://example.org/a\", \"title\": \"Bad \\q escape\", \"text\": \"x\"}\n");
       return d / "bad.jsonl";
     }, "line 1"},
    {"feed_that_is_html", [](const fs::path& d) {
       write_file(d / "news.rss", kPage);
       return d / "news.rss";
     }, "not a feed"},
    {"zip_bomb", [](const fs::path& d) {
       // 1 GiB of zeros in one gzip member: about 1 MiB on disk, a ratio near 1030.
       write_file(d / "bomb.txt.gz", gzip_bytes(std::string(1 << 20, '\0'), 1024));
       return d / "bomb.txt.gz";
     }, "zip bomb"},
    // A folder is walked, by design: an empty one is an empty batch (an inbox with
    // nothing new), not an error; what it holds that cannot be read is named.
    {"directory_empty", [](const fs::path& d) {
       fs::create_directories(d / "nothing-here");
       return d / "nothing-here";
     }, ""},
    {"directory_with_fifo", [](const fs::path& d) {
       fs::create_directories(d / "folder");
       ::mkfifo((d / "folder/never-written.txt").c_str(), 0600);
       return d / "folder";
     }, "not a regular file"},
    {"fifo", [](const fs::path& d) {
       ::mkfifo((d / "pipe.txt").c_str(), 0600);
       return d / "pipe.txt";
     }, ""},
};

INSTANTIATE_TEST_SUITE_P(Inputs, BadInputMatrix, ::testing::ValuesIn(kMatrix),
                         [](const ::testing::TestParamInfo<BadInput>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace newsdesk::e2e
