// Api: the HTTP API and the page's assets as plain functions of a request, kept
// apart from the transport so every route can be tested without a socket.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/raw_doc.h"
#include "store/store.h"

namespace newsdesk::serve {

using Fields = std::vector<std::pair<std::string, std::string>>;

struct ApiRequest {
  std::string method;  // GET, HEAD, POST, ...
  std::string path;    // percent-decoded, without the query
  Fields params;       // the decoded query, in order
  std::string content_type;
  std::string if_none_match;
  std::string body;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  Fields headers;  // beyond Content-Type: Allow, Location, Cache-Control, ETag, ...
};

// {"error":{"status":N,"message":"..."}}
ApiResponse error_response(int status, std::string_view message);

// "Not Found" for 404, ... (the error codes this server sends).
const char* status_reason(int status);

// A story a posted document joined, and how its item relates to the story.
struct JoinedStory {
  std::string id;
  std::string title;
  std::string relation;
};

struct PostOutcome {
  int documents_added = 0;
  int documents_already_stored = 0;
  int items_added = 0;
  std::vector<JoinedStory> stories;
  std::vector<std::string> problems;  // why the document could not be used
};

// What the handlers need from the world: the store's read side (called from any
// server thread) and a way to add a document (writes are serialised behind it).
class Backend {
 public:
  virtual ~Backend() = default;
  virtual store::StoryPage list_stories(const store::StoryQuery& query) = 0;
  virtual std::optional<store::StoryDetail> story(const std::string& id) = 0;
  virtual std::optional<store::EntityDetail> entity(const std::string& id, int limit, const std::string& cursor) = 0;
  virtual store::SearchPage search(const store::SearchQuery& query) = 0;
  virtual store::StoreCounts counts() = 0;
  virtual PostOutcome post(const core::RawDoc& doc) = 0;
};

class Api {
 public:
  explicit Api(Backend& backend);

  // Never throws: a failure inside becomes a 500.
  ApiResponse handle(const ApiRequest& request);

  // The routes the API answers (as written in docs/openapi.yaml), for the spec test.
  static std::vector<std::pair<std::string, std::string>> routes();  // {method, path template}

 private:
  ApiResponse dispatch(const ApiRequest& request);
  ApiResponse list_stories(const ApiRequest& request);
  ApiResponse get_story(const std::string& id);
  ApiResponse get_entity(const ApiRequest& request, const std::string& id);
  ApiResponse search(const ApiRequest& request);
  ApiResponse post_document(const ApiRequest& request);
  ApiResponse health();

  Backend& backend_;
};

}  // namespace newsdesk::serve
