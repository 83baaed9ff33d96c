// Route handlers as functions of a request: parameters, codes, error shape.
#include "serve/api.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fake_backend.h"
#include "ingest/news_item.h"

namespace newsdesk::serve {
namespace {

using nlohmann::json;

class ApiTest : public ::testing::Test {
 protected:
  ApiResponse get(const std::string& path, Fields params = {}) {
    ApiRequest r;
    r.method = "GET";
    r.path = path;
    r.params = std::move(params);
    return api.handle(r);
  }
  ApiResponse post(const std::string& content_type, const std::string& body, Fields params = {}) {
    ApiRequest r;
    r.method = "POST";
    r.path = "/api/documents";
    r.content_type = content_type;
    r.body = body;
    r.params = std::move(params);
    return api.handle(r);
  }
  static std::string header(const ApiResponse& r, const std::string& name) {
    for (const auto& [k, v] : r.headers) {
      if (k == name) return v;
    }
    return "";
  }
  static void expect_error(const ApiResponse& r, int status, const std::string& mentions) {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(r.content_type, "application/json");
    json j = json::parse(r.body);
    EXPECT_EQ(j["error"]["status"], status);
    EXPECT_NE(j["error"]["message"].get<std::string>().find(mentions), std::string::npos) << r.body;
  }

