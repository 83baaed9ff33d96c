// The story engine's state as rows: what the engine hands out and takes back,
// and what the store keeps, so that each batch writes only what it changed.
// Plain data here, so that neither the engine nor the store knows the other.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace newsdesk::core {

// The engine's counters and options: one row.
struct EngineMetaRow {
  uint64_t next_seq = 1;
  int64_t next_story = 0;
  uint64_t closed_stories = 0;
  uint64_t merged_stories = 0;
  std::string options;  // compact JSON, as the engine writes it
};

// A live document. The body (compact JSON of what the engine keeps of its
// text) never changes; a merge or an expiry pass moves only the placement.
struct EngineDocRow {
  uint64_t seq = 0;
  int64_t time = 0;
  int64_t story = 0;       // the engine's story index
  uint64_t queue = 0;      // position in the expiry queue: rows load in this order
  int64_t queue_time = 0;  // when the expiry queue looks at it next
  std::string body;        // empty: the placement changed, the stored body stays
};

// A live story.
struct EngineStoryRow {
  int64_t index = 0;
  std::string id;
  int64_t last_time = 0;
};

// A whole state (full) or what changed since the last rows written (a delta):
// rows to insert or replace, and the keys of rows to delete. Read back since
// a generation, the rows written after it with the keys of every live row
// instead of deletes: what is not among them was deleted.
struct EngineRows {
  std::optional<EngineMetaRow> meta;  // none: no state (a delta always has one)
  std::vector<EngineDocRow> docs;
  std::vector<EngineStoryRow> stories;
  std::vector<uint64_t> dropped_docs;
  std::vector<int64_t> dropped_stories;
  bool full = false;  // the whole state: replaces whatever is stored
  bool since = false;  // rows changed since a generation, with the live keys
  std::vector<uint64_t> live_docs;
  std::vector<int64_t> live_stories;

  bool empty() const { return docs.empty() && stories.empty() && dropped_docs.empty() && dropped_stories.empty(); }
};

}  // namespace newsdesk::core
