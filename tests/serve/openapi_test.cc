// docs/openapi.yaml describes every route the server answers, and no other.
#include <fstream>
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
  static const std::set<std::string> kMethods = {"get", "put", "post", "delete", "patch", "head", "options"};
  std::set<Route> routes;
  std::istringstream in(yaml);
  std::string line, path;
  bool in_paths = false;
  auto indent = [](const std::string& l) { return l.find_first_not_of(' '); };
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (line[0] != ' ') {
      in_paths = line == "paths:";
      continue;
    }
    if (!in_paths || line.back() != ':') continue;
    std::string name = line.substr(indent(line), line.size() - indent(line) - 1);
    if (indent(line) == 2 && name[0] == '/') path = name;
    else if (indent(line) == 4 && !path.empty() && kMethods.count(name)) {
      for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      routes.insert({name, path});
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
    r.path = path;
    if (size_t at = r.path.find("{id}"); at != std::string::npos)
      r.path.replace(at, 4, path.find("entities") != std::string::npos ? "per:kim" : "s1");
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
