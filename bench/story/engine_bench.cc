// Runs the streaming story engine over a JSON-lines corpus with known groups
// (bench/story/engine.py makes them) and prints what it measured: pairwise
// precision, recall, F1 and adjusted Rand index, docs/s, index bytes, peak RSS.
//
//   newsdesk-engine-bench [--layers dedup|all] [--threads N] [--window-hours H]
//                         [--assignments OUT] FILE.jsonl
//
// Each line: {"id", "group", "title", "text", "language", "time"}; text paragraphs
// are separated by blank lines; a title ending in "..." with no text is a teaser.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "story/engine.h"
#include "story/item_features.h"

using namespace newsdesk;

namespace {

struct Doc {
  core::Item item;
  std::string group;
  int64_t time = 0;
};

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

long current_rss_kb() {
  std::ifstream in("/proc/self/statm");
  long pages = 0, resident = 0;
  in >> pages >> resident;
  return resident * 4;
}

double choose2(double n) { return n * (n - 1) / 2; }

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string layers = "dedup", path, assignments;
  int threads = 2;
  double window_hours = 72;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--layers" && i + 1 < argc) layers = argv[++i];
    else if (a == "--threads" && i + 1 < argc) threads = std::stoi(argv[++i]);
    else if (a == "--window-hours" && i + 1 < argc) window_hours = std::stod(argv[++i]);
    else if (a == "--assignments" && i + 1 < argc) assignments = argv[++i];
    else path = a;
  }
  std::ifstream in(path);
  if (!in) { std::fprintf(stderr, "cannot read %s\n", path.c_str()); return 2; }

  bool all = layers == "all";
  story::EngineOptions options;
  options.event_layer = all;
  options.window_seconds = static_cast<int64_t>(window_hours * 3600);
  story::StoryEngine engine(options);
  std::vector<std::string> story_of, group_of;
  std::vector<uint64_t> seq_of;
  std::map<std::string, size_t> layer_count;
  size_t max_live = 0, max_dedup_bytes = 0;
  double bytes_per_live_doc = 0, feature_seconds = 0, engine_seconds = 0;
  int64_t last_expire = 0;
  // Streams the corpus in chunks: parse (not timed); the next chunk's features
  // on the other threads while the engine takes this one in order. Memory holds
  // the engine and two chunks.
  constexpr size_t kChunk = 20000;
  auto read_chunk = [&](std::vector<Doc>& docs) {
    std::string line;
    while (docs.size() < kChunk && std::getline(in, line)) {
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line);
      Doc d;
      d.item.title = j.value("title", "");
      d.item.body = j.value("text", "");
      d.item.language = j.value("language", "");
      d.item.kind = d.item.body.empty() ? core::ItemKind::kHeadline : core::ItemKind::kArticle;
      d.item.ends_with_ellipsis = d.item.body.empty() && d.item.title.size() > 3 &&
                                  d.item.title.compare(d.item.title.size() - 3, 3, "...") == 0;
      d.group = j["group"].is_string() ? j["group"].get<std::string>() : j["group"].dump();
      d.time = j.value("time", int64_t{0});
      docs.push_back(std::move(d));
    }
  };
  auto describe = [&](const std::vector<Doc>& docs, int workers) {
    std::vector<story::ItemFeatures> features(docs.size());
    std::vector<std::thread> pool;
    for (int t = 0; t < workers; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = t; i < docs.size(); i += workers) {
          if (all) features[i] = story::describe_items({docs[i].item}).front();
          else features[i] = story::describe_for_dedup(docs[i].item);
        }
      });
    }
    for (auto& th : pool) th.join();
    return features;
  };
  std::vector<Doc> docs;
  read_chunk(docs);
  auto wall = std::chrono::steady_clock::now();
  double parse_seconds = 0;
  std::vector<story::ItemFeatures> features = describe(docs, threads);
  while (!docs.empty()) {
    auto p0 = std::chrono::steady_clock::now();
    std::vector<Doc> next;
    read_chunk(next);
    parse_seconds += seconds_since(p0);
    // The engine is one thread; the rest of the cores describe the next chunk meanwhile.
    std::vector<story::ItemFeatures> next_features;
    std::thread ahead([&] { next_features = describe(next, std::max(1, threads - 1)); });
    auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < docs.size(); ++i) {
      if (story_of.empty()) last_expire = docs[i].time;
      story::Decision d;
      seq_of.push_back(engine.add(docs[i].item, std::move(features[i]), docs[i].time, &d));
      story_of.push_back(d.story_id);
      group_of.push_back(docs[i].group);
      ++layer_count[d.layer];
      if (docs[i].time - last_expire >= 3600) {
        engine.expire(docs[i].time);
        last_expire = docs[i].time;
      }
    }
    engine_seconds += seconds_since(t0);
    ahead.join();
    auto s = engine.stats();
    max_live = std::max(max_live, s.live_documents);
    if (s.dedup_index_bytes > max_dedup_bytes) {
      max_dedup_bytes = s.dedup_index_bytes;
      bytes_per_live_doc = static_cast<double>(s.dedup_index_bytes) / std::max<size_t>(1, s.live_documents);
    }
    if (story_of.size() % 100000 < kChunk || next.empty()) {
      std::fprintf(stderr, "  %zu docs: %zu live, dedup index %.0f B/live doc, event index %.0f B/live doc, rss %ld MB\n",
                   story_of.size(), s.live_documents,
                   static_cast<double>(s.dedup_index_bytes) / std::max<size_t>(1, s.live_documents),
                   static_cast<double>(s.event_index_bytes) / std::max<size_t>(1, s.live_documents),
                   current_rss_kb() / 1024);
    }
    docs = std::move(next);
    features = std::move(next_features);
  }
  // Time spent describing and deciding, without reading and parsing the JSON.
  feature_seconds = seconds_since(wall) - parse_seconds - engine_seconds;

  // Stories as they stand at the end (later documents may have merged two);
  // documents already expired keep the story they had.
  for (size_t i = 0; i < story_of.size(); ++i) {
    std::string now = engine.story_id_of(seq_of[i]);
    if (!now.empty()) story_of[i] = now;
  }
  size_t total_docs = story_of.size();

  if (!assignments.empty()) {
    std::ofstream out(assignments);
    for (size_t i = 0; i < total_docs; ++i) out << story_of[i] << '\n';
  }

  // Pair counting over the contingency table of (true group, our story).
  std::map<std::pair<std::string, std::string>, double> cells;
  std::map<std::string, double> by_group, by_story;
  for (size_t i = 0; i < total_docs; ++i) {
    cells[{group_of[i], story_of[i]}] += 1;
    by_group[group_of[i]] += 1;
    by_story[story_of[i]] += 1;
  }
  double same_both = 0, same_group = 0, same_story = 0;
  for (auto& [k, n] : cells) same_both += choose2(n);
  for (auto& [k, n] : by_group) same_group += choose2(n);
  for (auto& [k, n] : by_story) same_story += choose2(n);
  double precision = same_story > 0 ? same_both / same_story : 1.0;
  double recall = same_group > 0 ? same_both / same_group : 1.0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  double total = choose2(static_cast<double>(total_docs));
  double expected = total > 0 ? same_group * same_story / total : 0;
  double max_index = (same_group + same_story) / 2;
  double ari = max_index - expected != 0 ? (same_both - expected) / (max_index - expected) : 1.0;

  nlohmann::json out = {
      {"documents", total_docs}, {"groups", by_group.size()}, {"stories", by_story.size()},
      {"layers", layers}, {"threads", threads},
      {"pairwise_precision", precision}, {"pairwise_recall", recall}, {"pairwise_f1", f1},
      {"adjusted_rand_index", ari},
      {"feature_seconds", feature_seconds}, {"engine_seconds", engine_seconds},
      {"docs_per_second", total_docs / (feature_seconds + engine_seconds)},
      {"note", "docs_per_second: wall time of features and engine running side by side, JSON parsing excluded"},
      {"engine_docs_per_second", total_docs / engine_seconds},
      {"max_live_documents", max_live}, {"dedup_index_bytes_per_live_doc", bytes_per_live_doc},
{"peak_rss_kb", peak_rss_kb()}, {"decisions", layer_count}};
  std::printf("%s\n", out.dump().c_str());
  return 0;
}
