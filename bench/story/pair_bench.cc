// Scores sentence pairs with the story engine's pair similarity, for the
// paraphrase and cross-language benchmarks (bench/story/paraphrase.py).
// Input lines: language1 TAB language2 TAB text1 TAB text2. Output a line each:
// the pair score TAB the wording overlap TAB 1 when the engine would call the
// second headline a paraphrase of the first (0: the same event told otherwise).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "story/item_features.h"
#include "story/similarity.h"

using newsdesk::story::describe_text;
using newsdesk::story::NameEvidence;

int main(int argc, char** argv) {
  // --components: the overlap's parts after the score, for studying the score.
  bool components = argc > 1 && std::string(argv[1]) == "--components";
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
