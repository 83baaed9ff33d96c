// `newsdesk worker` as users run it: several worker processes sharing one
// queue and one store, SQLite or PostgreSQL. Pages come from the shared
// webpages set; the reference is a single-process `newsdesk ingest` of the
// same pages into a SQLite store, so the PostgreSQL runs also show that the
// backend changes nothing in the grouping.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include <pqxx/pqxx>

#include "../store/test_store.h"
#include "nats_server.h"
#include "store/sqlite_store.h"

namespace newsdesk::queue {
namespace {

namespace fs = std::filesystem;
using testing::fresh_subject;
using testing::test_server;

// Pages per run: 500 of the 1,430, as the issue asks; NEWSDESK_WORKERS_TEST_PAGES
// overrides (the sanitizer build runs fewer: it is several times slower).
int page_count() {
  const char* env = std::getenv("NEWSDESK_WORKERS_TEST_PAGES");
  return env ? std::atoi(env) : 500;
}

// The uncompressed size a gzip file records in its last four bytes (mod 2^32).
uint64_t gunzipped_size(const fs::path& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in || in.tellg() < 4) return 0;
  in.seekg(-4, std::ios::end);
  unsigned char b[4] = {};
  in.read(reinterpret_cast<char*>(b), 4);
  return b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<uint64_t>(b[3]) << 24);
}

// Pages a default server takes: its max_payload is 1 MB, and the publisher
// reports a larger page as not published (two of the shared pages).
constexpr uint64_t kMaxPageBytes = 1000 * 1000;

std::vector<std::string> shared_pages(int count) {
  fs::path dir = fs::path(NEWSDESK_SHARED_DIR) / "data" / "webpages";
  std::vector<std::string> pages;
  if (!fs::is_directory(dir)) return pages;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".gz" && gunzipped_size(entry.path()) <= kMaxPageBytes) {
      pages.push_back(entry.path().string());
    }
  }
  std::sort(pages.begin(), pages.end());
  if (static_cast<int>(pages.size()) > count) pages.resize(static_cast<size_t>(count));
  return pages;
}

pid_t start(const std::vector<std::string>& args, const std::string& log) {
  pid_t pid = ::fork();
  if (pid == 0) {
    std::freopen(log.c_str(), "a", stderr);
    std::vector<char*> argv{const_cast<char*>(NEWSDESK_BINARY)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(NEWSDESK_BINARY, argv.data());
    ::_exit(127);
  }
  return pid;
}

int finish(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int run(const std::vector<std::string>& args, const std::string& log) { return finish(start(args, log)); }

// The rows a query gives, as text, on either backend.
using Rows = std::vector<std::vector<std::string>>;

Rows query(const std::string& location, const std::string& sql, int columns) {
  Rows rows;
  if (store::is_postgres_location(location)) {
    pqxx::connection conn(location);
    for (const auto& row : pqxx::nontransaction(conn).exec(sql)) {
      std::vector<std::string>& r = rows.emplace_back();
      for (int c = 0; c < columns; ++c) r.push_back(row[c].c_str());
    }
    return rows;
  }
  store::SqliteStore db(location);
  store::Statement& q = db.database().prepare(sql);
  while (q.step()) {
    std::vector<std::string>& r = rows.emplace_back();
    for (int c = 0; c < columns; ++c) r.push_back(q.text(c));
  }
  return rows;
}

// Stories as sets of document hashes: the partition of documents, whatever
// the stories are called.
using Grouping = std::set<std::set<std::string>>;

Grouping grouping_of(const std::string& db) {
  std::map<std::string, std::set<std::string>> by_story;
  for (auto& r : query(db, "SELECT i.story_id, d.hash FROM items i JOIN documents d ON d.id = i.document_id", 2)) {
    by_story[r[0]].insert(r[1]);
  }
  Grouping g;
  for (auto& [id, hashes] : by_story) g.insert(std::move(hashes));
  return g;
}

// Items per document hash: a document stored twice, or its items twice, shows here.
std::map<std::string, int64_t> items_by_document(const std::string& db) {
  std::map<std::string, int64_t> items;
  for (auto& r : query(db, "SELECT d.hash, count(i.id) FROM documents d LEFT JOIN items i ON i.document_id = d.id "
                           "GROUP BY d.id, d.hash", 2)) {
    items[r[0]] = std::stoll(r[1]);
  }
  return items;
}

// The paths of the stored documents in the order their transactions committed.
std::vector<std::string> sources_in_commit_order(const std::string& db) {
  std::vector<std::string> sources;
  for (auto& r : query(db, "SELECT s.name FROM documents d JOIN sources s ON s.id = d.source_id ORDER BY d.id", 1)) {
    sources.push_back(r[0]);
  }
  return sources;
}

// SQLite's own check of the file; PostgreSQL has no file of ours to check.
std::string integrity(const std::string& db) {
  if (store::is_postgres_location(db)) return "ok";
  Rows r = query(db, "PRAGMA integrity_check", 1);
  return r.empty() ? "no answer" : r[0][0];
}

class Workers : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    pages_ = new std::vector<std::string>(shared_pages(page_count()));
    dir_ = new fs::path(fs::temp_directory_path() / ("newsdesk-workers-" + std::to_string(std::random_device()())));
    fs::create_directories(*dir_);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete pages_;
  }

  void SetUp() override {
    if (pages_->empty()) GTEST_SKIP() << "no pages under " << NEWSDESK_SHARED_DIR << "/data/webpages";
    NEWSDESK_NEED_NATS();
    store_ = std::make_unique<store::testing::TestStore>(GetParam());
    if (!store_->unavailable().empty()) GTEST_SKIP() << store_->unavailable();
  }

  // The store the workers share: a fresh one on the parameter's backend.
  const std::string& shared_store() const { return store_->location(); }
  std::unique_ptr<store::testing::TestStore> store_;

  static std::string file(const std::string& name) { return (*dir_ / name).string(); }

  // The single-process run everything is compared with, made once.
  static const std::string& reference() {
    static const std::string path = [] {
      std::string db = file("single.db");
      std::vector<std::string> args{"ingest", "--db", db, "-q", "--batch", "16"};
      args.insert(args.end(), pages_->begin(), pages_->end());
      int code = run(args, file("single.log"));
      EXPECT_LE(code, 1) << "single-process ingest failed, see " << file("single.log");
      return db;
    }();
    return path;
  }

  // Publishes the pages on a fresh subject; returns its URL.
  static std::string publish(const std::string& name) {
    std::string url = test_server() + "/" + fresh_subject(name);
    std::vector<std::string> args{"ingest", "--to", url, "-q"};
    args.insert(args.end(), pages_->begin(), pages_->end());
    EXPECT_EQ(run(args, file(name + "-publish.log")), 0) << "see " << file(name + "-publish.log");
    return url;
  }

  static std::vector<std::string> worker_args(const std::string& url, const std::string& db, const char* ack_wait,
                                              const char* idle_exit) {
    return {"worker", "--from", url, "--db", db, "--batch", "16", "--threads", "1",
            "--ack-wait", ack_wait, "--idle-exit", idle_exit};
  }

  static std::vector<std::string>* pages_;
  static fs::path* dir_;
};

