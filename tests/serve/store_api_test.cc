// The API against a real server on loopback over a real store, filled through
// POST /api/documents (the seed page and the e2e test pages): SQLite, or
// PostgreSQL when NEWSDESK_SERVE_TEST_BACKEND=postgresql (ctest runs both).
#include <httplib.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "serve/store_backend.h"
#include "test_server.h"
#include "../store/test_store.h"

namespace newsdesk::serve {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string shared_dir() {
  const char* env = std::getenv("NEWSDESK_SHARED_DIR");
  return env && *env ? env : NEWSDESK_SHARED_DIR;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class StoreApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* backend = std::getenv("NEWSDESK_SERVE_TEST_BACKEND");
    store_ = new store::testing::TestStore(backend && *backend ? backend : "sqlite");
    if (!store_->unavailable().empty()) GTEST_SKIP() << store_->unavailable();
    backend_ = new StoreBackend(store_->location());
    server_ = new testing::TestServer(*backend_, {});
    httplib::Client client("127.0.0.1", server_->port());
    // The first post loads the pipeline's models: slow under ASan on a busy machine.
    client.set_read_timeout(60, 0);
    seed_ = new json();
    auto res = client.Post("/api/documents?url=https%3A%2F%2Fwww.example.it%2Fseed",
                           read_file(fs::path(shared_dir()) / "fixtures/seed-page-it.txt"), "text/plain; charset=utf-8");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 201) << res->body;
    *seed_ = json::parse(res->body);
    posted_ = 1;
    for (const auto& page : fs::directory_iterator(fs::path(NEWSDESK_SOURCE_DIR) / "tests/e2e/pages")) {
      if (page.path().extension() != ".txt") continue;
      auto r = client.Post("/api/documents", read_file(page.path()), "text/plain");
      ASSERT_TRUE(r);
      ASSERT_EQ(r->status, 201) << page.path() << ": " << r->body;
      ++posted_;
    }
  }
  // A skip in SetUpTestSuite does not stop the tests from running here.
  void SetUp() override {
    if (!store_->unavailable().empty()) GTEST_SKIP() << store_->unavailable();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete backend_;
    delete seed_;
    delete store_;  // after the backend: its connections end first
  }

  json get(const std::string& path, int expect = 200) {
    httplib::Client client("127.0.0.1", server_->port());
    auto res = client.Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return json();
    EXPECT_EQ(res->status, expect) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    return json::parse(res->body);
  }

  static inline store::testing::TestStore* store_;
  static inline StoreBackend* backend_;
  static inline testing::TestServer* server_;
  static inline json* seed_;
  static inline int posted_ = 0;
};

TEST_F(StoreApiTest, PostAnswersWithTheStoriesJoined) {
  ASSERT_FALSE((*seed_)["stories"].empty());
  for (const auto& s : (*seed_)["stories"]) {
    EXPECT_FALSE(s["id"].get<std::string>().empty());
    EXPECT_FALSE(s["title"].get<std::string>().empty());
    EXPECT_FALSE(s["relation"].get<std::string>().empty());
  }
  EXPECT_GT((*seed_)["items_added"].get<int>(), 0);
}

