#include "story/engine.h"

#include <xxhash.h>

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "story/similarity.h"

namespace newsdesk::story {
namespace {

// A link this strong (a headline an article tells in full) merges a second story.
constexpr double kStrongEventLink = 0.5;

// Words that key a lead: enough to be specific, few enough that a teaser has them.
constexpr size_t kLeadWords = 6;

uint64_t hash_of(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

// Hash of the first n words of a match key, or 0 when it has fewer.
uint64_t lead_hash(std::string_view key, size_t n = kLeadWords) {
  size_t words = 0, end = 0;
  for (; end < key.size(); ++end) {
    if (key[end] == ' ' && ++words == n) break;
  }
  if (end == key.size() && ++words < n) return 0;
  return hash_of(key.substr(0, end)) | 1;  // never 0
}

// A teaser's words that are surely whole: all but the last, which may be cut.
std::string_view whole_words(std::string_view key) {
  size_t last_space = key.rfind(' ');
  return last_space == std::string_view::npos ? std::string_view{} : key.substr(0, last_space);
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() > prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// The first words of the title and of the body (the last prefix target: the
// paragraphs joined, or the only one), where a teaser's words begin.
std::array<uint64_t, 2> leads_of(const ItemFeatures& f) {
  std::array<uint64_t, 2> leads{};
  if (!f.prefix_targets.empty()) leads[0] = lead_hash(f.prefix_targets.front());
  if (f.prefix_targets.size() > 1) leads[1] = lead_hash(f.prefix_targets.back());
  return leads;
}

core::Item as_item(bool article) {
  core::Item it;
  it.kind = article ? core::ItemKind::kArticle : core::ItemKind::kHeadline;
  return it;
}

}  // namespace

StoryEngine::StoryEngine(EngineOptions options) : options_(options) {}

uint64_t StoryEngine::add(const core::Item& item, ItemFeatures features, int64_t time,
                          Decision* decision) {
  Doc doc;
  doc.seq = next_seq_++;
  doc.time = time;
  doc.exact = hash_of(features.match_key);
  doc.article = item.kind == core::ItemKind::kArticle;
  doc.teaser = item.ends_with_ellipsis && !doc.article;
  doc.leads = leads_of(features);
  if (features.signature.size() == kMinHashSize) {
    std::copy(features.signature.begin(), features.signature.end(), doc.signature.begin());
  } else {
    doc.signature = minhash(features.match_key);
  }
  doc.features = std::move(features);

  // Every copy this document is of joins one story: a repeat, a teaser and a
  // wire copy seen apart until now are one story from here on.
  std::vector<Decision> links;
  find_exact(doc, &links);
  find_truncated(doc, &links);
  find_near_duplicate(doc, &links);
  if (links.empty() && options_.event_layer) {
    // Reporting on two stories' event shows them to be one, as in the batch grouping.
    find_same_event(item, doc, &links);
  }
  Decision d;
  if (!links.empty()) {
    d = links.front();  // the cheapest layer's best link
    doc.story = story_of(d.of_doc);
    std::string first_id = stories_.at(doc.story).id;
    for (const Decision& link : links) {
      int other = story_of(link.of_doc);
      if (other != doc.story) d.evidence.push_back("joins story " + stories_.at(other).id);
      doc.story = merge_stories(doc.story, other);
    }
    // The first link's story is named too when an older one absorbed it: the
    // store keeps items by story id and moves only the stories named here, and
    // whether that story was also touched otherwise depends on batch boundaries.
    if (stories_.at(doc.story).id != first_id) d.evidence.push_back("joins story " + first_id);
  } else {
    doc.story = open_story(doc);
    d = Decision{};
    d.layer = "new";
  }
  doc.copy = d.layer == "exact";
  StoryState& story = stories_.at(doc.story);
  d.story_id = story.id;
  story.docs.push_back(doc.seq);
  story.last_time = std::max(story.last_time, time);
  if (doc.copy) {
    // Its original answers for it in every layer while the story is live (a
    // story's documents leave together), so a repeat costs no text and no index
    // entries: an archive read ten times holds what it held once.
    doc.features = ItemFeatures{};
  } else if (!options_.event_layer) {
    // Only the dedup layers need the text's forms, and only until indexed.
    doc.features.terms.clear();
    doc.features.lookup.clear();
    doc.features.index = TermIndex{};
  }
  index(doc);
  enqueue(doc, time);
  uint64_t seq = doc.seq;
  new_docs_.insert(seq);
  changed_stories_.insert(doc.story);
  docs_.emplace(seq, std::move(doc));
  if (decision) *decision = std::move(d);
  return seq;
}

std::string StoryEngine::story_id_of(uint64_t doc) const {
  auto it = docs_.find(doc);
  return it == docs_.end() ? "" : stories_.at(it->second.story).id;
}

int StoryEngine::story_of(uint64_t doc) const { return docs_.at(doc).story; }

// The older story absorbs the younger: ids stay stable for what was seen first.
int StoryEngine::merge_stories(int a, int b) {
  if (a == b) return a;
  if (b < a) std::swap(a, b);
  StoryState& older = stories_.at(a);
  StoryState& younger = stories_.at(b);
  for (uint64_t seq : younger.docs) {
    docs_.at(seq).story = a;
    moved_docs_.insert(seq);
  }
  older.docs.insert(older.docs.end(), younger.docs.begin(), younger.docs.end());
  older.left.insert(older.left.end(), younger.left.begin(), younger.left.end());
  older.last_time = std::max(older.last_time, younger.last_time);
  stories_.erase(b);
  changed_stories_.insert(a);
  drop_story(b);
  ++merged_stories_;
  return a;
}

void StoryEngine::find_exact(const Doc& doc, std::vector<Decision>* links) {
  exact_.for_each(doc.exact, [&](uint64_t other) {
    if (docs_.at(other).features.match_key != doc.features.match_key) return;
    links->push_back(Decision{"", core::Relation::kExactDuplicate, other, 1.0, "exact", {}});
  });
  std::sort(links->begin(), links->end(),
            [](const Decision& a, const Decision& b) { return a.of_doc < b.of_doc; });
}

void StoryEngine::find_truncated(const Doc& doc, std::vector<Decision>* links) {
  const std::string& key = doc.features.match_key;
  std::vector<uint64_t> found;
  if (doc.teaser) {
    // A teaser: its whole words begin the title, a paragraph or the body of a live document.
    std::string_view words = whole_words(key);
    uint64_t h = lead_hash(words);
    if (h == 0) return;
    leads_.for_each(h, [&](uint64_t other) {
      for (const auto& target : docs_.at(other).features.prefix_targets) {
        if (starts_with(target, key) || (starts_with(target, words) && key.size() > words.size())) {
          found.push_back(other);
          return;
        }
      }
    });
  } else {
    // A fuller text after its teasers: it completes each of them.
    for (uint64_t lead : doc.leads) {
      if (lead == 0) continue;
      teasers_.for_each(lead, [&](uint64_t other) {
        std::string_view words = whole_words(docs_.at(other).features.match_key);
        for (const auto& target : doc.features.prefix_targets) {
          if (starts_with(target, words)) { found.push_back(other); return; }
        }
      });
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  for (uint64_t other : found) {
    if (doc.teaser) {
      links->push_back(Decision{"", core::Relation::kTruncated, other, 1.0, "truncated", {}});
    } else {
      links->push_back(Decision{"", core::Relation::kParaphrase, other, 1.0, "truncated",
                                {"completes a teaser"}});
    }
  }
}

void StoryEngine::find_near_duplicate(const Doc& doc, std::vector<Decision>* links) {
  std::vector<std::pair<double, uint64_t>> found;
  for (uint64_t band : lsh_bands(doc.signature)) {
    bands_.for_each(band, [&](uint64_t other) {
      double j = estimated_jaccard(doc.signature, docs_.at(other).signature);
      if (j >= options_.near_duplicate_jaccard) found.emplace_back(-j, other);
    });
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  for (auto [neg, other] : found) {
    links->push_back(Decision{"", core::Relation::kNearDuplicate, other, -neg, "near_duplicate",
                              {fmt::format("shingle jaccard ~{:.2f}", -neg)}});
  }
}

void StoryEngine::find_same_event(const core::Item& item, const Doc& doc, std::vector<Decision>* links) {
  // Candidates: live documents sharing terms, ranked by the weight they share.
  std::unordered_map<uint64_t, double> shared;
  for (const auto& t : doc.features.terms) {
    auto it = postings_.find(t.key);
    if (it == postings_.end()) continue;
    for (uint64_t other : it->second) shared[other] += t.weight;
  }
  std::vector<std::pair<double, uint64_t>> ranked;
  ranked.reserve(shared.size());
  for (auto [other, w] : shared) ranked.emplace_back(-w, other);
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > options_.max_event_candidates) ranked.resize(options_.max_event_candidates);

  struct Scored { uint64_t doc; PairScore score; bool conflict; };
  std::vector<Scored> scored;
  for (auto [neg, other] : ranked) {
    const Doc& o = docs_.at(other);
    if (o.teaser || o.copy) continue;  // a copy would count its original's vote twice
    PairScore s = score_pair(item, doc.features, as_item(o.article), o.features);
    if (!may_link(s, doc.features, o.features)) {
      s.score = std::min(s.score, options_.same_event_threshold * 0.99);
    }
    const Overlap& ov = s.overlap;
    bool conflict = s.score < options_.same_event_threshold &&
                    (names_conflict(ov) || numbers_conflict(ov) || dates_conflict(ov));
    scored.push_back({other, s, conflict});
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.score.score != b.score.score ? a.score.score > b.score.score : a.doc < b.doc;
  });
  // Each story it links to, unless that story's documents contradict this one
  // more often than they link to it (another event that shares words).
  std::map<int, std::pair<int, int>> votes;  // story -> (conflicts, links)
  for (const Scored& s : scored) {
    auto& v = votes[story_of(s.doc)];
    if (s.conflict) ++v.first;
    else if (s.score.score >= options_.same_event_threshold) ++v.second;
  }
  // The best story is joined at the threshold; a second story is merged in only
  // on a strong link, so that one vague item cannot chain events together.
  std::vector<int> taken;
  for (const Scored& best : scored) {
    double needed = taken.empty() ? options_.same_event_threshold : kStrongEventLink;
    if (best.score.score < needed) break;
    int story = story_of(best.doc);
    if (std::find(taken.begin(), taken.end(), story) != taken.end()) continue;
    if (votes[story].first > votes[story].second) continue;
    taken.push_back(story);
    links->push_back(Decision{"", best.score.relation, best.doc, best.score.score, "event",
                              shared_evidence(doc.features, docs_.at(best.doc).features)});
  }
}

int StoryEngine::open_story(const Doc& doc) {
  StoryState s;
  // Content-derived: the same first text at the same time gives the same id in
  // any run. The time keeps apart two stories that open with the same text
  // weeks apart (a recurring headline): with one id they would share one row
  // of a store, which would then grow with every recurrence.
  s.id = fmt::format("{:016x}", doc.exact ^ (static_cast<uint64_t>(doc.time) * 0x9E3779B97F4A7C15ull));
  s.last_time = doc.time;
  int index = next_story_++;
  stories_.emplace(index, std::move(s));
  changed_stories_.insert(index);
  new_stories_.insert(index);
  return index;
}

void StoryEngine::drop_story(int index) {
  changed_stories_.erase(index);
  // One never written needs no delete (and an engine nobody takes rows from
  // keeps no record of the stories it closed).
  if (!new_stories_.erase(index)) dropped_stories_.insert(index);
}

void StoryEngine::enqueue(Doc& doc, int64_t time) {
  doc.queue = next_queue_++;
  doc.queue_time = time;
  by_time_.emplace_back(time, doc.seq);
}

void StoryEngine::restore(Doc d) {
  index_terms(d.features);
  for (const auto& t : d.features.terms) d.features.weight += t.weight;
  d.exact = hash_of(d.features.match_key);
  d.leads = leads_of(d.features);
  stories_.at(d.story).docs.push_back(d.seq);
  index(d);
  by_time_.emplace_back(d.queue_time, d.seq);
  next_queue_ = std::max(next_queue_, d.queue + 1);
  uint64_t seq = d.seq;
  docs_.emplace(seq, std::move(d));
}

void StoryEngine::index(const Doc& doc) {
  if (doc.copy) return;
  exact_.insert(doc.exact, doc.seq);
  for (uint64_t lead : doc.leads) if (lead) leads_.insert(lead, doc.seq);
  if (doc.teaser) {
    uint64_t h = lead_hash(whole_words(doc.features.match_key));
    if (h) teasers_.insert(h, doc.seq);
  } else {
    for (uint64_t band : lsh_bands(doc.signature)) bands_.insert(band, doc.seq);
  }
  if (options_.event_layer) {
    for (const auto& t : doc.features.terms) postings_[t.key].push_back(doc.seq);
  }
}

void StoryEngine::unindex(const Doc& doc) {
  if (doc.copy) return;
  exact_.erase(doc.exact, doc.seq);
  for (uint64_t lead : doc.leads) if (lead) leads_.erase(lead, doc.seq);
  if (doc.teaser) {
    uint64_t h = lead_hash(whole_words(doc.features.match_key));
    if (h) teasers_.erase(h, doc.seq);
  } else {
    for (uint64_t band : lsh_bands(doc.signature)) bands_.erase(band, doc.seq);
  }
  for (const auto& t : doc.features.terms) {
    auto it = postings_.find(t.key);
    if (it == postings_.end()) continue;
    auto& v = it->second;
    v.erase(std::remove(v.begin(), v.end(), doc.seq), v.end());
    if (v.empty()) postings_.erase(it);
  }
}

void StoryEngine::expire(int64_t now) {
  int64_t horizon = now - options_.window_seconds;
  while (!by_time_.empty() && by_time_.front().first < horizon) {
    uint64_t seq = by_time_.front().second;
    by_time_.pop_front();
    auto it = docs_.find(seq);
    if (it == docs_.end()) continue;
    int story_index = it->second.story;
    StoryState& story = stories_.at(story_index);
    // A story still receiving documents keeps its older ones as evidence.
    if (story.last_time >= horizon) {
      enqueue(it->second, story.last_time);
      moved_docs_.insert(seq);
      continue;
    }
    unindex(it->second);
    auto& members = story.docs;
    members.erase(std::remove(members.begin(), members.end(), seq), members.end());
    // A quiet story's documents all wait in the queue before the horizon, so
    // they all leave in this call.
    if (options_.report_closed) story.left.push_back(seq);
    if (members.empty()) {  // closed: nothing of it stays in memory
      if (options_.report_closed) {
        std::sort(story.left.begin(), story.left.end());
        closed_.push_back(ClosedStory{story.id, std::move(story.left)});
      }
      stories_.erase(story_index);
      drop_story(story_index);
      ++closed_stories_;
    }
    moved_docs_.erase(seq);
    // One never written needs no delete.
    if (!new_docs_.erase(seq)) dropped_docs_.insert(seq);
    docs_.erase(it);
  }
}

std::vector<ClosedStory> StoryEngine::take_closed() { return std::exchange(closed_, {}); }

EngineStats StoryEngine::stats() const {
  EngineStats s;
  s.live_documents = docs_.size();
  s.closed_stories = closed_stories_;
  s.merged_stories = merged_stories_;
  s.live_stories = stories_.size();
  s.dedup_index_bytes = exact_.bytes() + leads_.bytes() + teasers_.bytes() + bands_.bytes() +
                        docs_.size() * sizeof(MinHash);
  for (const auto& [key, docs] : postings_) {
    s.event_index_bytes += key.capacity() + docs.capacity() * sizeof(uint64_t) + 48;
  }
  for (const auto& [seq, doc] : docs_) {
    for (const auto& t : doc.features.terms) s.event_index_bytes += sizeof(Term) + t.key.capacity();
    for (const auto& k : doc.features.lookup) s.event_index_bytes += k.capacity() + 32;
    s.event_index_bytes += doc.features.index.bytes();
  }
  return s;
}

}  // namespace newsdesk::story
