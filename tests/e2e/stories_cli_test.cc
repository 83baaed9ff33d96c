// The `newsdesk stories` command on whole pages, run as a user runs it.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "page_expectation.h"

namespace newsdesk::e2e {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs the newsdesk binary with `args` (already shell-quoted), capturing both streams.
CliRun run_newsdesk(const std::string& args, const std::string& stdin_file = "") {
  fs::path err = fs::temp_directory_path() / fmt::format("newsdesk_e2e_{}.err", ::getpid());
  std::string cmd = fmt::format("'{}' {} 2>'{}'", NEWSDESK_BINARY, args, err.string());
  if (!stdin_file.empty()) cmd += fmt::format(" <'{}'", stdin_file);
  CliRun r;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = ::pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_file(err);
  fs::remove(err);
  return r;
}

std::string quote(const fs::path& p) { return "'" + p.string() + "'"; }

// Compares the JSON output for one page with its expectation.
void expect_page(const fs::path& page, const PageExpectation& want) {
  SCOPED_TRACE(page.filename().string());
  CliRun r = run_newsdesk("stories --format json " + quote(page));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto json = nlohmann::json::parse(r.out);

  std::vector<std::set<int>> got;
  std::map<int, std::string> relations;
  for (const auto& story : json["stories"]) {
    std::set<int> lines;
    for (const auto& item : story["items"]) {
      int line = item["line"];
      lines.insert(line);
      relations[line] = item["relation"];
      if (want.spans.count(line)) {
        EXPECT_EQ(item["kind"], "article") << "line " << line;
        EXPECT_EQ(item["end_line"], want.spans.at(line)) << "article at line " << line;
      }
    }
    got.push_back(lines);
    if (!want.language.empty()) {
      EXPECT_EQ(story["language"], want.language);
    }
  }
  auto sorted = [](std::vector<std::set<int>> v) { std::sort(v.begin(), v.end()); return v; };
  EXPECT_EQ(sorted(got), sorted(want.stories));

  std::set<int> dropped;
  for (const auto& d : json["dropped"]) dropped.insert(d["line"].get<int>());
  EXPECT_EQ(dropped, want.dropped);
  for (const auto& [line, relation] : want.relations) {
    EXPECT_EQ(relations[line], relation) << "line " << line;
  }
}

TEST(StoriesCli, SeedPageIsOneStory) {
  fs::path seed = fs::path(NEWSDESK_SHARED_DIR) / "fixtures/seed-page-it.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "shared fixtures not present";
  PageExpectation want;
  want.language = "it";
  want.stories = {{3, 5, 7, 8, 10, 12}};
  want.spans = {{12, 24}};
  want.dropped = {1, 26, 28};
  want.relations = {{3, "original"}, {10, "exact_duplicate"}, {7, "truncated"}, {5, "paraphrase"},
                    {8, "paraphrase"}};
  expect_page(seed, want);
}

TEST(StoriesCli, OwnPagesGroupAsAPersonWould) {
  fs::path dir = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages";
  int pages = 0;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    if (p.extension() != ".txt") continue;
    fs::path expect = p;
    expect.replace_extension(".expect");
    ASSERT_TRUE(fs::exists(expect)) << p;
    expect_page(p, parse_expectation(read_file(expect)));
    ++pages;
  }
  EXPECT_GE(pages, 6);
}

// The streaming engine, one item at a time in page order, finds the same
// stories as the batch grouper on every test page.
TEST(StoriesCli, OwnPagesGroupAlikeWhenStreamed) {
  fs::path dir = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    SCOPED_TRACE(p.filename().string());
    fs::path expect = p;
    expect.replace_extension(".expect");
    PageExpectation want = parse_expectation(read_file(expect));
    CliRun r = run_newsdesk("stories --format json --stream " + quote(p));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::set<int>> got;
    auto json = nlohmann::json::parse(r.out);
    for (const auto& story : json["stories"]) {
      std::set<int> lines;
      for (const auto& item : story["items"]) lines.insert(item["line"].get<int>());
      got.push_back(lines);
    }
    std::sort(got.begin(), got.end());
    auto stories = want.stories;
    std::sort(stories.begin(), stories.end());
    EXPECT_EQ(got, stories);
  }
  EXPECT_GE(files.size(), 14u);
}

