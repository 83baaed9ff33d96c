#include "serve/api.h"

#include <cstdio>
#include <exception>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "serve/assets.h"
#include "serve/documents.h"
#include "serve/json_out.h"
#include "serve/params.h"

namespace newsdesk::serve {
namespace {

using nlohmann::json;

constexpr std::string_view kStoriesPrefix = "/api/stories/";
constexpr std::string_view kEntitiesPrefix = "/api/entities/";
constexpr size_t kMaxIdBytes = 256;

ApiResponse json_response(int status, std::string body) {
  ApiResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers.emplace_back("Cache-Control", "no-cache");
  return r;
}

ApiResponse json_response(int status, const json& body) {
  return json_response(status, body.dump(-1, ' ', false, json::error_handler_t::replace));
}

bool is_read(const std::string& method) { return method == "GET" || method == "HEAD"; }

// The id after a prefix, when the path is prefix + one non-empty segment.
std::optional<std::string> tail_id(const std::string& path, std::string_view prefix) {
  if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
  std::string id = path.substr(prefix.size());
  if (id.find('/') != std::string::npos) return std::nullopt;
  return id;
}

ApiResponse asset_response(const Asset& asset, const ApiRequest& request) {
  ApiResponse r;
  r.content_type = std::string(asset.content_type);
  r.headers.emplace_back("Cache-Control", "no-cache");
  r.headers.emplace_back("ETag", asset.etag);
  if (request.if_none_match == asset.etag) {
    r.status = 304;
    return r;
  }
  r.body = std::string(asset.bytes);
  return r;
}

}  // namespace

ApiResponse error_response(int status, std::string_view message) {
  ApiResponse r = json_response(status, json{{"error", {{"status", status}, {"message", message}}}});
  return r;
}

const char* status_reason(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Internal Server Error";
  }
}

Api::Api(Backend& backend) : backend_(backend) {}

std::vector<std::pair<std::string, std::string>> Api::routes() {
  return {{"GET", "/api/stories"},     {"GET", "/api/stories/{id}"}, {"GET", "/api/entities/{id}"},
          {"GET", "/api/search"},      {"POST", "/api/documents"},   {"GET", "/api/health"}};
}

ApiResponse Api::handle(const ApiRequest& request) {
  try {
    return dispatch(request);
  } catch (const std::invalid_argument& e) {
    // The store refuses a cursor it did not make (the only argument it checks itself).
    return error_response(400, std::string("parameter 'cursor': ") + e.what());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsdesk serve: %s %s: %s\n", request.method.c_str(), request.path.c_str(), e.what());
  } catch (...) {
    std::fprintf(stderr, "newsdesk serve: %s %s: unknown failure\n", request.method.c_str(), request.path.c_str());
  }
  return error_response(500, "internal error; the server log names it");
}

ApiResponse Api::dispatch(const ApiRequest& request) {
  const std::string& path = request.path;
  auto only = [&](bool allowed, const char* allow) -> std::optional<ApiResponse> {
    if (allowed) return std::nullopt;
    ApiResponse r = error_response(405, "method " + request.method + " is not allowed on " + path);
    r.headers.emplace_back("Allow", allow);
    return r;
  };
  const bool read = is_read(request.method);
  if (path == "/api/stories") {
    if (auto r = only(read, "GET, HEAD")) return *r;
    return list_stories(request);
  }
  if (path == "/api/search") {
    if (auto r = only(read, "GET, HEAD")) return *r;
    return search(request);
  }
  if (path == "/api/health") {
    if (auto r = only(read, "GET, HEAD")) return *r;
    return health();
  }
  if (path == "/api/documents") {
    if (auto r = only(request.method == "POST", "POST")) return *r;
    return post_document(request);
  }
  if (auto id = tail_id(path, kStoriesPrefix)) {
    if (auto r = only(read, "GET, HEAD")) return *r;
    if (!request.params.empty()) return error_response(400, "unknown parameter '" + request.params[0].first + "'");
    return get_story(*id);
  }
  if (auto id = tail_id(path, kEntitiesPrefix)) {
    if (auto r = only(read, "GET, HEAD")) return *r;
    return get_entity(request, *id);
  }
  if (const Asset* asset = find_asset(path)) {
    if (auto r = only(read, "GET, HEAD")) return *r;
    return asset_response(*asset, request);
  }
  return error_response(404, "no such resource: " + path);
}

ApiResponse Api::list_stories(const ApiRequest& request) {
  auto query = parse_story_query(request.params);
  if (auto* e = std::get_if<ParamError>(&query)) return error_response(400, e->message);
  return json_response(200, story_page_json(backend_.list_stories(std::get<store::StoryQuery>(query))));
}

ApiResponse Api::search(const ApiRequest& request) {
  auto query = parse_search_query(request.params);
  if (auto* e = std::get_if<ParamError>(&query)) return error_response(400, e->message);
  return json_response(200, search_page_json(backend_.search(std::get<store::SearchQuery>(query))));
}

ApiResponse Api::get_story(const std::string& id) {
  if (id.size() > kMaxIdBytes) return error_response(404, "no story " + id.substr(0, 64) + "…");
  auto story = backend_.story(id);
  if (!story) return error_response(404, "no story " + id);
  return json_response(200, story_detail_json(*story));
}

ApiResponse Api::get_entity(const ApiRequest& request, const std::string& id) {
  auto page = parse_page_params(request.params);
  if (auto* e = std::get_if<ParamError>(&page)) return error_response(400, e->message);
  if (id.size() > kMaxIdBytes) return error_response(404, "no entity " + id.substr(0, 64) + "…");
  const auto& p = std::get<PageParams>(page);
  auto entity = backend_.entity(id, p.limit, p.cursor);
  if (!entity) return error_response(404, "no entity " + id);
  return json_response(200, entity_detail_json(*entity));
}

ApiResponse Api::post_document(const ApiRequest& request) {
  std::string url;
  for (const auto& [name, value] : request.params) {
    if (name != "url") return error_response(400, "unknown parameter '" + name + "'");
    url = value;
  }
  if (request.content_type.empty())
    return error_response(415, "Content-Type is required: text/html, text/plain or application/json");
  auto doc = document_from_body(request.content_type, request.body, url);
  if (auto* e = std::get_if<BodyError>(&doc)) return error_response(e->status, e->message);
  PostOutcome outcome = backend_.post(std::get<core::RawDoc>(doc));
  if (outcome.documents_added == 0 && outcome.documents_already_stored == 0) {
    std::string why = outcome.problems.empty() ? "the document holds no news item" : outcome.problems.front();
    return error_response(422, why);
  }
  json stories = json::array();
  for (const auto& s : outcome.stories)
    stories.push_back(json{{"id", s.id}, {"title", s.title}, {"relation", s.relation}});
  json body{{"documents_added", outcome.documents_added},
            {"documents_already_stored", outcome.documents_already_stored},
            {"items_added", outcome.items_added},
            {"stories", std::move(stories)}};
  ApiResponse r = json_response(outcome.documents_added > 0 ? 201 : 200, body);
  if (!outcome.stories.empty()) r.headers.emplace_back("Location", "/api/stories/" + outcome.stories.front().id);
  return r;
}

ApiResponse Api::health() {
  store::StoreCounts c = backend_.counts();
  return json_response(200, json{{"status", "ok"},
                                 {"schema_version", c.schema_version},
                                 {"counts",
                                  {{"documents", c.documents},
                                   {"items", c.items},
                                   {"stories", c.stories},
                                   {"entities", c.entities}}}});
}

}  // namespace newsdesk::serve