  testing::FakeBackend backend;
  Api api{backend};
};

TEST_F(ApiTest, ListsStoriesWithFiltersAndPages) {
  auto r = get("/api/stories", {{"limit", "2"}, {"order", "largest"}, {"since", "2025-09-01"}});
  ASSERT_EQ(r.status, 200) << r.body;
  json j = json::parse(r.body);
  ASSERT_EQ(j["stories"].size(), 2u);
  EXPECT_EQ(j["stories"][0]["id"], "s0");
  EXPECT_EQ(j["next_cursor"], "2");
  auto& q = backend.last_query;
  EXPECT_EQ(q.order, store::StoryOrder::kLargest);
  EXPECT_EQ(q.filters.since, "2025-09-01");

  auto last = json::parse(get("/api/stories", {{"limit", "2"}, {"cursor", "4"}}).body);
  EXPECT_EQ(last["stories"].size(), 1u);
  EXPECT_TRUE(last["next_cursor"].is_null());
}

TEST_F(ApiTest, BadParametersAreNamed) {
  expect_error(get("/api/stories", {{"limit", "0"}}), 400, "'limit'");
  expect_error(get("/api/stories", {{"limit", "12x"}}), 400, "'limit'");
  expect_error(get("/api/stories", {{"order", "oldest"}}), 400, "'order'");
  expect_error(get("/api/stories", {{"since", "2025-13-01"}}), 400, "'since'");
  expect_error(get("/api/stories", {{"lang", "Italian"}}), 400, "'lang'");
  expect_error(get("/api/stories", {{"colour", "red"}}), 400, "'colour'");
  expect_error(get("/api/stories", {{"since", "2025-09-05"}, {"until", "2025-09-01"}}), 400, "'since'");
  expect_error(get("/api/stories", {{"cursor", "not-one-of-ours"}}), 400, "'cursor'");
  expect_error(get("/api/search", {}), 400, "'q'");
  expect_error(get("/api/search", {{"q", "  "}}), 400, "'q'");
  expect_error(get("/api/entities/per:kim", {{"limit", "101"}}), 400, "'limit'");
}

TEST_F(ApiTest, StoryAndEntityOr404) {
  auto r = get("/api/stories/s1");
  ASSERT_EQ(r.status, 200);
  json j = json::parse(r.body);
  EXPECT_EQ(j["title"], "Story 1");
  EXPECT_EQ(j["variants"][0]["relation"], "original");
  EXPECT_EQ(j["entities"][0]["id"], "per:kim");
  expect_error(get("/api/stories/nope"), 404, "nope");
  expect_error(get("/api/stories/" + std::string(1000, 'x')), 404, "no story");

  auto e = json::parse(get("/api/entities/per:kim", {{"limit", "3"}}).body);
  EXPECT_EQ(e["name"], "Kim");
  EXPECT_EQ(e["stories"].size(), 3u);
  expect_error(get("/api/entities/per:nobody"), 404, "per:nobody");
}

TEST_F(ApiTest, SearchAndHealth) {
  json hits = json::parse(get("/api/search", {{"q", "Story 3"}}).body);
  ASSERT_EQ(hits["hits"].size(), 1u);
  EXPECT_EQ(hits["hits"][0]["story_id"], "s3");
  json h = json::parse(get("/api/health").body);
  EXPECT_EQ(h["status"], "ok");
  EXPECT_EQ(h["schema_version"], 1);
  EXPECT_EQ(h["counts"]["stories"], 5);
}

TEST_F(ApiTest, WrongMethodIs405WithAllow) {
  ApiRequest r;
  r.method = "DELETE";
  r.path = "/api/stories";
  auto res = api.handle(r);
  expect_error(res, 405, "DELETE");
  EXPECT_EQ(header(res, "Allow"), "GET, HEAD");
  auto get_docs = get("/api/documents");
  expect_error(get_docs, 405, "GET");
  EXPECT_EQ(header(get_docs, "Allow"), "POST");
}

TEST_F(ApiTest, UnknownPathsAndTraversalAre404) {
  for (std::string path : {"/nope", "/api", "/api/stories/a/b", "/../etc/passwd", "/app.js/..", "/web/app.js",
                           "/%2e%2e/CMakeLists.txt", "/style.css/", "/index.html.bak"}) {
    expect_error(get(path), 404, "no such");
  }
}

TEST_F(ApiTest, AssetsHaveTypesAndEtags) {
  auto page = get("/");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("app.js"), std::string::npos);
  std::string etag = header(page, "ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(header(page, "Cache-Control"), "no-cache");
  ApiRequest again;
  again.method = "GET";
  again.path = "/";
  again.if_none_match = etag;
  auto cached = api.handle(again);
  EXPECT_EQ(cached.status, 304);
  EXPECT_TRUE(cached.body.empty());
  EXPECT_EQ(get("/app.js").content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(get("/style.css").content_type, "text/css; charset=utf-8");
  EXPECT_NE(get("/openapi.yaml").body.find("openapi:"), std::string::npos);
}

TEST_F(ApiTest, PostsPagesAndRecords) {
  auto first = post("text/plain; charset=utf-8", "Un titolo\n\nUn testo.", {{"url", "https://example.org/a"}});
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(header(first, "Location"), "/api/stories/s0");
  json j = json::parse(first.body);
  EXPECT_EQ(j["stories"][0]["relation"], "original");
  EXPECT_EQ(backend.last_doc.media_type, "text/plain");
  EXPECT_EQ(backend.last_doc.charset, "utf-8");
  EXPECT_EQ(backend.last_doc.url, "https://example.org/a");
  EXPECT_EQ(backend.last_doc.source, "api");

  auto again = post("text/plain", "Un titolo\n\nUn testo.");
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(json::parse(again.body)["documents_already_stored"], 1);

  auto record = post("application/json", R"({"url":"https://x.org/1","title":"T","text":"Body","published":"2025-09-03","language":"it"})");
  ASSERT_EQ(record.status, 201) << record.body;
  EXPECT_EQ(backend.last_doc.media_type, ingest::kNewsItemMediaType);
  EXPECT_EQ(backend.last_doc.url, "https://x.org/1");

  auto html = post("application/json", R"({"html":"<html><body><p>x</p></body></html>"})");
  ASSERT_EQ(html.status, 201);
  EXPECT_EQ(backend.last_doc.media_type, "text/html");
}

TEST_F(ApiTest, BadPostsSayWhy) {
  expect_error(post("", "x"), 415, "Content-Type");
  expect_error(post("image/png", "x"), 415, "Content-Type");
  expect_error(post("text/plain", "  \n"), 400, "empty");
  expect_error(post("application/json", "{"), 400, "JSON");
  expect_error(post("application/json", "[]"), 400, "object");
  expect_error(post("application/json", R"({"title":3})"), 400, "'title'");
  expect_error(post("application/json", R"({"title":"a","colour":"red"})"), 400, "'colour'");
  expect_error(post("application/json", R"({"text":"a","html":"<p>b</p>"})"), 400, "either");
  expect_error(post("application/json", R"({"title":"a","published":"yesterday-ish"})"), 400, "'published'");
  expect_error(post("text/plain", "x", {{"uri", "y"}}), 400, "'uri'");
}

// Found by http_fuzz: a ?url= whose host held a byte that is not UTF-8 reached the
// store, which could not write the site as JSON (500).
TEST_F(ApiTest, PostRefusesAUrlThatIsNotUtf8) {
  size_t before = backend.seen.size();
  expect_error(post("text/plain", "Un titolo\n\nUn testo.", {{"url", "https://www.example.it%2\xffp3"}}), 400, "'url'");
  expect_error(post("text/html", "<p>x</p>", {{"url", std::string("https://a.example/\xc3")}}), 400, "UTF-8");
  EXPECT_EQ(backend.seen.size(), before);
  auto fine = post("text/plain", "Un altro titolo\n\nUn altro testo.", {{"url", "https://www.example.it/citt\xc3\xa0"}});
  EXPECT_EQ(fine.status, 201) << fine.body;
}

TEST_F(ApiTest, StoreFailureIs500WithoutDetails) {
  auto r = get("/api/stories/boom");
  expect_error(r, 500, "internal error");
  EXPECT_EQ(r.body.find("disk on fire"), std::string::npos);
}

}  // namespace
}  // namespace newsdesk::serve
