#include "analyze/entities_merge.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>

#include "analyze/entities_find.h"
#include "analyze/entities_names.h"

namespace newsdesk::analyze {
namespace {

void absorb(Entity& into, const Entity& from) {
  into.mentions += from.mentions;
  for (const auto& v : from.variants) {
    if (std::find(into.variants.begin(), into.variants.end(), v) == into.variants.end()) into.variants.push_back(v);
  }
  if (into.country.empty()) into.country = from.country;
  if (!into.lat) { into.lat = from.lat; into.lon = from.lon; }
}

// A source entity's name counts its mentions; its other variants once each.
void count_forms(std::map<std::string, int>& weight, const Entity& e) {
  for (const auto& v : e.variants) weight[v] += v == e.name ? std::max(1, e.mentions - static_cast<int>(e.variants.size()) + 1) : 1;
}

size_t word_count(const std::string& s) {
  return 1 + static_cast<size_t>(std::count(s.begin(), s.end(), ' ') + std::count(s.begin(), s.end(), '-'));
}

}  // namespace

std::vector<Entity> merge_entities(const std::vector<std::vector<Entity>>& per_item) {
  std::vector<Entity> out;
  std::vector<std::map<std::string, int>> weight;  // how often each form was written
  std::vector<NameKey> tokens;  // name_key of each person's name in `out`
  std::unordered_map<std::string, size_t> by_key;
  // Full names before short forms, so that "Kim" finds "Kim Jong Un" already there.
  std::vector<const Entity*> all;
  for (const auto& list : per_item) for (const auto& e : list) all.push_back(&e);
  std::stable_sort(all.begin(), all.end(), [](const Entity* a, const Entity* b) {
    bool pa = a->type == EntityType::kPerson, pb = b->type == EntityType::kPerson;
    if (pa != pb) return false;
    return pa && word_count(a->name) > word_count(b->name);
  });
  for (const Entity* e : all) {
    if (e->type != EntityType::kPerson) {
      auto [it, inserted] = by_key.emplace(std::to_string(static_cast<int>(e->type)) + e->key, out.size());
      if (inserted) {
        out.push_back(*e);
        out.back().spans.clear();
        tokens.emplace_back();
        weight.emplace_back();
      } else {
        absorb(out[it->second], *e);
      }
      count_forms(weight[it->second], *e);
      continue;
    }
    auto toks = name_key(e->name);
    size_t best = out.size();
    NameMatch best_match = NameMatch::kNone;
    for (size_t i = 0; i < out.size(); ++i) {
      if (out[i].type != EntityType::kPerson) continue;
      NameMatch m = compare_name_keys(toks, tokens[i]);
      if (m == NameMatch::kNone) continue;
      // A full match wins; between short-form matches, the most mentioned person.
      if (best == out.size() || (m == NameMatch::kFull && best_match != NameMatch::kFull) ||
          (m == best_match && out[i].mentions > out[best].mentions)) {
        best = i;
        best_match = m;
      }
    }
    if (best == out.size()) {
      out.push_back(*e);
      out.back().spans.clear();
      tokens.push_back(toks);
      weight.emplace_back();
    } else {
      absorb(out[best], *e);
    }
    count_forms(weight[best], *e);
  }
  // Each name: the most written form; for people among their fullest forms.
  for (size_t i = 0; i < out.size(); ++i) {
    Entity& e = out[i];
    for (const auto& v : e.variants) {
      auto w = [&](const std::string& s) { auto it = weight[i].find(s); return it == weight[i].end() ? 0 : it->second; };
      bool person = e.type == EntityType::kPerson;
      if (person && word_count(v) != word_count(e.name)) {
        if (word_count(v) > word_count(e.name)) e.name = v;
        continue;
      }
      if (w(v) > w(e.name)) e.name = v;
    }
    std::stable_partition(e.variants.begin(), e.variants.end(), [&](const std::string& v) { return v == e.name; });
  }
  std::vector<size_t> order(out.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return out[a].mentions > out[b].mentions; });
  std::vector<Entity> sorted;
  sorted.reserve(out.size());
  for (size_t i : order) sorted.push_back(std::move(out[i]));
  return sorted;
}

std::vector<Entity> story_entities(const std::vector<core::Item>& items, const std::vector<int>& story_items) {
  std::vector<std::vector<Entity>> per_item;
  for (int index : story_items) {
    if (index < 0 || static_cast<size_t>(index) >= items.size()) continue;
    const core::Item& item = items[static_cast<size_t>(index)];
    per_item.push_back(find_entities(core::item_text(item), item.language));
  }
  return merge_entities(per_item);
}

}  // namespace newsdesk::analyze