TEST(StoriesCli, StoriesFormAcrossFiles) {
  fs::path dir = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages";
  fs::path copy = fs::temp_directory_path() / fmt::format("newsdesk_copy_{}.txt", ::getpid());
  fs::copy_file(dir / "es-single.txt", copy, fs::copy_options::overwrite_existing);
  CliRun r = run_newsdesk("stories --format json " + quote(dir / "es-single.txt") + " " +
                          quote(dir / "pt-single.txt") + " " + quote(copy));
  fs::remove(copy);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto json = nlohmann::json::parse(r.out);
  // The same page again: each item of the copy repeats one of the first file's,
  // and the Spanish and Portuguese pages report different events.
  int exact = 0;
  for (const auto& story : json["stories"]) {
    for (const auto& item : story["items"]) {
      if (item["relation"] == "exact_duplicate" && item.value("of_path", "") != "") ++exact;
    }
  }
  EXPECT_EQ(exact, 7);
  EXPECT_EQ(json["stories"].size(), 2u);
}

TEST(StoriesCli, SeedStoryNamesItsPeoplePlacesDatesAndFigures) {
  fs::path seed = fs::path(NEWSDESK_SHARED_DIR) / "fixtures/seed-page-it.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "shared fixtures not present";
  CliRun r = run_newsdesk("stories --format json " + quote(seed));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto story = nlohmann::json::parse(r.out)["stories"][0];
  std::map<std::string, std::string> type_of;
  for (const auto& e : story["entities"]) type_of[e["name"]] = e["type"];
  EXPECT_EQ(type_of["Kim Jong Un"], "person");
  EXPECT_EQ(type_of["Vladimir Putin"], "person");
  EXPECT_EQ(type_of["Pechino"], "place");
  std::set<std::string> dates;
  for (const auto& d : story["dates"]) dates.insert(d["value"].get<std::string>());
  EXPECT_TRUE(dates.count("2025-09-03"));
  EXPECT_TRUE(dates.count("2024"));
  bool killed = false;
  for (const auto& q : story["quantities"]) {
    if (q["counts"] == "killed" && q["value"] == 2000 && q["bound"] == "about") killed = true;
  }
  EXPECT_TRUE(killed);
}

TEST(StoriesCli, StreamingEngineSeesTheSeedPageTheSameWay) {
  fs::path seed = fs::path(NEWSDESK_SHARED_DIR) / "fixtures/seed-page-it.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "shared fixtures not present";
  CliRun r = run_newsdesk("stories --format json --stream --explain " + quote(seed));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto json = nlohmann::json::parse(r.out);
  ASSERT_EQ(json["stories"].size(), 1u);
  std::map<int, std::string> relation;
  for (const auto& item : json["stories"][0]["items"]) {
    relation[item["line"].get<int>()] = item["relation"];
    EXPECT_TRUE(item.contains("layer"));
    EXPECT_TRUE(item.contains("evidence"));
  }
  EXPECT_EQ(relation.size(), 6u);
  EXPECT_EQ(relation[10], "exact_duplicate");
  EXPECT_EQ(relation[7], "truncated");
}

