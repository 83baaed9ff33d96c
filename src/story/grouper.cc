#include "story/grouper.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <unordered_map>

#include <fmt/format.h>

#include "core/parallel_for.h"
#include "story/similarity.h"
#include "story/teasers.h"

namespace newsdesk::story {
namespace {

using core::ItemKind;
using core::Relation;

bool by_position(const core::Item& a, const core::Item& b) {
  return std::tie(a.source_index, a.line) < std::tie(b.source_index, b.line);
}

struct Edge {
  int a, b;  // a < b in input order
  PairScore score;
  bool conflict;
};

// Union-find over items, keeping each cluster's member list for the conflict guard.
class Clusters {
 public:
  explicit Clusters(int n) : parent_(n), members_(n) {
    for (int i = 0; i < n; ++i) { parent_[i] = i; members_[i] = {i}; }
  }
  int find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(int a, int b) {
    a = find(a), b = find(b);
    if (a == b) return;
    if (members_[a].size() < members_[b].size()) std::swap(a, b);
    parent_[b] = a;
    members_[a].insert(members_[a].end(), members_[b].begin(), members_[b].end());
    members_[b].clear();
  }
  const std::vector<int>& members(int root) const { return members_[root]; }

 private:
  std::vector<int> parent_;
  std::vector<std::vector<int>> members_;
};

// Pairs worth scoring: for each item, the items it shares the most term weight
// with — all of them on a page, the best kMaxCandidates in a large batch, so
// that the work grows with the batch, not with its square.
constexpr size_t kMaxCandidates = 64;

std::vector<std::pair<int, int>> candidate_pairs(const std::vector<int>& core_items,
                                                 const std::vector<ItemFeatures>& features, int threads) {
  // Keyed by the terms' hashes (index_terms made them): no string hashing.
  std::unordered_map<uint64_t, std::vector<int>> postings;
  for (int i : core_items) {
    for (uint64_t h : features[i].index.term_hash) postings[h].push_back(i);
  }
  const bool with_aliases = postings.size() < 5000;  // see below
  std::vector<std::vector<std::pair<int, int>>> of_item(core_items.size());
  core::parallel_for(core_items.size(), threads, [&](size_t k) {
    const int i = core_items[k];
    // Shared weight per other item, in a dense array the thread keeps.
    thread_local std::vector<double> shared;
    thread_local std::vector<char> seen;
    thread_local std::vector<int> touched;
    shared.resize(features.size(), 0.0);
    seen.resize(features.size(), 0);
    touched.clear();
    auto touch = [&](int j) {
      if (!seen[j]) { seen[j] = 1; touched.push_back(j); }
    };
    const ItemFeatures& f = features[i];
    for (size_t t = 0; t < f.terms.size(); ++t) {
      auto it = postings.find(f.index.term_hash[t]);
      if (it == postings.end()) continue;
      for (int j : it->second) {
        if (j == i) continue;
        touch(j);
        shared[j] += f.terms[t].weight;
      }
    }
    // Aliases (compound parts, joined words) only add candidates on a page-sized batch.
    if (with_aliases) {
      for (uint64_t h : f.index.lookup) {
        auto it = postings.find(h);
        if (it == postings.end()) continue;
        for (int j : it->second) if (j != i) touch(j);
      }
    }
    std::vector<std::pair<double, int>> ranked;
    ranked.reserve(touched.size());
    for (int j : touched) {
      ranked.emplace_back(-shared[j], j);
      shared[j] = 0.0;
      seen[j] = 0;
    }
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > kMaxCandidates) ranked.resize(kMaxCandidates);
    for (auto [w, j] : ranked) of_item[k].emplace_back(std::min(i, j), std::max(i, j));
  });
  std::vector<std::pair<int, int>> pairs;
  for (const auto& p : of_item) pairs.insert(pairs.end(), p.begin(), p.end());
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace

// The headline that agrees most with the others: the story's canonical title.
std::string canonical_title(const std::vector<core::Item>& items,
                            const std::vector<int>& members) {
  std::vector<int> candidates;
  for (int m : members) {
    const auto& it = items[m];
    if (it.kind == ItemKind::kTeaser || it.relation == Relation::kExactDuplicate) continue;
    if (!it.title.empty()) candidates.push_back(m);
  }
  if (candidates.empty()) return items[members.front()].title;
  if (candidates.size() == 1) return items[candidates.front()].title;

  NameEvidence names;
  for (int c : candidates) names.observe(items[c].title);
  std::vector<ItemFeatures> f;
  for (int c : candidates) {
    f.push_back(describe_text(items[c].title, items[c].title, items[c].language, names));
  }
  // Agreement with the others, discounted for headlines that run past twenty
  // words: a headline that adds a second sentence is not the canonical one.
  int best = 0;
  double best_score = -1;
  for (size_t i = 0; i < candidates.size(); ++i) {
    double sum = 0;
    for (size_t j = 0; j < candidates.size(); ++j) {
      if (i != j) sum += dice(measure_overlap(f[i], f[j]));
    }
    double words = static_cast<double>(f[i].match_key.empty() ? 0 : 1 + std::count(
        f[i].match_key.begin(), f[i].match_key.end(), ' '));
    double score = sum / (1.0 + std::max(0.0, words - 20.0) / 20.0);
    if (score > best_score + 1e-9) { best_score = score; best = static_cast<int>(i); }
  }
  return items[candidates[best]].title;
}

core::Story assemble_story(const std::vector<core::Item>& items, const std::vector<int>& members,
                           std::string id) {
  core::Story story;
  story.items = members;
  story.id = std::move(id);
  story.title = canonical_title(items, members);
  std::map<std::string, int> language_count;
  for (int x : members) if (!items[x].language.empty()) ++language_count[items[x].language];
  int top = 0;
  for (const auto& [lang, count] : language_count) {
    story.languages.push_back(lang);
    if (count > top) { top = count; story.language = lang; }
  }
  return story;
}

namespace {

std::string story_id(const ItemFeatures& original) {
  return fmt::format("{:016x}", XXH3_64bits(original.match_key.data(), original.match_key.size()));
}

constexpr double kStrongLink = 0.7;

bool debug_pairs() {
  static const bool on = std::getenv("NEWSDESK_DEBUG_PAIRS") != nullptr;
  return on;
}

}  // namespace

std::vector<core::Story> group_items(std::vector<core::Item>& items,
                                     const std::vector<ItemFeatures>& features,
                                     const GroupingOptions& options) {
  const int n = static_cast<int>(items.size());
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return by_position(items[a], items[b]); });
  std::vector<int> rank(n);
  for (int r = 0; r < n; ++r) rank[order[r]] = r;

