// docs/openapi.yaml describes every route the server answers, and no other.
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "fake_backend.h"
#include "serve/api.h"
#include "serve/assets.h"

namespace newsdesk::serve {
namespace {

using Route = std::pair<std::string, std::string>;

// "paths:" entries ("  /api/x:") and their methods ("    get:"), read line by line.
std::set<Route> spec_routes(const std::string& yaml) {
  std::set<Route> routes;
  std::istringstream in(yaml);
  std::string line, path;
  bool in_paths = false;
  std::regex path_line(R"(^  (/[^:\s]*):\s*$)");
  std::regex method_line(R"(^    (get|put|post|delete|patch|head|options):\s*$)");
  std::smatch m;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] != ' ' && line[0] != '#') in_paths = line.rfind("paths:", 0) == 0;
    if (!in_paths) continue;
    if (std::regex_match(line, m, path_line)) path = m[1];
    else if (!path.empty() && std::regex_match(line, m, method_line)) {
      std::string method = m[1];
      for (auto& c : method) c = static_cast<char>(std::toupper(c));
      routes.insert({method, path});
    }
  }
  return routes;
}

TEST(OpenApiTest, EveryRouteIsDescribed) {
  std::ifstream f(std::string(NEWSDESK_SOURCE_DIR) + "/docs/openapi.yaml");
  std::stringstream text;
  text << f.rdbuf();
  ASSERT_FALSE(text.str().empty());
  EXPECT_EQ(text.str(), std::string(openapi_spec())) << "the binary embeds the spec in the tree";
  std::set<Route> spec = spec_routes(text.str());
  auto routes = Api::routes();
  std::set<Route> served(routes.begin(), routes.end());
  EXPECT_EQ(spec, served);
}

TEST(OpenApiTest, ListedRoutesAreAnswered) {
  testing::FakeBackend backend;
  Api api(backend);
  for (const auto& [method, path] : Api::routes()) {
    ApiRequest r;
    r.method = method;
    r.path = std::regex_replace(path, std::regex(R"(\{id\})"), path.find("entities") != std::string::npos ? "per:kim" : "s1");
    if (path == "/api/search") r.params = {{"q", "Story"}};
    if (method == "POST") {
      r.content_type = "text/plain";
      r.body = "Titolo\n\nTesto.";
    }
    auto res = api.handle(r);
    EXPECT_TRUE(res.status == 200 || res.status == 201) << method << " " << path << ": " << res.body;
  }
}

}  // namespace
}  // namespace newsdesk::serve
