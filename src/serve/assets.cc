#include "serve/assets.h"

#include <array>

#include <xxhash.h>

#include <fmt/format.h>

extern "C" const char newsdesk_blob_web_index[];
extern "C" const char newsdesk_blob_web_index_end[];
extern "C" const char newsdesk_blob_web_app[];
extern "C" const char newsdesk_blob_web_app_end[];
extern "C" const char newsdesk_blob_web_style[];
extern "C" const char newsdesk_blob_web_style_end[];
extern "C" const char newsdesk_blob_openapi[];
extern "C" const char newsdesk_blob_openapi_end[];

namespace newsdesk::serve {
namespace {

Asset make(std::string_view path, std::string_view type, const char* begin, const char* end) {
  std::string_view bytes(begin, static_cast<size_t>(end - begin));
  return Asset{path, type, bytes, fmt::format("\"{:016x}\"", XXH3_64bits(bytes.data(), bytes.size()))};
}

const std::array<Asset, 5>& assets() {
  static const std::array<Asset, 5> all = {
      make("/", "text/html; charset=utf-8", newsdesk_blob_web_index, newsdesk_blob_web_index_end),
      make("/index.html", "text/html; charset=utf-8", newsdesk_blob_web_index, newsdesk_blob_web_index_end),
      make("/app.js", "text/javascript; charset=utf-8", newsdesk_blob_web_app, newsdesk_blob_web_app_end),
      make("/style.css", "text/css; charset=utf-8", newsdesk_blob_web_style, newsdesk_blob_web_style_end),
      make("/openapi.yaml", "application/yaml; charset=utf-8", newsdesk_blob_openapi, newsdesk_blob_openapi_end),
  };
  return all;
}

}  // namespace

const Asset* find_asset(std::string_view path) {
  for (const auto& a : assets()) {
    if (a.path == path) return &a;
  }
  return nullptr;
}

std::string_view openapi_spec() { return find_asset("/openapi.yaml")->bytes; }

}  // namespace newsdesk::serve