TEST(StoriesCli, StateCarriesStoriesIntoTheNextRun) {
  fs::path dir = fs::temp_directory_path() / fmt::format("newsdesk_state_{}", ::getpid());
  fs::create_directories(dir);
  fs::path pages = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages";
  fs::copy_file(pages / "es-single.txt", dir / "today.txt");
  fs::path state = dir / "engine.state";
  CliRun first = run_newsdesk("stories --format json --state " + quote(state) + " " + quote(pages / "es-single.txt"));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_TRUE(fs::exists(state));
  CliRun second = run_newsdesk("stories --format json --explain --state " + quote(state) + " " +
                               quote(dir / "today.txt"));
  ASSERT_EQ(second.exit_code, 0) << second.err;
  auto a = nlohmann::json::parse(first.out), b = nlohmann::json::parse(second.out);
  ASSERT_EQ(a["stories"].size(), 1u);
  ASSERT_EQ(b["stories"].size(), 1u);
  // The same story continues: same id, and the page repeats the earlier run's items.
  EXPECT_EQ(b["stories"][0]["id"], a["stories"][0]["id"]);
  EXPECT_EQ(b["stories"][0]["items"][0]["relation"], "exact_duplicate");
  EXPECT_NE(b["stories"][0]["items"][0]["evidence"].dump().find("earlier run"), std::string::npos);
  fs::remove_all(dir);
}

// `--format jsonl` writes each story as its window closes: the lines hold the
// same stories as the whole streamed output, a story closed early comes first,
// and an exact repeat shows its original's text.
TEST(StoriesCli, StreamedLinesHoldTheStreamsStories) {
  fs::path dir = fs::temp_directory_path() / fmt::format("newsdesk_lines_{}", ::getpid());
  fs::create_directories(dir);
  fs::path input = dir / "news.jsonl";
  const std::string storm =
      "Storm Mara brought gusts of up to 85mph to Cumbria overnight, toppling trees onto power lines and "
      "leaving about 40,000 homes without electricity on Saturday morning.";
  auto line = [](const std::string& url, const std::string& title, const std::string& text,
                 const std::string& published) {
    return nlohmann::json{{"url", url}, {"title", title}, {"text", text}, {"published", published},
                          {"language", "en"}}.dump() + "\n";
  };
  std::ofstream(input) << line("https://a.example/1", "Storm Mara cuts power to 40,000 homes", storm,
                               "2025-03-01T08:00:00Z")
                       << line("https://b.example/1", "Storm Mara cuts power to 40,000 homes", storm,
                               "2025-03-01T09:00:00Z")
                       << "{not json\n"
                       << line("https://a.example/2", "Central bank raises interest rates to 4.5%",
                               "The central bank raised its main interest rate by a quarter point to 4.5% on "
                               "Thursday, its third rise this year, citing stubborn inflation.",
                               "2025-03-05T10:00:00Z")
                       << line("https://c.example/7", "Ferry strike halts island crossings for a second day",
                               "Ferry crews walked out again on Thursday, halting crossings to the islands in a "
                               "dispute over pay and rosters.",
                               "2025-03-05T11:00:00Z");
  CliRun lines = run_newsdesk("stories --format jsonl --window-hours 24 " + quote(input));
  CliRun whole = run_newsdesk("stories --format json --stream --window-hours 24 " + quote(input));
  fs::remove_all(dir);
  EXPECT_EQ(lines.exit_code, 1);  // the bad line
  EXPECT_EQ(whole.exit_code, 1);
  std::vector<std::string> from_lines;
  std::vector<nlohmann::json> stories;
  int errors = 0;
  std::istringstream in(lines.out);
  for (std::string text; std::getline(in, text);) {
    auto j = nlohmann::json::parse(text);
    if (j.contains("error")) {
      ++errors;
      continue;
    }
    ASSERT_TRUE(j.contains("id")) << text;
    stories.push_back(j);
    from_lines.push_back(j.dump());
  }
  EXPECT_EQ(errors, 1);
  ASSERT_EQ(stories.size(), 3u);
  // The storm story closed when the later days came: it is written first.
  EXPECT_EQ(stories[0]["items"].size(), 2u);
  EXPECT_EQ(stories[0]["items"][1]["relation"], "exact_duplicate");
  EXPECT_EQ(stories[0]["items"][1]["text"], stories[0]["items"][0]["text"]);
  EXPECT_NE(stories[0]["items"][1]["text"].get<std::string>().find("Storm Mara"), std::string::npos);
  std::vector<std::string> from_whole;
  const auto whole_json = nlohmann::json::parse(whole.out);
  for (const auto& story : whole_json["stories"]) from_whole.push_back(story.dump());
  std::sort(from_lines.begin(), from_lines.end());
  std::sort(from_whole.begin(), from_whole.end());
  EXPECT_EQ(from_lines, from_whole);
}

