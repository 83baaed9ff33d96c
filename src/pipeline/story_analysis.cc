#include "pipeline/story_analysis.h"

#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "analyze/entities_find.h"
#include "core/parallel_for.h"
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

ItemAnalysis analyze_item(const core::Item& item) {
  ItemAnalysis a;
  std::string text = core::item_text(item);
  a.entities = analyze::find_entities(text, item.language);
  if (item.kind != core::ItemKind::kTeaser) a.facts = analyze::find_facts(text, item.language, parse_date(item.published));
  return a;
}

StoryAnalysis merge_story_analysis(const std::vector<const core::Item*>& items,
                                   const std::vector<const ItemAnalysis*>& analyses) {
  StoryAnalysis out;
  std::vector<std::vector<analyze::Entity>> entities;
  std::vector<analyze::Facts> facts;
  entities.reserve(analyses.size());
  for (size_t k = 0; k < items.size() && k < analyses.size(); ++k) {
    entities.push_back(analyses[k]->entities);
    const core::Item& item = *items[k];
    if (item.relation == core::Relation::kExactDuplicate || item.kind == core::ItemKind::kTeaser) continue;
    facts.push_back(analyses[k]->facts);
  }
  out.entities = analyze::merge_entities(entities);
  out.facts = merge_facts(facts);
  return out;
}

std::vector<StoryAnalysis> analyze_stories(const std::vector<core::Item>& items,
                                           const std::vector<core::Story>& stories, int threads) {
  // Every item of a story is analysed once, on any thread (finding is
  // independent of order and of what was found before); the merge is in story order.
  std::vector<int> wanted;
  for (const auto& story : stories) wanted.insert(wanted.end(), story.items.begin(), story.items.end());
  std::vector<ItemAnalysis> per_item(items.size());
  core::parallel_for(wanted.size(), threads, [&](size_t k) {
    size_t i = static_cast<size_t>(wanted[k]);
    if (i < items.size()) per_item[i] = analyze_item(items[i]);
  });
  std::vector<StoryAnalysis> out(stories.size());
  for (size_t n = 0; n < stories.size(); ++n) {
    std::vector<const core::Item*> members;
    std::vector<const ItemAnalysis*> analyses;
    for (int i : stories[n].items) {
      if (i < 0 || static_cast<size_t>(i) >= items.size()) continue;
      members.push_back(&items[static_cast<size_t>(i)]);
      analyses.push_back(&per_item[static_cast<size_t>(i)]);
    }
    out[n] = merge_story_analysis(members, analyses);
  }
  return out;
}

}  // namespace newsdesk::pipeline
