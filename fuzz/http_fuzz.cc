// HTTP server: any bytes, sent as one client connection to the server newsdesk
// runs (`newsdesk serve`), over a real SQLite store seeded with a few stories.
//
// The bytes take the whole path a real request takes: a TCP connection on
// loopback, HttpServer's own transport (its DeadlineStream with the header
// budget, cpp-httplib's request parser and router, the pre-routing handler and
// the error handler) and then Api::handle with the params, documents and JSON
// code, into StoreBackend. Only the public HttpServer API is used, as
// tests/serve/test_server.h does: nothing of the transport is copied here.
//
// One server and one store serve every execution (made on the first input):
//  - the store is a file in /dev/shm (tmpfs: fsync is free), seeded through
//    POST /api/documents with kSeedDocuments and then kept as seeded.db;
//  - after an execution that committed to the store (PRAGMA data_version, on a
//    connection of the harness's own, tells), the server is stopped, which
//    closes every store connection, seeded.db is copied back and a new server
//    started (a few ms, paid only by the POSTs that added something). So POST
//    never grows the store, and every input meets the same seeded store: a
//    crash reproduces alone. (Writing the seeded pages back under the open
//    connections instead, as SQLite's backup API would, is a second writer:
//    the server's next POST then fails with "database is locked": its
//    writer connection keeps a read transaction open between requests.)
//
// Ids and cursors are hashes and opaque tokens no mutation finds, so the input
// may name them: "$STORY", "$ENTITY", "$CURSOR" (a /api/stories page cursor) and
// "$SEARCH_CURSOR" become, percent-encoded, ones of the seeded store before the
// bytes are sent (found once, through the API, after seeding).
//
// The server runs with one worker thread and caps scaled down so that every
// refusal is reachable within -max_len (scripts/fuzz.sh): headers 12 KiB (431;
// cpp-httplib's own 8 KiB line limit, 400, lies below it), body 16 KiB (413).
//
// Findings besides sanitizer reports: a 500 (a handler threw: Api::handle
// answers 500 only for a failure it did not foresee), an answer that is not an
// HTTP/1.1 response, and a connection the server does not finish in time.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cctype>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "serve/api.h"
#include "serve/http_server.h"
#include "serve/store_backend.h"

namespace {

namespace fs = std::filesystem;
using namespace newsdesk::serve;

// Two stories (an Italian one told twice, an English one) and a German item:
// enough for story lists with a cursor, story and entity pages, and search hits.
constexpr std::string_view kSeedDocuments[] = {
    R"({"url":"https://www.example.it/cronaca/2024/03/04/alluvione-bologna",)"
    R"("title":"Alluvione a Bologna, evacuate trecento famiglie",)"
    R"("text":"Il fiume Reno e' esondato nella notte a Bologna. Il sindaco ha ordinato l'evacuazione di trecento )"
    R"(famiglie e la chiusura delle scuole fino a mercoledi'. La Protezione civile stima danni per 12 milioni di euro.",)"
    R"("published":"2024-03-04T07:30:00Z","language":"it"})",
    R"({"url":"https://www.example.org/it/2024/03/04/bologna-reno",)"
    R"("title":"Bologna, esonda il Reno: trecento famiglie evacuate",)"
    R"("text":"Nella notte il Reno e' uscito dagli argini a Bologna. Trecento famiglie sono state evacuate e le )"
    R"(scuole resteranno chiuse fino a mercoledi', ha detto il sindaco.",)"
    R"("published":"2024-03-04T09:10:00Z","language":"it"})",
    R"({"url":"https://news.example.com/2024/03/05/london-rail-strike",)"
    R"("title":"Rail workers in London announce a two-day strike",)"
    R"("text":"Train drivers in London will strike on Thursday and Friday, the union said on Tuesday. About )"
    R"(2 million passengers use the affected lines every day.",)"
    R"("published":"2024-03-05T11:00:00Z","language":"en"})",
    R"({"url":"https://www.example.de/2024/03/06/berlin-haushalt",)"
    R"("title":"Berlin beschliesst neuen Haushalt",)"
    R"("text":"Das Berliner Abgeordnetenhaus hat am Mittwoch den Haushalt fuer 2025 beschlossen.",)"
    R"("published":"2024-03-06T15:45:00Z","language":"de"})",
};

