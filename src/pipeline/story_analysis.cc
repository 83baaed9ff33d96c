#include "pipeline/story_analysis.h"

#include <atomic>
#include <cstdio>
#include <thread>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "analyze/entities_merge.h"

namespace newsdesk::pipeline {
namespace {

std::optional<analyze::CivilDate> parse_date(const std::string& iso) {
  analyze::CivilDate d;
  if (iso.size() < 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) != 3) {
    return std::nullopt;
  }
  return d;
}

// Repeats of a headline repeat its facts: each is kept once.
analyze::Facts merge_facts(const std::vector<analyze::Facts>& per_item) {
  analyze::Facts merged;
  std::set<std::string> dates, quotes, durations;
  std::set<std::tuple<double, std::string, std::string, std::string>> quantities;
  for (const auto& f : per_item) {
    for (const auto& d : f.dates) {
      if (dates.insert(d.value() + "\t" + d.text).second) merged.dates.push_back(d);
    }
    for (const auto& d : f.durations) {
      if (durations.insert(d.text).second) merged.durations.push_back(d);
    }
    // The same figure told twice is one; a different figure for the same count
    // stays beside it (sources disagree).
    for (const auto& q : f.quantities) {
      if (quantities.insert({q.value, q.bound, q.unit, q.counts}).second) merged.quantities.push_back(q);
    }
    for (const auto& q : f.quotes) {
      if (quotes.insert(q.text).second) merged.quotes.push_back(q);
    }
  }
  return merged;
}

}  // namespace

std::vector<StoryAnalysis> analyze_stories(const std::vector<core::Item>& items,
                                           const std::vector<core::Story>& stories, int threads) {
  std::vector<StoryAnalysis> out(stories.size());
  auto analyse = [&](size_t n) {
    const core::Story& story = stories[n];
    StoryAnalysis& a = out[n];
    a.entities = analyze::story_entities(items, story.items);
    std::vector<analyze::Facts> per_item;
    for (int i : story.items) {
      const core::Item& item = items[i];
      if (item.relation == core::Relation::kExactDuplicate || item.kind == core::ItemKind::kTeaser) continue;
      per_item.push_back(analyze::find_facts(core::item_text(item), item.language, parse_date(item.published)));
    }
    a.facts = merge_facts(per_item);
  };
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t n; (n = next.fetch_add(1)) < stories.size();) analyse(n);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads && static_cast<size_t>(t) < stories.size(); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return out;
}

}  // namespace newsdesk::pipeline