  // 1. Repeats and cut-short copies follow the item they copy.
  std::vector<int> truncated_of = find_truncations(items, features);
  std::vector<int> follows(n, -1);
  std::unordered_map<std::string, int> first_with_key;
  std::vector<int> core_items;
  for (int i : order) {
    items[i].relation = Relation::kOriginal;
    items[i].of_item = -1;
    items[i].score = 1.0;
    items[i].layer = "new";
    items[i].evidence.clear();
    auto [it, inserted] = first_with_key.emplace(features[i].match_key, i);
    if (!inserted) {
      items[i].relation = Relation::kExactDuplicate;
      items[i].of_item = it->second;
      items[i].layer = "exact";
      follows[i] = it->second;
    } else if (truncated_of[i] >= 0) {
      items[i].kind = ItemKind::kTeaser;
      items[i].relation = Relation::kTruncated;
      items[i].of_item = truncated_of[i];
      items[i].layer = "truncated";
      follows[i] = truncated_of[i];
    } else {
      core_items.push_back(i);
    }
  }

  // 2. Score the pairs of the other items; strongest first, join their clusters
  //    unless some pair across the two reports a different event.
  std::vector<Edge> edges;
  std::map<std::pair<int, int>, Edge> by_pair;
  const std::vector<std::pair<int, int>> pairs = candidate_pairs(core_items, features, options.threads);
  std::vector<Edge> scored(pairs.size());
  core::parallel_for(pairs.size(), options.threads, [&](size_t k) {
    auto [x, y] = pairs[k];
    int a = rank[x] < rank[y] ? x : y, b = a == x ? y : x;
    PairScore s = score_pair(items[b], features[b], items[a], features[a]);
    if (!may_link(s, features[a], features[b])) s.score = std::min(s.score, options.threshold * 0.99);
    Overlap o = s.overlap.reversed();  // scored as (b, a)
    bool conflict = s.score < options.threshold &&
                    (names_conflict(o) || numbers_conflict(o) || dates_conflict(o));
    scored[k] = Edge{a, b, s, conflict};
  });
  for (const Edge& e : scored) {
    const int a = e.a, b = e.b;
    const PairScore& s = e.score;
    const bool conflict = e.conflict;
    by_pair[{a, b}] = e;
    if (s.score >= options.threshold) edges.push_back(e);
    if (debug_pairs() && s.score >= 0.1) {
      std::fprintf(stderr, "pair %d-%d score %.3f%s\n", items[a].line, items[b].line, s.score,
                   conflict ? " conflict" : "");
    }
  }
  std::sort(edges.begin(), edges.end(), [&](const Edge& x, const Edge& y) {
    if (x.score.score != y.score.score) return x.score.score > y.score.score;
    return std::tie(rank[x.a], rank[x.b]) < std::tie(rank[y.a], rank[y.b]);
  });
  Clusters clusters(n);
  // Two clusters disagree when more pairs across them contradict each other
  // (who, where, how many, when) than link them.
  auto conflicting = [&](int ra, int rb) {
    int conflicts = 0, links = 0;
    for (int p : clusters.members(ra)) {
      for (int q : clusters.members(rb)) {
        int a = rank[p] < rank[q] ? p : q, b = a == p ? q : p;
        auto it = by_pair.find({a, b});
        if (it == by_pair.end()) continue;
        if (it->second.conflict) ++conflicts;
        else if (it->second.score.score >= options.threshold) ++links;
      }
    }
    return conflicts > links;
  };
  for (const Edge& e : edges) {
    int ra = clusters.find(e.a), rb = clusters.find(e.b);
    // A strong link (a headline the article tells in full) outweighs two details
    // that only look contradictory: "Macerata" in one headline, "Camerino" in another.
    if (ra == rb || (e.score.score < kStrongLink && conflicting(ra, rb))) continue;
    clusters.unite(ra, rb);
  }
  for (int i : order) {
    if (follows[i] >= 0) clusters.unite(follows[i], i);
  }