std::vector<std::string>* Workers::pages_ = nullptr;
fs::path* Workers::dir_ = nullptr;

// Three workers commit their batches in whatever order they finish them, so
// the story engine sees the documents in another order than one `ingest` of
// the same paths does. The engine is order-dependent: it places each document
// in one pass against the documents already placed, and consults the event
// layer only when the dedup layers found no link (StoryEngine::add), so
// whether two reports of one event meet depends on which came first. On 500
// pages, path order gave 429 stories and one three-worker order 432 (5 differ);
// the time window is not the cause (the same with --window-hours 1000000), and
// batch boundaries no longer are (see the "joins story" note in engine.cc).
// So the grouping is compared with one process fed the documents in the order
// the workers committed them (documents.id): equal means the workers, the
// shared engine state and the store added nothing of their own. Items per
// document, which do not depend on order, are compared with the path-order run.
TEST_P(Workers, ThreeWorkersGroupAsOneProcessInTheirOrder) {
  std::string url = publish("three-" + GetParam());
  std::string db = shared_store();
  std::vector<pid_t> workers;
  std::string log = file("three-workers-" + GetParam() + ".log");
  for (int w = 0; w < 3; ++w) workers.push_back(start(worker_args(url, db, "30", "3"), log));
  for (pid_t pid : workers) EXPECT_EQ(finish(pid), 0) << "see " << log;

  EXPECT_EQ(integrity(db), "ok");
  EXPECT_EQ(items_by_document(db), items_by_document(reference()));

  std::vector<std::string> committed = sources_in_commit_order(db);
  EXPECT_EQ(committed.size(), pages_->size());
  std::string replay = file("replay-" + GetParam() + ".db");
  std::vector<std::string> args{"ingest", "--db", replay, "-q", "--batch", "16"};
  args.insert(args.end(), committed.begin(), committed.end());
  EXPECT_LE(run(args, file("replay.log")), 1);
  Grouping multi = grouping_of(db), single = grouping_of(replay);
  EXPECT_EQ(multi.size(), single.size());
  EXPECT_TRUE(multi == single) << "three workers grouped the documents differently from one process fed "
                                  "the same documents in the same order";
  Grouping path_order = grouping_of(reference());
  size_t differ = 0;
  for (const auto& story : multi) differ += path_order.count(story) == 0;
  std::printf("three workers on %s: %zu stories, %zu of them not in the path-order run's %zu\n", GetParam().c_str(), multi.size(), differ,
              path_order.size());
}

TEST_P(Workers, KilledWorkerLosesNothingAndStoresNothingTwice) {
  std::string url = publish("kill-" + GetParam());
  std::string db = shared_store();
  std::string log = file("kill-workers-" + GetParam() + ".log");
  // A short ack wait so that a killed worker's batch comes back within the test;
  // the idle exit outlasts it, so nobody leaves while a batch may still return.
  auto args = worker_args(url, db, "2", "6");
  std::vector<pid_t> workers;
  for (int w = 0; w < 3; ++w) workers.push_back(start(args, log));
  std::mt19937 rng(std::random_device{}());
  int kills = 0;
  for (int round = 0; round < 6; ++round) {
    std::this_thread::sleep_for(std::chrono::milliseconds(500 + rng() % 2500));
    size_t victim = rng() % workers.size();
    if (::waitpid(workers[victim], nullptr, WNOHANG) != 0) break;  // the queue is drained
    ::kill(workers[victim], SIGKILL);
    ::waitpid(workers[victim], nullptr, 0);
    ++kills;
    workers[victim] = start(args, log);
  }
  for (pid_t pid : workers) EXPECT_EQ(finish(pid), 0) << "see " << log;
  std::printf("kill test on %s: %d workers killed with SIGKILL\n", GetParam().c_str(), kills);

  EXPECT_EQ(integrity(db), "ok");
  // Every document of the reference, each with its items once: nothing lost, nothing twice.
  EXPECT_EQ(items_by_document(db), items_by_document(reference()));
  EXPECT_GE(kills, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, Workers, ::testing::Values("sqlite", "postgresql"),
                         ::newsdesk::store::testing::backend_name);

}  // namespace
}  // namespace newsdesk::queue
