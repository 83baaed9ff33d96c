// Scores sentence pairs with the story engine's pair similarity, for the
// paraphrase and cross-language benchmarks (bench/story/paraphrase.py).
// Input lines: language1 TAB language2 TAB text1 TAB text2. Output a line each:
// the pair score TAB the wording overlap TAB 1 when the engine would call the
// second headline a paraphrase of the first (0: the same event told otherwise).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "story/item_features.h"
#include "story/similarity.h"

using newsdesk::story::describe_text;
using newsdesk::story::ItemFeatures;
using newsdesk::story::NameEvidence;

namespace {

// How `self`'s term `i` is found in `other`: '=' the same key, '~' through an
// English translation (either side's), '-' not at all (partial matches aside).
char how_found(const ItemFeatures& self, size_t i, const ItemFeatures& other) {
  const auto& x = self.index;
  if (other.index.contains(x.term_hash[i])) return '=';
  auto in_pivots = [&](uint64_t h) {
    return std::binary_search(other.index.pivots.begin(), other.index.pivots.end(), h);
  };
  if (in_pivots(x.term_hash[i])) return '~';
  for (uint32_t k = x.term_pivot_begin[i]; k < x.term_pivot_begin[i + 1]; ++k) {
    if (other.index.contains(x.term_pivots[k]) || in_pivots(x.term_pivots[k])) return '~';
  }
  return '-';
}

// One side's terms, each marked by how_found and with its English keys.
void print_terms(const ItemFeatures& self, const ItemFeatures& other) {
  for (size_t i = 0; i < self.terms.size(); ++i) {
    const auto& t = self.terms[i];
    std::printf(" %c%s", how_found(self, i, other), t.key.c_str());
    for (size_t k = 0; k < t.pivots.size() && k < 4; ++k) std::printf("%s%s", k ? "," : "[", t.pivots[k].c_str());
    if (!t.pivots.empty()) std::printf("]");
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  // --components: the overlap's parts after the score; --terms: each side's
  // terms and how each is found in the other. Both for studying the score.
  std::string mode = argc > 1 ? argv[1] : "";
  bool components = mode == "--components", terms = mode == "--terms";
  struct Pair { std::string lang[2], text[2]; };
  std::vector<Pair> pairs;
  for (std::string line; std::getline(std::cin, line);) {
    Pair p;
    size_t pos = 0;
    std::string* fields[4] = {&p.lang[0], &p.lang[1], &p.text[0], &p.text[1]};
    for (int f = 0; f < 4; ++f) {
      size_t tab = f < 3 ? line.find('\t', pos) : std::string::npos;
      *fields[f] = line.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos);
      if (tab == std::string::npos && f < 3) { fields[f]->clear(); break; }
      pos = tab + 1;
    }
    pairs.push_back(std::move(p));
  }
  // Names are judged the way a batch judges them: from every sentence given.
  NameEvidence names;
  for (const auto& p : pairs) { names.observe(p.text[0]); names.observe(p.text[1]); }
  auto start = std::chrono::steady_clock::now();
  newsdesk::core::Item headline;
  for (const auto& p : pairs) {
    auto a = describe_text(p.text[0], p.text[0], p.lang[0], names);
    auto b = describe_text(p.text[1], p.text[1], p.lang[1], names);
    auto s = newsdesk::story::score_pair(headline, a, headline, b);
    if (terms) {
      std::printf("%.4f\n", s.score);
      print_terms(a, b);
      print_terms(b, a);
      continue;
    }
    if (!components) {
      std::printf("%.4f\t%.4f\t%d\n", s.score, s.wording, s.relation == newsdesk::core::Relation::kParaphrase);
      continue;
    }
    const auto& o = s.overlap;
    std::printf("%.4f %.3f %.3f %.3f %.3f %.3f %.3f %.3f %d %d %d %d %d %d %d %d %d %d\n", s.score, o.matched_a,
                o.total_a, o.matched_b, o.total_b, o.names_matched, o.names_only_a, o.names_only_b, o.numbers_a,
                o.numbers_b, o.numbers_matched, o.numbers_disagreeing, o.dates_a, o.dates_b, o.dates_matched,
                o.events_matched, o.anchors_matched, o.terms_matched_a);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "%zu pairs in %.2f s\n", pairs.size(), seconds);
  return 0;
}
