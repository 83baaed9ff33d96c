// The transport on a real socket: headers, limits, timeouts, rate limit.
#include "serve/http_server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fake_backend.h"
#include "test_server.h"

namespace newsdesk::serve {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;
using testing::FakeBackend;
using testing::RawClient;
using testing::TestServer;

int status_of(const std::string& response) {
  if (response.rfind("HTTP/1.1 ", 0) != 0) return 0;
  return std::stoi(response.substr(9, 3));
}

TEST(ServerTest, AnswersJsonWithSecurityHeaders) {
  FakeBackend backend;
  TestServer server(backend, {});
  httplib::Client client("127.0.0.1", server.port());
  auto res = client.Get("/api/stories?limit=2&lang=it");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("connect-src 'self'"), std::string::npos);
  json j = json::parse(res->body);
  EXPECT_EQ(j["stories"].size(), 2u);
  for (const auto& s : j["stories"]) EXPECT_EQ(s["language"], "it");

  // Keep-alive: the same connection answers again.
  auto health = client.Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(json::parse(health->body)["status"], "ok");
  auto head = client.Head("/");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
}

TEST(ServerTest, ErrorsKeepTheirCodesOnTheWire) {
  FakeBackend backend;
  TestServer server(backend, {});
  httplib::Client client("127.0.0.1", server.port());
  auto bad = client.Get("/api/stories?limit=1000");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["error"]["status"], 400);
  auto put = client.Put("/api/stories", "x", "text/plain");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
  EXPECT_EQ(put->get_header_value("Allow"), "GET, HEAD");
  auto media = client.Post("/api/documents", "x", "image/png");
  ASSERT_TRUE(media);
  EXPECT_EQ(media->status, 415);
  auto created = client.Post("/api/documents", "Titolo\n\nTesto.", "text/plain");
  ASSERT_TRUE(created);
  EXPECT_EQ(created->status, 201);
  auto again = client.Post("/api/documents", "Titolo\n\nTesto.", "text/plain");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
}

TEST(ServerTest, PathTraversalFindsNothing) {
  FakeBackend backend;
  TestServer server(backend, {});
  for (std::string path : {"/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                           "/web/index.html", "/CMakeLists.txt", "//etc/passwd", "/./app.js"}) {
    RawClient raw(server.port());
    ASSERT_TRUE(raw.connected());
    raw.send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    std::string response = raw.read_all(3s);
    EXPECT_EQ(status_of(response), 404) << path << "\n" << response;
    EXPECT_EQ(response.find("root:"), std::string::npos);
  }
}

TEST(ServerTest, OversizeBodyIs413) {
  FakeBackend backend;
  ServerOptions options;
  options.max_body_bytes = 1024;
  TestServer server(backend, options);
  httplib::Client client("127.0.0.1", server.port());
  auto res = client.Post("/api/documents", std::string(4096, 'a'), "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(json::parse(res->body)["error"]["status"], 413);
  EXPECT_TRUE(backend.seen.empty());
}

TEST(ServerTest, OversizeHeadersAre431) {
  FakeBackend backend;
  ServerOptions options;
  options.max_header_bytes = 4096;
  TestServer server(backend, options);
  RawClient raw(server.port());
  std::string request = "GET /api/health HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 40; ++i) request += "X-Filler-" + std::to_string(i) + ": " + std::string(200, 'v') + "\r\n";
  request += "\r\n";
  raw.send(request);
  std::string response = raw.read_all(3s);
  EXPECT_EQ(status_of(response), 431) << response;
  EXPECT_NE(response.find("\"status\":431"), std::string::npos);

  // Within the budget the same request is fine.
  RawClient ok(server.port());
  ok.send("GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(status_of(ok.read_all(3s)), 200);
}

TEST(ServerTest, SlowClientIsCutOffAtTheRequestTimeout) {
  FakeBackend backend;
  ServerOptions options;
  options.request_timeout_ms = 2000;
  TestServer server(backend, options);
  RawClient slow(server.port());
  ASSERT_TRUE(slow.connected());
  std::string request = "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + std::string(60, 'z') + "\r\n\r\n";
  auto start = std::chrono::steady_clock::now();
  bool cut = false;
  std::string response;
  // One byte a second, as a slowloris client does, until the server hangs up.
  for (char c : request) {
    if (!slow.send(std::string(1, c))) {
      cut = true;
      break;
    }
    bool closed = false;
    response += slow.read_all(1s, &closed);
    if (closed) {
      cut = true;
      break;
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(cut);
  EXPECT_LT(seconds, 4.0);
  EXPECT_EQ(status_of(response), 408) << response;

  // The server still answers others.
  httplib::Client client("127.0.0.1", server.port());
  auto res = client.Get("/api/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST(ServerTest, RateLimitAnswers429WithRetryAfter) {
  FakeBackend backend;
  ServerOptions options;
  options.rate_per_second = 1;
  options.rate_burst = 3;
  options.rate_limit_loopback = true;
  TestServer server(backend, options);
  httplib::Client client("127.0.0.1", server.port());
  std::vector<int> codes;
  for (int i = 0; i < 5; ++i) {
    auto res = client.Get("/api/health");
    ASSERT_TRUE(res);
    codes.push_back(res->status);
    if (res->status == 429) {
      EXPECT_GE(std::stoi(res->get_header_value("Retry-After")), 1);
      EXPECT_EQ(json::parse(res->body)["error"]["status"], 429);
    }
  }
  EXPECT_EQ(codes, (std::vector<int>{200, 200, 200, 429, 429}));
}

TEST(ServerTest, LoopbackIsExemptByDefault) {
  FakeBackend backend;
  ServerOptions options;
  options.rate_per_second = 1;
  options.rate_burst = 1;
  TestServer server(backend, options);
  httplib::Client client("127.0.0.1", server.port());
  for (int i = 0; i < 5; ++i) {
    auto res = client.Get("/api/health");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
  }
}

TEST(ServerTest, ManyClientsAtOnce) {
  FakeBackend backend;
  ServerOptions options;
  options.threads = 8;
  TestServer server(backend, options);
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&] {
      httplib::Client client("127.0.0.1", server.port());
      for (int i = 0; i < 25; ++i) {
        auto res = client.Get("/api/stories?limit=3");
        if (res && res->status == 200 && json::parse(res->body)["stories"].size() == 3) ++ok;
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(ok, 200);
}

}  // namespace
}  // namespace newsdesk::serve
