// StoryEngine: the streaming story engine. Documents arrive one at a time (over
// days, by the million); each joins a story or opens one, cheapest test first:
// exact repeat → cut-short teaser → near-duplicate (MinHash LSH) → same event
// (weighted names, figures, dates and words) — inside a time window, after which
// stories close and their memory is freed.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <iosfwd>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/engine_rows.h"
#include "core/item.h"
#include "story/flat_multimap.h"
#include "story/item_features.h"
#include "story/minhash.h"

namespace newsdesk::story {

struct EngineOptions {
  int64_t window_seconds = 72 * 3600;  // a story takes no new item after this quiet time
  double same_event_threshold = 0.45;  // least pair score for the event layer
  double near_duplicate_jaccard = 0.4; // least estimated shingle Jaccard for near-duplicates
  size_t max_event_candidates = 64;    // documents scored per item in the event layer
  bool event_layer = true;             // off: dedup layers only (exact, teaser, near-duplicate)
  // Keep each story the window closes for take_closed(); off, closing frees all.
  // A run-time choice: not part of the saved state.
  bool report_closed = false;
};

// A story the window closed: no document can join it any more.
struct ClosedStory {
  std::string id;
  std::vector<uint64_t> docs;  // all its documents, by sequence number
};

// Why an item joined its story: what `stories --explain` prints.
struct Decision {
  std::string story_id;
  core::Relation relation = core::Relation::kOriginal;
  uint64_t of_doc = 0;  // the document it relates to (0 when it opened the story)
  double score = 1.0;
  std::string layer;                  // "exact", "truncated", "near_duplicate", "event", "new"
  std::vector<std::string> evidence;  // shared names, figures, events; or the MinHash estimate
};

struct EngineStats {
  size_t live_documents = 0;
  size_t live_stories = 0;
  size_t closed_stories = 0;
  size_t merged_stories = 0;  // found to be part of an older story
  size_t dedup_index_bytes = 0;  // exact, teaser and LSH tables with the signatures they need
  size_t event_index_bytes = 0;  // postings and the features kept for scoring
};

class StoryEngine {
 public:
  explicit StoryEngine(EngineOptions options = {});

  // Adds one document seen at `time` (seconds since the epoch); returns its
  // sequence number (1, 2, ...) and fills `decision`. Items must arrive in
  // roughly increasing time; older ones than the window are refused as new stories.
  uint64_t add(const core::Item& item, ItemFeatures features, int64_t time, Decision* decision);

  // Closes the stories quiet since before `now - window` and frees their documents.
  void expire(int64_t now);

  EngineStats stats() const;

  // The stories closed since the last call (EngineOptions::report_closed), in
  // the order they closed, so that a stream can write each one out and forget it.
  std::vector<ClosedStory> take_closed();
  void set_report_closed(bool on) { options_.report_closed = on; }  // also for a loaded engine

  // The id of the story a live document is in now: a later document may have
  // shown two stories to be one.
  std::string story_id_of(uint64_t doc) const;

  // The whole state as one text, so that a later run continues the same
  // stories (`stories --state`). engine_state.cc.
  void save(std::ostream& out) const;
  static StoryEngine load(std::istream& in);

  // The whole state as rows (full), and what changed since the last
  // take_delta() or load: new documents with their bodies, documents a merge
  // or the expiry queue moved, stories opened or changed, what was freed, and
  // the counters. Writing each delta after the rows it follows gives the rows
  // of the whole state, from which load() continues as this engine would.
  core::EngineRows rows() const;
  core::EngineRows take_delta();
  static StoryEngine load(const core::EngineRows& rows);
  // Brings a loaded engine up to rows another writer saved since it was
  // (`rows.since`): it then holds the state a fresh load would give.
  void catch_up(const core::EngineRows& rows);

 private:
  struct Doc {
    uint64_t seq = 0;
    int64_t time = 0;
    int story = -1;
    uint64_t exact = 0;
    std::array<uint64_t, 2> leads{};  // first words of the title and of the first paragraph
    MinHash signature{};
    bool article = false;
    bool teaser = false;
    bool copy = false;  // an exact repeat of an earlier document
    ItemFeatures features;  // empty when the event layer is off
    uint64_t queue = 0;      // its place in by_time_, so that a loaded queue has the same order
    int64_t queue_time = 0;  // the time it has there
  };
  struct StoryState {
    std::string id;
    int64_t last_time = 0;
    std::vector<uint64_t> docs;  // live documents
    std::vector<uint64_t> left;  // documents expired while it was closing (report_closed)
  };

  // Each layer adds every link it finds, best first.
  void find_exact(const Doc& doc, std::vector<Decision>* links);
  void find_truncated(const Doc& doc, std::vector<Decision>* links);
  void find_near_duplicate(const Doc& doc, std::vector<Decision>* links);
  void find_same_event(const core::Item& item, const Doc& doc, std::vector<Decision>* links);
  int story_of(uint64_t doc) const;  // the story a live document is in now
  int merge_stories(int a, int b);   // moves the younger's documents; returns the older
  void index(const Doc& doc);
  void unindex(const Doc& doc);
  int open_story(const Doc& doc);
  void enqueue(Doc& doc, int64_t time);
  void drop_story(int index);  // records a story merged or closed
  // Adds a loaded document (features and queue place set) to the indexes.
  void restore(Doc doc);

  // engine_state.cc: the persisted forms of a document and of the options.
  static nlohmann::json doc_fields(const Doc& doc);
  static Doc doc_from_fields(const nlohmann::json& fields);
  core::EngineMetaRow meta_row() const;
  core::EngineDocRow doc_row(const Doc& doc, bool with_body) const;
  static EngineOptions options_from(const nlohmann::json& options);

  EngineOptions options_;
  uint64_t next_seq_ = 1;
  std::unordered_map<uint64_t, Doc> docs_;
  std::deque<std::pair<int64_t, uint64_t>> by_time_;  // arrival order; times nearly sorted
  std::unordered_map<int, StoryState> stories_;  // live stories only
  int next_story_ = 0;
  FlatMultiMap exact_;    // text hash -> doc
  FlatMultiMap leads_;    // first words of title / first paragraph -> doc
  FlatMultiMap teasers_;  // a teaser's first words -> doc
  FlatMultiMap bands_;    // LSH band -> doc
  std::unordered_map<std::string, std::vector<uint64_t>> postings_;   // term -> docs
  size_t closed_stories_ = 0;
  size_t merged_stories_ = 0;
  std::vector<ClosedStory> closed_;  // not yet taken (report_closed)
  uint64_t next_queue_ = 1;  // by_time_ positions, increasing

  // What changed since the last take_delta().
  std::set<uint64_t> new_docs_, moved_docs_, dropped_docs_;
  std::set<int> changed_stories_, new_stories_, dropped_stories_;
};

}  // namespace newsdesk::story
