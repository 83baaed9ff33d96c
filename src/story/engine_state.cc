// The story engine's persisted forms: the whole state as one text (save, load)
// and as rows (rows, take_delta, load), which the store keeps so that a batch
// writes only what it changed. A document's body is the same JSON in both.
#include <algorithm>
#include <istream>
#include <ostream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "story/engine.h"

namespace newsdesk::story {
namespace {

nlohmann::json terms_to_json(const std::vector<Term>& terms) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : terms) {
    out.push_back({t.key, t.weight, t.is_name, t.is_number, t.in_digits, t.span, t.context, t.pivots});
  }
  return out;
}

std::vector<Term> terms_from_json(const nlohmann::json& j) {
  std::vector<Term> terms;
  for (const auto& e : j) {
    Term t;
    t.key = e[0];
    t.weight = e[1];
    t.is_name = e[2];
    t.is_number = e[3];
    t.in_digits = e[4];
    t.span = e[5];
    t.context = e[6].get<std::vector<std::string>>();
    if (e.size() > 7) t.pivots = e[7].get<std::vector<std::string>>();
    terms.push_back(std::move(t));
  }
  return terms;
}

nlohmann::json options_to_json(const EngineOptions& o) {
  return {o.window_seconds, o.same_event_threshold, o.near_duplicate_jaccard, o.max_event_candidates,
          o.event_layer};
}

}  // namespace

EngineOptions StoryEngine::options_from(const nlohmann::json& opt) {
  EngineOptions o;
  o.window_seconds = opt[0];
  o.same_event_threshold = opt[1];
  o.near_duplicate_jaccard = opt[2];
  o.max_event_candidates = opt[3];
  o.event_layer = opt[4];
  return o;
}

// What a document keeps of its text; its number, time and story are kept beside.
nlohmann::json StoryEngine::doc_fields(const Doc& d) {
  // Sorted, so that a document's body is the same whatever built its set.
  std::vector<std::string> lookup(d.features.lookup.begin(), d.features.lookup.end());
  std::sort(lookup.begin(), lookup.end());
  return {{"article", d.article},
          {"teaser", d.teaser},
          {"copy", d.copy},
          {"signature", d.signature},
          {"match_key", d.features.match_key},
          {"prefix_targets", d.features.prefix_targets},
          {"terms", terms_to_json(d.features.terms)},
          {"language", d.features.language},
          {"lookup", std::move(lookup)}};
}

StoryEngine::Doc StoryEngine::doc_from_fields(const nlohmann::json& j) {
  Doc d;
  d.article = j["article"];
  d.teaser = j["teaser"];
  d.copy = j.value("copy", false);
  d.signature = j["signature"].get<MinHash>();
  d.features.match_key = j["match_key"];
  d.features.language = j.value("language", "");
  d.features.prefix_targets = j["prefix_targets"].get<std::vector<std::string>>();
  d.features.terms = terms_from_json(j["terms"]);
  for (const auto& k : j["lookup"]) d.features.lookup.insert(k.get<std::string>());
  return d;
}

// One JSON object a line: a header with the options and stories, then the live
// documents in arrival order. Text, so that a saved state can be inspected.
void StoryEngine::save(std::ostream& out) const {
  nlohmann::json stories = nlohmann::json::array();
  std::map<int, const StoryState*> ordered;  // a stable order for the file
  for (const auto& [index, st] : stories_) ordered.emplace(index, &st);
  for (const auto& [index, st] : ordered) stories.push_back({index, st->id, st->last_time});
  nlohmann::json header = {
      {"format", "newsdesk-engine"}, {"version", 2}, {"next_seq", next_seq_},
      {"closed_stories", closed_stories_}, {"merged_stories", merged_stories_},
      {"next_story", next_story_}, {"options", options_to_json(options_)},
      {"stories", std::move(stories)}};
  out << header.dump() << '\n';
  for (const auto& [time, seq] : by_time_) {
    auto it = docs_.find(seq);
    if (it == docs_.end()) continue;
    const Doc& d = it->second;
    nlohmann::json doc = doc_fields(d);
    doc["seq"] = d.seq;
    doc["time"] = d.time;
    doc["story"] = d.story;
    out << doc.dump() << '\n';
  }
}

