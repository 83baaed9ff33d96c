// Several `newsdesk ingest` processes writing one store at once, on each
// backend: their batches take turns (SQLite's write lock, PostgreSQL's advisory
// lock), and each document, sent to both, is stored once with its one item.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "test_store.h"

namespace newsdesk::store {
namespace {

using testing::StoreTest;
using testing::TempDir;

pid_t start_ingest(const std::string& input, const std::string& db) {
  pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stderr);
    execl(NEWSDESK_BINARY, NEWSDESK_BINARY, "ingest", input.c_str(), "--db", db.c_str(), "--batch", "4",
          "--threads", "1", "-q", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

class ConcurrentIngest : public StoreTest {};
NEWSDESK_STORE_BACKENDS(ConcurrentIngest);

TEST_P(ConcurrentIngest, ProcessesTakeTurnsAndStoreEachDocumentOnce) {
  TempDir dir;
  const int kDocs = 60;
  // Three inputs: the first and second halves, and every third document again.
  std::vector<std::string> inputs = {dir.file("a.jsonl"), dir.file("b.jsonl"), dir.file("c.jsonl")};
  {
    std::vector<std::ofstream> out;
    for (const auto& path : inputs) out.emplace_back(path);
    const char* places[] = {"Roma", "Berlin", "Paris", "Madrid"};
    for (int n = 0; n < kDocs; ++n) {
      nlohmann::json line = {
          {"title", fmt::format("Council of {} votes on plan {}", places[n % 4], n)},
          {"text", fmt::format("The council of {} met and voted {} to {} on plan {}.", places[n % 4], n % 7, n % 5, n)},
          {"url", fmt::format("https://news{}.example/{}", n % 3, n)},
          {"published", fmt::format("2025-05-{:02}T{:02}:00:00Z", 1 + n / 24, n % 24)}};
      out[n < kDocs / 2 ? 0 : 1] << line.dump() << "\n";
      if (n % 3 == 0) out[2] << line.dump() << "\n";
    }
  }
  store_->open();  // made before the writers start, as a deployment would
  std::vector<pid_t> writers;
  for (const auto& input : inputs) writers.push_back(start_ingest(input, store_->location()));
  for (pid_t pid : writers) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
  }
  auto db = store_->open();
  StoreCounts counts = db->counts();
  EXPECT_EQ(counts.documents, kDocs);
  EXPECT_EQ(counts.items, kDocs);  // one article per line, each once
  // Every item is in a story that is stored (no writer placed one from a stale state).
  int64_t items_in_stories = 0;
  StoryQuery q;
  q.limit = 100;
  do {
    StoryPage page = db->list_stories(q);
    for (const auto& s : page.stories) items_in_stories += s.items;
    q.cursor = page.next_cursor;
  } while (!q.cursor.empty());
  EXPECT_EQ(items_in_stories, kDocs);
}

}  // namespace
}  // namespace newsdesk::store
