#include "story/similarity.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "story/wording.h"

namespace newsdesk::story {
namespace {

// A term found only in part ("Rotterdamse" / "Rotterdam", "havenstaking" /
// "staking") counts this much of its weight.
constexpr double kPartialMatch = 0.7;
// A word found only through a dictionary translation: the sense may differ.
constexpr double kTranslatedMatch = 0.9;

bool is_date_key(const std::string& key) {
  return key.rfind("@day:", 0) == 0 || key.rfind("@month:", 0) == 0;
}

// Two stems of one word in another inflection or compound: a long common
// prefix, or one the tail of the other (Germanic compounds).
bool partial_match(const std::string& a, const std::string& b) {
  if (a[0] == '@' || a[0] == '#' || b[0] == '@' || b[0] == '#') return false;
  size_t shorter = std::min(a.size(), b.size());
  if (shorter < 5) return false;
  size_t common = 0;
  while (common < shorter && a[common] == b[common]) ++common;
  if (common >= 5 && common * 3 >= shorter * 2) return true;
  const std::string& longer_s = a.size() > b.size() ? a : b;
  const std::string& shorter_s = a.size() > b.size() ? b : a;
  return shorter >= 6 && longer_s.compare(longer_s.size() - shorter, shorter, shorter_s) == 0;
}

struct Side {
  double matched = 0, total = 0, names_only = 0, names_matched = 0;
  int numbers = 0, numbers_matched = 0, dates = 0, dates_matched = 0;
  int events_matched = 0, places_matched = 0;
  int terms_matched = 0;
};

bool is_event_key(const std::string& key) { return key.rfind("@ev:", 0) == 0; }

// Countries and demonyms ("@RU"): an upper-case code after the '@'.
bool is_country_key(const std::string& key) {
  return key.size() == 3 && key[0] == '@' && std::isupper(static_cast<unsigned char>(key[1]));
}

using Packed = std::vector<std::pair<uint64_t, uint32_t>>;

// Marks each term of `mine` (hash, term position; sorted) whose hash is in
// `theirs` (sorted): a merge, linear in the two sizes. An item is compared with
// dozens of others, so its arrays are sorted once, in index_terms.
void mark_shared(const Packed& mine, const std::vector<uint64_t>& theirs, std::vector<char>& marks) {
  auto a = mine.begin();
  auto b = theirs.begin();
  while (a != mine.end() && b != theirs.end()) {
    if (a->first < *b) ++a;
    else if (*b < a->first) ++b;
    else marks[(a++)->second] = 1;
  }
}

// Marks in `partial` each of self's terms not found whole that matches one of
// other's terms in part. Only terms sharing their first five (or last six)
// bytes can, so the packed bytes of both sides are merged run by run.
void mark_partial(const ItemFeatures& self, const Packed& mine, const ItemFeatures& other,
                  const Packed& theirs, const std::vector<char>& exact, std::vector<char>& partial) {
  auto a = mine.begin(), b = theirs.begin();
  while (a != mine.end() && b != theirs.end()) {
    if (a->first < b->first) { ++a; continue; }
    if (b->first < a->first) { ++b; continue; }
    auto b_run_end = b;
    while (b_run_end != theirs.end() && b_run_end->first == a->first) ++b_run_end;
    for (uint64_t packed = a->first; a != mine.end() && a->first == packed; ++a) {
      uint32_t i = a->second;
      if (exact[i] || partial[i]) continue;
      for (auto o = b; o != b_run_end; ++o) {
        if (partial_match(self.terms[i].key, other.terms[o->second].key)) { partial[i] = 1; break; }
      }
    }
    b = b_run_end;
  }
}

// Across languages a word is also found through English: its translations in
// the other's words or translations, or itself among the other's translations.
void mark_found_through_english(const TermIndex& self, const TermIndex& other, std::vector<char>& marks) {
  mark_shared(self.sorted_terms, other.pivots, marks);
  mark_shared(self.sorted_pivots, other.lookup, marks);
  mark_shared(self.sorted_pivots, other.pivots, marks);
}

// Names are counted as people and places, not words: "Vladimir Putin" is one
// name, found when any of its words is.
Side count_side(const ItemFeatures& self, const ItemFeatures& other) {
  Side s;
  // Scratch reused across the pairs a thread scores: counting allocates nothing.
  thread_local std::vector<char> exact, translated, partial, span_found;
  size_t n = self.terms.size();
  exact.assign(n, 0);
  translated.assign(n, 0);
  partial.assign(n, 0);
  span_found.clear();  // per span: 0 unseen, 1 seen, 2 found
  mark_shared(self.index.sorted_terms, other.index.lookup, exact);
  bool across_languages = !self.language.empty() && !other.language.empty() && self.language != other.language;
  if (across_languages) mark_found_through_english(self.index, other.index, translated);
  mark_partial(self, self.index.heads, other, other.index.heads, exact, partial);
  mark_partial(self, self.index.tails, other, other.index.tails, exact, partial);
  for (size_t i = 0; i < n; ++i) {
    const Term& t = self.terms[i];
    double found = exact[i] ? 1.0 : 0.0;
    if (found == 0 && translated[i]) found = kTranslatedMatch;
    if (found == 0 && partial[i]) found = kPartialMatch;
    s.total += t.weight;
    s.matched += found * t.weight;
    if (found > 0) ++s.terms_matched;
    if (t.is_name) {
      if (t.span < 0) {
        (found > 0 ? s.names_matched : s.names_only) += 1;
      } else {
        if (static_cast<size_t>(t.span) >= span_found.size()) span_found.resize(t.span + 1, 0);
        span_found[t.span] = std::max<char>(span_found[t.span], found > 0 ? 2 : 1);
      }
    }
    if (t.is_number) { ++s.numbers; if (found > 0) ++s.numbers_matched; }
    if (is_date_key(t.key)) { ++s.dates; if (found > 0) ++s.dates_matched; }
    if (found == 1.0 && is_event_key(t.key)) ++s.events_matched;
    if (found == 1.0 && is_country_key(t.key)) ++s.places_matched;
  }
  for (char state : span_found) {
    if (state != 0) (state == 2 ? s.names_matched : s.names_only) += 1;
  }
  return s;
}

bool is_article(const core::Item& item) { return item.kind == core::ItemKind::kArticle; }

}  // namespace

// Figures that disagree: one on each side, neither found in the other, written
// next to a same term ("kills 7" / "kills 12"; not "300 people" / "140 km/h").
int count_disagreeing_numbers(const ItemFeatures& a, const ItemFeatures& b) {
  int n = 0;
  for (size_t i = 0; i < a.terms.size(); ++i) {
    const Term& t = a.terms[i];
    if (!t.in_digits || b.index.contains(a.index.term_hash[i])) continue;
    for (size_t j = 0; j < b.terms.size(); ++j) {
      const Term& u = b.terms[j];
      if (!u.in_digits || a.index.contains(b.index.term_hash[j])) continue;
      bool shared = std::any_of(t.context.begin(), t.context.end(), [&](const std::string& c) {
        return std::find(u.context.begin(), u.context.end(), c) != u.context.end();
      });
      if (shared) { ++n; break; }
    }
  }
  return n;
}

namespace {

int anchors(const Side& s) {
  return static_cast<int>(s.names_matched) + s.places_matched + s.numbers_matched + s.dates_matched;
}

}  // namespace

Overlap measure_overlap(const ItemFeatures& a, const ItemFeatures& b) {
  Side sa = count_side(a, b), sb = count_side(b, a);
  Overlap o;
  o.numbers_disagreeing = count_disagreeing_numbers(a, b);
  o.numbers_disagreeing_by_b = count_disagreeing_numbers(b, a);
  o.matched_a = sa.matched, o.total_a = sa.total;
  o.matched_b = sb.matched, o.total_b = sb.total;
  o.names_matched = sa.names_matched;
  o.names_matched_by_b = sb.names_matched;
  o.names_only_a = sa.names_only, o.names_only_b = sb.names_only;
  o.numbers_a = sa.numbers, o.numbers_b = sb.numbers;
  o.numbers_matched = sa.numbers_matched, o.numbers_matched_by_b = sb.numbers_matched;
  o.dates_a = sa.dates, o.dates_b = sb.dates;
  o.dates_matched = sa.dates_matched, o.dates_matched_by_b = sb.dates_matched;
  o.events_matched = sa.events_matched, o.events_matched_by_b = sb.events_matched;
  o.terms_matched_a = sa.terms_matched, o.terms_matched_b = sb.terms_matched;
  o.anchors_matched = anchors(sa), o.anchors_matched_by_b = anchors(sb);
  return o;
}

Overlap Overlap::reversed() const {
  Overlap r = *this;
  std::swap(r.matched_a, r.matched_b);
  std::swap(r.total_a, r.total_b);
  std::swap(r.names_matched, r.names_matched_by_b);
  std::swap(r.names_only_a, r.names_only_b);
  std::swap(r.numbers_a, r.numbers_b);
  std::swap(r.numbers_matched, r.numbers_matched_by_b);
  std::swap(r.numbers_disagreeing, r.numbers_disagreeing_by_b);
  std::swap(r.dates_a, r.dates_b);
  std::swap(r.dates_matched, r.dates_matched_by_b);
  std::swap(r.events_matched, r.events_matched_by_b);
  std::swap(r.anchors_matched, r.anchors_matched_by_b);
  std::swap(r.terms_matched_a, r.terms_matched_b);
  return r;
}

double dice(const Overlap& o) {
  double total = o.total_a + o.total_b;
  return total > 0 ? (o.matched_a + o.matched_b) / total : 0.0;
}

double containment_of_a(const Overlap& o) { return o.total_a > 0 ? o.matched_a / o.total_a : 0.0; }

bool names_conflict(const Overlap& o) {
  double only = std::min(o.names_only_a, o.names_only_b);
  return only >= 1 && only > o.names_matched;
}

bool numbers_conflict(const Overlap& o) { return o.numbers_disagreeing > 0 && o.numbers_matched == 0; }

bool dates_conflict(const Overlap& o) {
  return o.dates_a > 0 && o.dates_b > 0 && o.dates_matched == 0;
}

std::vector<std::string> shared_evidence(const ItemFeatures& a, const ItemFeatures& b, size_t max) {
  std::vector<std::string> out;
  for (size_t i = 0; i < a.terms.size(); ++i) {
    const Term& t = a.terms[i];
    if (out.size() >= max) break;
    bool telling = t.is_name || t.is_number || t.key[0] == '@';
    if (telling && b.index.contains(a.index.term_hash[i])) out.push_back(t.key);
  }
  return out;
}

bool same_event_signature(const Overlap& o, double score) {
  if (names_conflict(o) || numbers_conflict(o) || dates_conflict(o)) return false;
  // Two people or places in common, each written out, say "same story" even
  // when no event word does: "Brenner to Arsenal" / "Arsenal agree deal for Brenner".
  if (o.names_matched >= 2 && score >= 0.3) return true;
  if (o.events_matched == 0) return false;
  return o.anchors_matched >= 2 || (o.anchors_matched == 1 && score >= 0.25);
}

PairScore score_pair(const core::Item& a, const ItemFeatures& fa, const core::Item& b,
                     const ItemFeatures& fb) {
  PairScore result;
  if (is_article(a) != is_article(b)) {
    // A headline and an article: how much of the headline the article tells.
    bool a_is_headline = !is_article(a);
    result.overlap = measure_overlap(fa, fb);
    const Overlap o = a_is_headline ? result.overlap : result.overlap.reversed();
    result.score = containment_of_a(o);
    // Names in the headline that the article never mentions point elsewhere.
    if (o.names_only_a >= 1 && o.names_only_a > o.names_matched) result.score *= 0.5;
    // One word of a headline found in an article ("Corona", or "Tag": Danish
    // "take", German "day") is too little to say which event.
    if (o.terms_matched_a < 2) result.score *= 0.5;
    result.relation = core::Relation::kSameEvent;
    result.anchored = o.anchors_matched > 0 || o.events_matched > 0;
    return result;
  }
  result.overlap = measure_overlap(fa, fb);
  const Overlap& o = result.overlap;
  result.score = dice(o);
  result.anchored = o.anchors_matched > 0 || o.events_matched > 0;
  // Each side naming someone or somewhere the other does not weakens the link in
  // proportion to what they do share.
  double only = std::min(o.names_only_a, o.names_only_b);
  if (only > 0) {
    double weight = names_conflict(o) ? 0.5 : 0.3;  // more names apart than shared: likely another event
    result.score *= 1.0 - weight * only / (only + o.names_matched);
  }
  if (numbers_conflict(o)) result.score *= 0.5;
  if (dates_conflict(o)) result.score *= 0.7;
  // Headlines are short: what they share of who, where and when says much. Two
  // articles share a few names without reporting one event.
  if (!is_article(a) && same_event_signature(o, result.score)) {
    result.score = std::max(result.score, kSignatureScore);
  }
  result.relation = is_article(a) ? core::Relation::kSameEvent : core::Relation::kParaphrase;
  if (!is_article(a) && fa.language == fb.language) {
    // Across languages no wording is shared: a translated headline stays a paraphrase.
    result.wording = wording_overlap(fa.match_key, fb.match_key);
    if (result.wording < kParaphraseWording && result.score < kParaphraseScore) {
      result.relation = core::Relation::kSameEvent;
    }
  }
  return result;
}

bool may_link(const PairScore& score, const ItemFeatures& a, const ItemFeatures& b) {
  return score.anchored || a.language.empty() || b.language.empty() || a.language == b.language;
}

}  // namespace newsdesk::story
