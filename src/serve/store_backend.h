// StoreBackend: the API's Backend over a real store. Each server thread reads
// through its own connection, opened on first use (a Store is single-threaded;
// SQLite's WAL lets them read while the writer writes); posts are serialised
// through one writer connection.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "serve/api.h"

namespace newsdesk::serve {

class StoreBackend : public Backend {
 public:
  // Opens the writer now, so that a bad location fails before the server starts.
  explicit StoreBackend(std::string location);
  ~StoreBackend() override;

  store::StoryPage list_stories(const store::StoryQuery& query) override;
  std::optional<store::StoryDetail> story(const std::string& id) override;
  std::optional<store::EntityDetail> entity(const std::string& id, int limit, const std::string& cursor) override;
  store::SearchPage search(const store::SearchQuery& query) override;
  store::StoreCounts counts() override;
  PostOutcome post(const core::RawDoc& doc) override;

 private:
  store::Store& reader();  // this thread's

  std::string location_;
  uint64_t generation_;  // tells this backend's thread-local readers from an earlier one's
  std::mutex write_mutex_;
  std::unique_ptr<store::Store> writer_;
};

}  // namespace newsdesk::serve