// A store's stories as lines, written as they are read: the same stories as
// its JSON, one a line.
TEST(StoriesCli, StoredStoriesAsLines) {
  fs::path dir = fs::temp_directory_path() / fmt::format("newsdesk_stored_lines_{}", ::getpid());
  fs::create_directories(dir);
  fs::path pages = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages";
  fs::path db = dir / "news.db";
  CliRun ingest = run_newsdesk("ingest -q --db " + quote(db) + " " + quote(pages / "es-single.txt") + " " +
                               quote(pages / "pt-single.txt"));
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  CliRun lines = run_newsdesk("stories --db " + quote(db) + " --format jsonl");
  CliRun whole = run_newsdesk("stories --db " + quote(db) + " --format json");
  fs::remove_all(dir);
  ASSERT_EQ(lines.exit_code, 0) << lines.err;
  ASSERT_EQ(whole.exit_code, 0) << whole.err;
  std::vector<std::string> ids;
  std::istringstream in(lines.out);
  for (std::string text; std::getline(in, text);) ids.push_back(nlohmann::json::parse(text)["id"]);
  std::vector<std::string> whole_ids;
  const auto whole_json = nlohmann::json::parse(whole.out);
  for (const auto& story : whole_json["stories"]) whole_ids.push_back(story["id"]);
  EXPECT_EQ(ids, whole_ids);
  EXPECT_EQ(ids.size(), 2u);
}

TEST(StoriesCli, SameOutputWhateverTheThreadCount) {
  fs::path pages = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages";
  CliRun one = run_newsdesk("stories --format json --threads 1 " + quote(pages));
  CliRun two = run_newsdesk("stories --format json --threads 2 " + quote(pages));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
  EXPECT_GE(nlohmann::json::parse(one.out)["stories"].size(), 20u);
}

// Grouping alone gives the same stories, without what analysis adds.
TEST(StoriesCli, NoAnalysisGroupsTheSameAndAddsNoFacts) {
  fs::path pages = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages";
  CliRun full = run_newsdesk("stories --format json --threads 2 " + quote(pages));
  CliRun bare = run_newsdesk("stories --format json --threads 2 --no-analysis " + quote(pages));
  ASSERT_EQ(bare.exit_code, 0) << bare.err;
  auto a = nlohmann::json::parse(full.out)["stories"], b = nlohmann::json::parse(bare.out)["stories"];
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i]["items"], b[i]["items"]);
    EXPECT_TRUE(a[i].contains("entities"));
    EXPECT_FALSE(b[i].contains("entities"));
    EXPECT_FALSE(b[i].contains("dates"));
  }
}

TEST(StoriesCli, TimingsNameEachStageOnStderrAndLeaveTheOutputAlone) {
  fs::path page = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages/es-single.txt";
  CliRun plain = run_newsdesk("stories --format json -q " + quote(page));
  CliRun timed = run_newsdesk("stories --format json -q --timings " + quote(page));
  ASSERT_EQ(timed.exit_code, 0) << timed.err;
  EXPECT_EQ(timed.out, plain.out);
  for (const char* stage : {"read and extract", "describe items", "group", "analyse", "render json"}) {
    EXPECT_NE(timed.err.find(std::string("timing: ") + stage), std::string::npos) << stage << "\n" << timed.err;
  }
  EXPECT_EQ(plain.err.find("timing:"), std::string::npos);
}

