#include "story/similarity.h"

#include <algorithm>

namespace newsdesk::story {
namespace {

void count_side(const ItemFeatures& self, const ItemFeatures& other, double& matched,
                double& total, double& names_only, double* names_matched, int& numbers,
                int* numbers_matched) {
  for (const auto& t : self.terms) {
    bool found = other.lookup.count(t.key) > 0;
    total += t.weight;
    if (found) matched += t.weight;
    if (t.is_name) {
      if (!found) names_only += 1;
      else if (names_matched) *names_matched += 1;
    }
    if (t.is_number) {
      ++numbers;
      if (found && numbers_matched) ++*numbers_matched;
    }
  }
}

bool is_article(const core::Item& item) { return item.kind == core::ItemKind::kArticle; }

}  // namespace

Overlap measure_overlap(const ItemFeatures& a, const ItemFeatures& b) {
  Overlap o;
  count_side(a, b, o.matched_a, o.total_a, o.names_only_a, &o.names_matched, o.numbers_a,
             &o.numbers_matched);
  count_side(b, a, o.matched_b, o.total_b, o.names_only_b, nullptr, o.numbers_b, nullptr);
  return o;
}

double dice(const Overlap& o) {
  double total = o.total_a + o.total_b;
  return total > 0 ? (o.matched_a + o.matched_b) / total : 0.0;
}

double containment_of_a(const Overlap& o) { return o.total_a > 0 ? o.matched_a / o.total_a : 0.0; }

bool names_conflict(const Overlap& o) {
  double only = std::min(o.names_only_a, o.names_only_b);
  return only >= 1 && only >= o.names_matched;
}

bool numbers_conflict(const Overlap& o) {
  return o.numbers_a > 0 && o.numbers_b > 0 && o.numbers_matched == 0;
}

PairScore score_pair(const core::Item& a, const ItemFeatures& fa, const core::Item& b,
                     const ItemFeatures& fb) {
  PairScore result;
  if (is_article(a) != is_article(b)) {
    // A headline and an article: how much of the headline the article tells.
    bool a_is_headline = !is_article(a);
    Overlap o = a_is_headline ? measure_overlap(fa, fb) : measure_overlap(fb, fa);
    result.score = containment_of_a(o);
    // Names in the headline that the article never mentions point elsewhere.
    if (o.names_only_a >= 1 && o.names_only_a > o.names_matched) result.score *= 0.5;
    result.relation = core::Relation::kSameEvent;
    return result;
  }
  Overlap o = measure_overlap(fa, fb);
  result.score = dice(o);
  if (names_conflict(o)) result.score *= 0.5;
  if (numbers_conflict(o)) result.score *= 0.75;
  result.relation = is_article(a) ? core::Relation::kSameEvent : core::Relation::kParaphrase;
  return result;
}

}  // namespace newsdesk::story
