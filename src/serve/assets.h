// The web page's files, built into the binary: the server answers only these
// names, so no request can reach the file system.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::serve {

struct Asset {
  std::string_view path;          // "/", "/app.js", ...
  std::string_view content_type;
  std::string_view bytes;
  std::string etag;               // strong, from a hash of the bytes
};

// nullptr for any path that is not exactly one of the assets.
const Asset* find_asset(std::string_view path);

// The embedded docs/openapi.yaml (also served as /openapi.yaml).
std::string_view openapi_spec();

}  // namespace newsdesk::serve