TEST(StoriesCli, ReadsStdin) {
  fs::path page = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages/es-single.txt";
  CliRun r = run_newsdesk("stories --format json -", page.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto json = nlohmann::json::parse(r.out);
  ASSERT_EQ(json["stories"].size(), 1u);
  EXPECT_EQ(json["stories"][0]["items"][0]["path"], "-");
}

TEST(StoriesCli, TextFormatShowsStoriesAndDropped) {
  fs::path page = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages/es-single.txt";
  CliRun r = run_newsdesk("stories --format text " + quote(page));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Story 1:"), std::string::npos);
  EXPECT_NE(r.out.find("exact_duplicate"), std::string::npos);
  EXPECT_NE(r.out.find("truncated"), std::string::npos);
  EXPECT_NE(r.out.find("Dropped"), std::string::npos);
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fmt::format("newsdesk_bad_{}", ::getpid());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return dir_ / name;
  }
  fs::path dir_;
};

TEST_F(BadInputTest, EachBadInputGetsOneLineAndTheBatchGoesOn) {
  fs::path good = fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages/es-single.txt";
  fs::path empty = write("empty.txt", "");
  fs::path binary = write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  fs::path latin1 = write("latin1.txt", "Citt\xE0 in festa\n");
  fs::path missing = dir_ / "missing.txt";
  CliRun r = run_newsdesk("stories --quiet --format json " + quote(empty) + " " + quote(good) + " " +
                       quote(binary) + " " + quote(latin1) + " " + quote(missing));
  EXPECT_EQ(r.exit_code, 1);
  auto json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json["stories"].size(), 1u);  // the good page still grouped
  EXPECT_EQ(json["errors"].size(), 4u);

  std::vector<std::string> lines;
  std::istringstream err(r.err);
  for (std::string l; std::getline(err, l);) lines.push_back(l);
  ASSERT_EQ(lines.size(), 4u) << r.err;
  EXPECT_NE(lines[0].find(empty.string() + ": empty input"), std::string::npos);
  EXPECT_NE(lines[1].find(binary.string() + ": binary"), std::string::npos);
  EXPECT_NE(lines[2].find(latin1.string() + ": offset 4: invalid UTF-8"), std::string::npos);
  EXPECT_NE(lines[3].find(missing.string() + ": no such file"), std::string::npos);
}

TEST_F(BadInputTest, AFolderIsReadWholeAndItsBadFilesNamed) {
  fs::create_directories(dir_ / "pages" / "deeper");
  fs::copy_file(fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages/es-single.txt", dir_ / "pages" / "es.txt");
  fs::copy_file(fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages/pt-single.txt",
                dir_ / "pages" / "deeper" / "pt.txt");
  std::ofstream(dir_ / "pages" / "deeper" / "broken.txt", std::ios::binary) << "caf\xE9\n";
  CliRun r = run_newsdesk("stories --format json " + quote(dir_ / "pages"));
  EXPECT_EQ(r.exit_code, 1);
  auto json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json["stories"].size(), 2u);
  EXPECT_NE(r.err.find("broken.txt: offset 3: invalid UTF-8"), std::string::npos) << r.err;
  // The closing summary counts what was read and what was not.
  EXPECT_NE(r.err.find("3 documents read, 1 could not be used"), std::string::npos) << r.err;
}

TEST_F(BadInputTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run_newsdesk("").exit_code, 2);
  EXPECT_EQ(run_newsdesk("stories").exit_code, 2);
  EXPECT_EQ(run_newsdesk("stories --format xml x.txt").exit_code, 2);
  EXPECT_EQ(run_newsdesk("frobnicate").exit_code, 2);
  EXPECT_EQ(run_newsdesk("--help").exit_code, 0);
}

}  // namespace
}  // namespace newsdesk::e2e