StoryEngine StoryEngine::load(std::istream& in) {
  std::string line;
  if (!std::getline(in, line)) throw std::runtime_error("engine state: empty");
  auto header = nlohmann::json::parse(line);
  if (header.value("format", "") != "newsdesk-engine" || header.value("version", 0) != 2) {
    throw std::runtime_error("engine state: unknown format or version");
  }
  StoryEngine engine(options_from(header["options"]));
  engine.next_seq_ = header["next_seq"];
  engine.closed_stories_ = header["closed_stories"];
  engine.merged_stories_ = header.value("merged_stories", size_t{0});
  engine.next_story_ = header["next_story"];
  for (const auto& s : header["stories"]) {
    engine.stories_.emplace(s[0].get<int>(), StoryState{s[1], s[2], {}, {}});
  }
  uint64_t queue = 1;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    Doc d = doc_from_fields(j);
    d.seq = j["seq"];
    d.time = j["time"];
    d.story = j["story"];
    // The text keeps the queue's order, not the times a document was put back at.
    d.queue = queue++;
    d.queue_time = d.time;
    engine.restore(std::move(d));
  }
  return engine;
}

core::EngineMetaRow StoryEngine::meta_row() const {
  core::EngineMetaRow m;
  m.next_seq = next_seq_;
  m.next_story = next_story_;
  m.closed_stories = closed_stories_;
  m.merged_stories = merged_stories_;
  m.options = options_to_json(options_).dump();
  return m;
}

core::EngineDocRow StoryEngine::doc_row(const Doc& d, bool with_body) const {
  core::EngineDocRow r;
  r.seq = d.seq;
  r.time = d.time;
  r.story = d.story;
  r.queue = d.queue;
  r.queue_time = d.queue_time;
  if (with_body) r.body = doc_fields(d).dump();
  return r;
}

core::EngineRows StoryEngine::rows() const {
  core::EngineRows rows;
  rows.full = true;
  rows.meta = meta_row();
  for (const auto& [time, seq] : by_time_) rows.docs.push_back(doc_row(docs_.at(seq), true));
  std::map<int, const StoryState*> ordered;
  for (const auto& [index, st] : stories_) ordered.emplace(index, &st);
  for (const auto& [index, st] : ordered) rows.stories.push_back({index, st->id, st->last_time});
  return rows;
}

core::EngineRows StoryEngine::take_delta() {
  core::EngineRows rows;
  rows.meta = meta_row();
  for (uint64_t seq : new_docs_) rows.docs.push_back(doc_row(docs_.at(seq), true));
  for (uint64_t seq : moved_docs_) {
    if (!new_docs_.count(seq)) rows.docs.push_back(doc_row(docs_.at(seq), false));
  }
  for (int index : changed_stories_) {
    const StoryState& st = stories_.at(index);
    rows.stories.push_back({index, st.id, st.last_time});
  }
  rows.dropped_docs.assign(dropped_docs_.begin(), dropped_docs_.end());
  rows.dropped_stories.assign(dropped_stories_.begin(), dropped_stories_.end());
  new_docs_.clear();
  moved_docs_.clear();
  dropped_docs_.clear();
  changed_stories_.clear();
  new_stories_.clear();
  dropped_stories_.clear();
  return rows;
}

