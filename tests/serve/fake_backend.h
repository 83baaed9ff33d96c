// A Backend over five in-memory stories, for handler and transport tests that
// need no database.
#pragma once

#include <algorithm>
#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#include "serve/api.h"

namespace newsdesk::serve::testing {

class FakeBackend : public Backend {
 public:
  FakeBackend() {
    for (int i = 0; i < 5; ++i) {
      store::StorySummary s;
      s.id = "s" + std::to_string(i);
      s.title = "Story " + std::to_string(i);
      s.language = i % 2 ? "en" : "it";
      s.languages = {s.language};
      s.items = i + 1;
      s.documents = 1;
      s.sites = {"example.org"};
      s.first_seen = "2025-09-0" + std::to_string(i + 1);
      s.last_seen = s.first_seen;
      stories.push_back(s);
    }
  }

  store::StoryPage list_stories(const store::StoryQuery& q) override {
    std::lock_guard lock(mutex);
    last_query = q;
    store::StoryPage page;
    size_t start = q.cursor.empty() ? 0 : std::stoul(q.cursor);
    for (size_t i = start; i < stories.size() && page.stories.size() < static_cast<size_t>(q.limit); ++i) {
      if (!q.filters.language.empty() && stories[i].language != q.filters.language) continue;
      page.stories.push_back(stories[i]);
      if (page.stories.size() == static_cast<size_t>(q.limit) && i + 1 < stories.size())
        page.next_cursor = std::to_string(i + 1);
    }
    return page;
  }

  std::optional<store::StoryDetail> story(const std::string& id) override {
    if (id == "boom") throw std::runtime_error("disk on fire");
    for (const auto& s : stories) {
      if (s.id != id) continue;
      store::StoryDetail d;
      d.summary = s;
      store::StoredItem item;
      item.id = 1;
      item.kind = "headline";
      item.title = s.title;
      item.relation = "original";
      d.items.push_back(item);
      d.entities = nlohmann::json::array({{{"id", "per:kim"}, {"name", "Kim"}, {"type", "person"}}});
      return d;
    }
    return std::nullopt;
  }

  std::optional<store::EntityDetail> entity(const std::string& id, int limit, const std::string&) override {
    if (id != "per:kim") return std::nullopt;
    store::EntityDetail d;
    d.entity.id = id;
    d.entity.name = "Kim";
    d.entity.type = "person";
    d.stories.stories.assign(stories.begin(), stories.begin() + std::min<size_t>(limit, stories.size()));
    return d;
  }

  store::SearchPage search(const store::SearchQuery& q) override {
    store::SearchPage page;
    for (const auto& s : stories) {
      if (s.title.find(q.text) == std::string::npos) continue;
      page.hits.push_back(store::SearchHit{1, s.id, s.title, "[" + q.text + "]", s.language, "", "", "", 1.0});
    }
    return page;
  }

  store::StoreCounts counts() override { return {10, 20, 5, 3, 1}; }

  PostOutcome post(const core::RawDoc& doc) override {
    std::lock_guard lock(mutex);
    PostOutcome out;
    if (std::find(seen.begin(), seen.end(), doc.bytes) != seen.end()) {
      out.documents_already_stored = 1;
      return out;
    }
    seen.push_back(doc.bytes);
    last_doc = doc;
    out.documents_added = 1;
    out.items_added = 1;
    out.stories.push_back({"s0", "Story 0", "original"});
    return out;
  }
  std::vector<store::StorySummary> stories;
  store::StoryQuery last_query;
  std::mutex mutex;
  std::vector<std::string> seen;
  core::RawDoc last_doc;
};

}  // namespace newsdesk::serve::testing