TEST_F(StoreApiTest, PostingTheSamePageAgainAddsNothing) {
  json before = get("/api/health");
  httplib::Client client("127.0.0.1", server_->port());
  auto res = client.Post("/api/documents?url=https%3A%2F%2Fwww.example.it%2Fseed",
                         read_file(fs::path(shared_dir()) / "fixtures/seed-page-it.txt"), "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  json body = json::parse(res->body);
  EXPECT_EQ(body["documents_added"], 0);
  EXPECT_EQ(body["documents_already_stored"], 1);
  json after = get("/api/health");
  EXPECT_EQ(before["counts"], after["counts"]);
}

TEST_F(StoreApiTest, HealthCountsWhatWasPosted) {
  json h = get("/api/health");
  EXPECT_EQ(h["status"], "ok");
  EXPECT_GE(h["schema_version"].get<int>(), 1);
  EXPECT_EQ(h["counts"]["documents"].get<int>(), posted_);
  EXPECT_GE(posted_, 15);
  EXPECT_GT(h["counts"]["stories"].get<int>(), 10);
  EXPECT_GT(h["counts"]["entities"].get<int>(), 0);
}

TEST_F(StoreApiTest, SeedStoryShowsVariantsEntitiesAndDate) {
  const std::string id = (*seed_)["stories"][0]["id"];
  json s = get("/api/stories/" + id);
  EXPECT_EQ(s["id"], id);
  ASSERT_GE(s["variants"].size(), 2u);
  std::set<std::string> relations;
  for (const auto& v : s["variants"]) relations.insert(v["relation"].get<std::string>());
  EXPECT_TRUE(relations.count("original"));
  EXPECT_GE(relations.size(), 2u);
  std::set<std::string> names;
  for (const auto& e : s["entities"]) {
    names.insert(e["name"].get<std::string>());
    EXPECT_FALSE(e["id"].get<std::string>().empty());
  }
  EXPECT_TRUE(names.count("Kim Jong Un")) << s["entities"].dump();
  EXPECT_TRUE(names.count("Vladimir Putin") || names.count("Putin")) << s["entities"].dump();
  bool has_date = false;
  for (const auto& d : s["dates"]) has_date |= d["value"] == "2025-09-03";
  EXPECT_TRUE(has_date) << s["dates"].dump();

  // An entity of the story leads back to it.
  std::string kim;
  for (const auto& e : s["entities"]) {
    if (e["name"] == "Kim Jong Un") kim = e["id"];
  }
  ASSERT_FALSE(kim.empty());
  json e = get("/api/entities/" + httplib::detail::encode_query_param(kim));
  EXPECT_EQ(e["name"], "Kim Jong Un");
  EXPECT_EQ(e["type"], "person");
  bool found = false;
  for (const auto& st : e["stories"]) found |= st["id"] == id;
  EXPECT_TRUE(found);
}

TEST_F(StoreApiTest, StoriesPageWithoutRepeats) {
  std::set<std::string> seen;
  std::string cursor;
  int pages = 0;
  for (;;) {
    json page = get("/api/stories?limit=3" + (cursor.empty() ? "" : "&cursor=" + httplib::detail::encode_query_param(cursor)));
    ASSERT_LE(page["stories"].size(), 3u);
    for (const auto& s : page["stories"]) EXPECT_TRUE(seen.insert(s["id"].get<std::string>()).second) << s["id"];
    ++pages;
    if (page["next_cursor"].is_null()) break;
    cursor = page["next_cursor"];
    ASSERT_LT(pages, 100);
  }
  EXPECT_EQ(seen.size(), get("/api/health")["counts"]["stories"].get<size_t>());
  EXPECT_GT(pages, 1);

  json largest = get("/api/stories?order=largest&limit=5");
  for (size_t i = 1; i < largest["stories"].size(); ++i)
    EXPECT_GE(largest["stories"][i - 1]["items"].get<int>(), largest["stories"][i]["items"].get<int>());
}

TEST_F(StoreApiTest, FiltersByLanguage) {
  json it = get("/api/stories?lang=it&limit=100");
  ASSERT_FALSE(it["stories"].empty());
  for (const auto& s : it["stories"]) {
    auto langs = s["languages"].get<std::vector<std::string>>();
    EXPECT_NE(std::find(langs.begin(), langs.end(), "it"), langs.end()) << s.dump();
  }
  json none = get("/api/stories?lang=zu");
  EXPECT_TRUE(none["stories"].empty());
}

TEST_F(StoreApiTest, SearchFindsTheSeedStory) {
  json r = get("/api/search?q=Pechino");
  ASSERT_FALSE(r["hits"].empty());
  std::set<std::string> stories;
  for (const auto& h : r["hits"]) {
    stories.insert(h["story_id"].get<std::string>());
    EXPECT_NE(h["snippet"].get<std::string>().find('['), std::string::npos) << h.dump();
  }
  bool seed_story = false;
  for (const auto& s : (*seed_)["stories"]) seed_story |= stories.count(s["id"].get<std::string>()) > 0;
  EXPECT_TRUE(seed_story);
  EXPECT_TRUE(get("/api/search?q=Pechino&lang=fr")["hits"].empty());
}

TEST_F(StoreApiTest, ErrorsOnTheRealStore) {
  get("/api/stories/0000000000000000", 404);
  get("/api/entities/per:nobody-at-all", 404);
  get("/api/stories?cursor=garbage", 400);
  get("/api/search?q=x&limit=0", 400);
  get("/api/nothing-here", 404);
}

}  // namespace
}  // namespace newsdesk::serve
