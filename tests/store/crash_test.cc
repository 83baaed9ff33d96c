// Crash safety of `newsdesk ingest`, run as a user runs it: killed with SIGKILL
// at random moments, the store still passes PRAGMA integrity_check and holds
// every document the ingest reported as committed; a last full run then adds
// exactly the rest.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/sqlite_store.h"
#include "test_docs.h"

namespace newsdesk::store {
namespace {

using testing::TempDir;

pid_t start_ingest(const std::string& input, const std::string& db, const std::string& report) {
  pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stderr);
    execl(NEWSDESK_BINARY, NEWSDESK_BINARY, "ingest", input.c_str(), "--db", db.c_str(), "--report",
          report.c_str(), "--batch", "8", "--threads", "1", "-q", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

std::set<std::string> reported(const std::string& report) {
  std::set<std::string> hashes;
  std::ifstream in(report);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) hashes.insert(line.substr(0, line.find('\t')));
  }
  return hashes;
}

TEST(Crash, KilledIngestLosesNothingItReported) {
  TempDir dir;
  std::string input = dir.file("docs.jsonl");
  const int kDocs = 300;
  {
    std::ofstream out(input);
    std::mt19937 rng(7);
    const char* places[] = {"Roma", "Berlin", "Paris", "Madrid", "Lisboa", "Wien", "Praha", "Oslo"};
    for (int n = 0; n < kDocs; ++n) {
      std::string place = places[rng() % 8];
      std::string text;
      for (int s = 0; s < 8; ++s) {
        text += fmt::format("Report {} from {} says the council met on day {} and voted {} to {} on plan {}. ",
                            n, place, s, rng() % 50, rng() % 50, rng() % 1000);
      }
      nlohmann::json line = {{"title", fmt::format("Council of {} votes on plan {}", place, n)},
                             {"text", text},
                             {"url", fmt::format("https://news{}.example/{}", n % 5, n)},
                             {"published", fmt::format("2025-05-{:02}T{:02}:00:00Z", 1 + n / 24, n % 24)}};
      out << line.dump() << "\n";
    }
  }
  std::string db_path = dir.file("crash.db");
  std::string report = dir.file("report.txt");
  std::mt19937 rng(12345);
  int kills = 0;
  for (int round = 0; round < 20; ++round) {
    pid_t pid = start_ingest(input, db_path, report);
    ASSERT_GT(pid, 0);
    if (round % 2 == 0) {
      // Any moment, from start-up (about a second) to well into the run.
      std::this_thread::sleep_for(std::chrono::milliseconds(300 + rng() % 3000));
    } else {
      // Once this run has committed a batch, a little later: mid-batch or mid-commit,
      // however loaded the machine is.
      size_t had = reported(report).size();
      for (int wait = 0; wait < 1200 && reported(report).size() == had; ++wait) {
        if (waitpid(pid, nullptr, WNOHANG) == pid) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 800));
    }
    if (kill(pid, SIGKILL) == 0) ++kills;
    int status = 0;
    waitpid(pid, &status, 0);
    SqliteStore db(db_path);
    Statement& check = db.database().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok") << "round " << round;
    for (const auto& hash : reported(report)) {
      ASSERT_TRUE(db.has_document(hash)) << "round " << round << ": reported " << hash << " is missing";
    }
    // Items always come with their document's story row.
    Statement& orphans = db.database().prepare(
        "SELECT count(*) FROM items i LEFT JOIN stories s ON s.id = i.story_id WHERE s.id IS NULL");
    ASSERT_TRUE(orphans.step());
    EXPECT_EQ(orphans.integer(0), 0) << "round " << round;
  }
  EXPECT_GE(kills, 5);
  int64_t before = SqliteStore(db_path).counts().documents;
  EXPECT_GT(before, 0);  // the kills fell while documents were being committed
  pid_t pid = start_ingest(input, db_path, report);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  SqliteStore db(db_path);
  EXPECT_EQ(db.counts().documents, kDocs);
  EXPECT_LE(static_cast<int64_t>(reported(report).size()), kDocs);  // a kill may fall between commit and report
  Statement& lines = db.database().prepare("SELECT count(*) FROM items");
  ASSERT_TRUE(lines.step());
  EXPECT_EQ(lines.integer(0), kDocs);  // one article per line, each once
  std::printf("crash test: %d kills, %lld documents stored before the last run\n", kills,
              static_cast<long long>(before));
}

}  // namespace
}  // namespace newsdesk::store