StoryEngine StoryEngine::load(const core::EngineRows& rows) {
  if (!rows.meta) throw std::runtime_error("engine state: no counters row");
  if (rows.since) throw std::runtime_error("engine state: rows changed since a generation are not a whole state");
  const core::EngineMetaRow& m = *rows.meta;
  StoryEngine engine(options_from(nlohmann::json::parse(m.options)));
  engine.next_seq_ = m.next_seq;
  engine.next_story_ = static_cast<int>(m.next_story);
  engine.closed_stories_ = m.closed_stories;
  engine.merged_stories_ = m.merged_stories;
  for (const auto& s : rows.stories) {
    engine.stories_.emplace(static_cast<int>(s.index), StoryState{s.id, s.last_time, {}, {}});
  }
  // The expiry queue in its order: which documents it looks at first decides
  // when they are freed.
  std::vector<const core::EngineDocRow*> queued;
  for (const auto& r : rows.docs) queued.push_back(&r);
  std::sort(queued.begin(), queued.end(), [](const auto* a, const auto* b) { return a->queue < b->queue; });
  for (const core::EngineDocRow* r : queued) {
    if (r->body.empty()) throw std::runtime_error("engine state: document " + std::to_string(r->seq) + " has no body");
    Doc d = doc_from_fields(nlohmann::json::parse(r->body));
    d.seq = r->seq;
    d.time = r->time;
    d.story = static_cast<int>(r->story);
    d.queue = r->queue;
    d.queue_time = r->queue_time;
    if (!engine.stories_.count(d.story)) {
      throw std::runtime_error("engine state: document " + std::to_string(d.seq) + " is in no live story");
    }
    engine.restore(std::move(d));
  }
  return engine;
}

void StoryEngine::catch_up(const core::EngineRows& rows) {
  if (!rows.since || !rows.meta) throw std::runtime_error("engine state: not rows read since a generation");
  const core::EngineMetaRow& m = *rows.meta;
  next_seq_ = m.next_seq;
  next_story_ = static_cast<int>(m.next_story);
  closed_stories_ = m.closed_stories;
  merged_stories_ = m.merged_stories;
  // Stories first: documents name them.
  for (const auto& s : rows.stories) {
    StoryState& st = stories_[static_cast<int>(s.index)];
    st.id = s.id;
    st.last_time = s.last_time;
  }
  std::set<uint64_t> live_docs(rows.live_docs.begin(), rows.live_docs.end());
  for (auto it = docs_.begin(); it != docs_.end();) {
    if (live_docs.count(it->first)) {
      ++it;
      continue;
    }
    unindex(it->second);
    it = docs_.erase(it);
  }
  for (const core::EngineDocRow& r : rows.docs) {
    auto it = docs_.find(r.seq);
    if (it != docs_.end()) {  // moved: its body is the one we hold
      it->second.story = static_cast<int>(r.story);
      it->second.queue = r.queue;
      it->second.queue_time = r.queue_time;
      continue;
    }
    Doc d = doc_from_fields(nlohmann::json::parse(r.body));
    d.seq = r.seq;
    d.time = r.time;
    d.story = static_cast<int>(r.story);
    d.queue = r.queue;
    d.queue_time = r.queue_time;
    restore(std::move(d));
  }
  std::set<int64_t> live_stories(rows.live_stories.begin(), rows.live_stories.end());
  for (auto it = stories_.begin(); it != stories_.end();) {
    it = live_stories.count(it->first) ? std::next(it) : stories_.erase(it);
  }
  // Each story's members and the expiry queue, as a load makes them.
  for (auto& [index, st] : stories_) st.docs.clear();
  std::vector<const Doc*> queued;
  for (const auto& [seq, d] : docs_) queued.push_back(&d);
  std::sort(queued.begin(), queued.end(), [](const Doc* a, const Doc* b) { return a->queue < b->queue; });
  by_time_.clear();
  for (const Doc* d : queued) {
    auto story = stories_.find(d->story);
    if (story == stories_.end()) {
      throw std::runtime_error("engine state: document " + std::to_string(d->seq) + " is in no live story");
    }
    story->second.docs.push_back(d->seq);
    by_time_.emplace_back(d->queue_time, d->seq);
    next_queue_ = std::max(next_queue_, d->queue + 1);
  }
}

}  // namespace newsdesk::story