[[noreturn]] void fail(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "http_fuzz: %s%s%.*s\n", what, detail.empty() ? "" : ": ",
               static_cast<int>(std::min<size_t>(detail.size(), 2000)), detail.data());
  std::abort();
}

sqlite3* open_db(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    fail("cannot open the store", path);
  sqlite3_busy_timeout(db, 10000);
  return db;
}

int64_t data_version(sqlite3* db) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &s, nullptr) != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW)
    fail("cannot read the store's data_version", sqlite3_errmsg(db));
  int64_t v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return v;
}

// Everything but RFC 3986's unreserved characters as %XX.
std::string percent_encoded(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// The body of the one response in `answer` (sent with Connection: close).
nlohmann::json json_body(const std::string& answer) {
  size_t at = answer.find("\r\n\r\n");
  if (answer.rfind("HTTP/1.1 200", 0) != 0 || at == std::string::npos) fail("seeding: unexpected answer", answer);
  return nlohmann::json::parse(answer.substr(at + 4));
}

class Harness {
 public:
  Harness() {
    fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    dir_ = base / ("newsdesk-http-fuzz-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "fuzz.db").string();
    seeded_ = (dir_ / "seeded.db").string();

    start();
    for (std::string_view doc : kSeedDocuments) {
      std::string request =
          "POST /api/documents HTTP/1.1\r\nHost: fuzz\r\nContent-Type: application/json\r\nContent-Length: " +
          std::to_string(doc.size()) + "\r\nConnection: close\r\n\r\n" + std::string(doc);
      std::string answer = exchange(request);
      if (answer.rfind("HTTP/1.1 201", 0) != 0) fail("seeding the store failed", answer);
    }
    find_names();
    stop();  // the last connection closed: the store is one file, its WAL checkpointed
    fs::rename(db_, seeded_);
    fresh_start();
  }

  ~Harness() {
    sqlite3_close(watch_);
    stop();
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  // Puts the seeded store back when the last execution committed to it.
  void restore() {
    if (data_version(watch_) == version_) return;
    sqlite3_close(watch_);
    stop();
    fresh_start();
  }

  // A new connection to the server. libFuzzer's timeout alarm (SIGALRM) can
  // interrupt connect(); the half-made connection is dropped and made again.
  int connect_to_server() {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port_));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int attempt = 0; attempt < 100; ++attempt) {
      int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (fd < 0) fail("socket", std::strerror(errno));
      if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) return fd;
      int error = errno;
      ::close(fd);
      if (error != EINTR) fail("connect", std::strerror(error));
    }
    fail("connect", "interrupted 100 times");
  }

  // Sends `request` on a new connection, half-closes it, and returns all the
  // server answers until it closes its side.
  std::string exchange(std::string_view request) {
    int fd = connect_to_server();
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);

    std::string answer;
    size_t sent = 0;
    bool writing = true;
    if (request.empty()) {
      ::shutdown(fd, SHUT_WR);
      writing = false;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    for (;;) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) fail("the server did not finish the connection within 20 s");
      pollfd p{fd, static_cast<short>(POLLIN | (writing ? POLLOUT : 0)), 0};
      if (::poll(&p, 1, static_cast<int>(left.count())) < 0) {
        if (errno == EINTR) continue;
        fail("poll", std::strerror(errno));
      }
      if (writing && (p.revents & (POLLOUT | POLLERR | POLLHUP))) {
        ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n > 0) sent += static_cast<size_t>(n);
        if (n < 0 && errno != EAGAIN && errno != EINTR) writing = false;  // the server stopped reading
        if (sent == request.size()) {
          ::shutdown(fd, SHUT_WR);
          writing = false;
        }
      }
      if (p.revents & (POLLIN | POLLERR | POLLHUP)) {
        char buf[16384];
        ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n > 0) {
          answer.append(buf, static_cast<size_t>(n));
        } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
          break;  // closed (or reset: the server closed with request bytes unread)
        }
      }
    }
    ::close(fd);
    return answer;
  }

  // The input with its $NAMEs replaced (see the top of this file).
  std::string with_names(std::string_view input) const {
    std::string out;
    out.reserve(input.size());
    for (size_t i = 0; i < input.size();) {
      bool replaced = false;
      if (input[i] == '$') {
        for (const auto& [name, value] : names_) {
          if (input.substr(i, name.size()) == name) {
            out += value;
            i += name.size();
            replaced = true;
            break;
          }
        }
      }
      if (!replaced) out += input[i++];
    }
    return out;
  }

 private:
  fs::path dir_;
  std::string db_, seeded_;
  std::unique_ptr<StoreBackend> backend_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
  int port_ = 0;
  sqlite3* watch_ = nullptr;  // only asks whether the store changed
  int64_t version_ = 0;
  std::vector<std::pair<std::string, std::string>> names_;  // longest first

  // A server over the store at db_: what `newsdesk serve` runs, but with one
  // worker and the smaller caps described at the top.
  void start() {
    backend_ = std::make_unique<StoreBackend>(db_);
    api_ = std::make_unique<Api>(*backend_);
    ServerOptions options;
    options.bind = "127.0.0.1";
    options.port = 0;
    options.threads = 1;
    options.max_header_bytes = 12u << 10;
    options.max_body_bytes = 16u << 10;
    options.io_timeout_ms = 2000;
    options.request_timeout_ms = 4000;
    options.idle_timeout_ms = 2000;
    server_ = std::make_unique<HttpServer>(*api_, options);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->serve(); });
  }

  // Closes every connection to the store: the worker's thread-local readers go
  // with the worker thread, the writer with the backend.
  void stop() {
    if (!server_) return;
    server_->stop();
    thread_.join();
    server_.reset();
    api_.reset();
    backend_.reset();
  }

  void fresh_start() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_ + suffix);
    fs::copy_file(seeded_, db_);
    start();
    watch_ = open_db(db_);
    version_ = data_version(watch_);
  }

  std::string get(const std::string& target) {
    return exchange("GET " + target + " HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n\r\n");
  }

  void find_names() {
    auto page = json_body(get("/api/stories?limit=1"));
    std::string story = page.at("stories").at(0).at("id");
    std::string cursor = page.value("next_cursor", "");
    std::string entity;
    auto all = json_body(get("/api/stories?limit=100"));
    for (const auto& s : all.at("stories")) {
      auto detail = json_body(get("/api/stories/" + percent_encoded(s.at("id").get<std::string>())));
      if (!detail.at("entities").empty()) {
        entity = detail.at("entities").at(0).at("id");
        break;
      }
    }
    if (entity.empty()) fail("seeding: no story has an entity");
    auto hits = json_body(get("/api/search?q=Bologna&limit=1"));
    std::string search_cursor = hits.value("next_cursor", "");
    if (cursor.empty() || search_cursor.empty()) fail("seeding: the store gives no second page");
    names_ = {{"$SEARCH_CURSOR", percent_encoded(search_cursor)},
              {"$ENTITY", percent_encoded(entity)},
              {"$CURSOR", percent_encoded(cursor)},
              {"$STORY", percent_encoded(story)}};
  }
};

// Each response's status line: HTTP/1.1, and never 500. A status line begins
// the answer or follows a line end: JSON bodies escape theirs, and the assets
// have no line starting "HTTP/1.1".
void check_answer(const std::string& answer) {
  if (!answer.empty() && answer.rfind("HTTP/1.1 ", 0) != 0) fail("the answer is not an HTTP/1.1 response", answer);
  size_t at = 0;
  while (at < answer.size()) {
    if (answer.compare(at, 12, "HTTP/1.1 500") == 0) fail("the server answered 500", answer.substr(at, 2000));
    size_t next = answer.find("\nHTTP/1.1 ", at);
    if (next == std::string::npos) break;
    at = next + 1;
  }
}

Harness& harness() {
  static Harness h;
  return h;
}

}  // namespace

// Seeding loads the models and ingests kSeedDocuments: seconds, kept out of the
// first input's time (the regression replay, without libFuzzer, seeds on its first input).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  harness();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Harness& h = harness();
  std::string answer = h.exchange(h.with_names(std::string_view(reinterpret_cast<const char*>(data), size)));
  h.restore();
  check_answer(answer);
  return 0;
}
