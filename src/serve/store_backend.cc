#include "serve/store_backend.h"

#include <atomic>
#include <unordered_map>

#include "pipeline/ingest_job.h"

namespace newsdesk::serve {
namespace {

std::atomic<uint64_t> next_generation{1};

// The relation of the newest item this post put in the story: posts are
// serialised, so the story's last item from the API with this URL is ours.
std::string relation_of_post(const store::StoryDetail& story, const core::RawDoc& doc) {
  for (auto it = story.items.rbegin(); it != story.items.rend(); ++it) {
    if (it->source == doc.source && (doc.url.empty() || it->url == doc.url)) return it->relation;
  }
  return story.items.empty() ? "" : story.items.back().relation;
}

}  // namespace

StoreBackend::StoreBackend(std::string location)
    : location_(std::move(location)), generation_(next_generation++), writer_(store::open_store(location_)) {}

StoreBackend::~StoreBackend() = default;

store::Store& StoreBackend::reader() {
  thread_local std::unordered_map<uint64_t, std::unique_ptr<store::Store>> readers;
  auto& slot = readers[generation_];
  if (!slot) slot = store::open_store(location_);
  return *slot;
}

store::StoryPage StoreBackend::list_stories(const store::StoryQuery& query) { return reader().list_stories(query); }

std::optional<store::StoryDetail> StoreBackend::story(const std::string& id) { return reader().story(id); }

std::optional<store::EntityDetail> StoreBackend::entity(const std::string& id, int limit, const std::string& cursor) {
  return reader().entity(id, limit, cursor);
}

store::SearchPage StoreBackend::search(const store::SearchQuery& query) { return reader().search(query); }

store::StoreCounts StoreBackend::counts() { return reader().counts(); }

PostOutcome StoreBackend::post(const core::RawDoc& doc) {
  std::lock_guard lock(write_mutex_);
  pipeline::IngestOptions options;
  options.threads = 1;  // one document: the server's other threads keep answering
  pipeline::IngestReport report = pipeline::ingest_documents(*writer_, {doc}, options);
  PostOutcome out;
  out.documents_added = report.documents_added;
  out.documents_already_stored = report.documents_already_stored;
  out.items_added = report.items_added;
  for (const auto& d : report.diagnostics) out.problems.push_back(d.reason);
  for (const auto& id : report.story_ids) {
    auto story = writer_->story(id);
    if (!story) continue;
    out.stories.push_back(JoinedStory{id, story->summary.title, relation_of_post(*story, doc)});
  }
  return out;
}

}  // namespace newsdesk::serve