  // 3. Within a cluster the first item is the original; each later one names the
  //    earlier item it is closest to.
  //    Clusters touch only their own items: they are settled on all threads.
  std::map<int, std::vector<int>> by_root;
  for (int i : order) by_root[clusters.find(i)].push_back(i);
  std::vector<const std::vector<int>*> clustered;
  clustered.reserve(by_root.size());
  for (const auto& [root, m] : by_root) clustered.push_back(&m);
  std::vector<core::Story> stories(clustered.size());
  core::parallel_for(clustered.size(), options.threads, [&](size_t k) {
    const std::vector<int>& m = *clustered[k];
    int original = -1;
    for (int i : m) {
      if (follows[i] >= 0) continue;
      if (original < 0) { original = i; continue; }
      const Edge* best = nullptr;
      for (int j : m) {
        if (follows[j] >= 0 || j == i || rank[j] > rank[i]) continue;
        auto it = by_pair.find({j, i});
        if (it != by_pair.end() && (!best || it->second.score.score > best->score.score)) best = &it->second;
      }
      if (best) {
        items[i].relation = best->score.relation;
        items[i].of_item = best->a;
        items[i].score = best->score.score;
        items[i].layer = "event";
      } else {
        // Joined through others: no direct link to an earlier item.
        items[i].relation = Relation::kSameEvent;
        items[i].of_item = original;
        items[i].score = 0;
        items[i].layer = "event (through others)";
      }
      items[i].evidence = shared_evidence(features[i], features[items[i].of_item]);
    }
    if (original < 0) original = m.front();
    stories[k] = assemble_story(items, m, story_id(features[original]));
  });
  std::sort(stories.begin(), stories.end(), [&](const auto& a, const auto& b) {
    return rank[a.items.front()] < rank[b.items.front()];
  });
  return stories;
}

}  // namespace newsdesk::story
