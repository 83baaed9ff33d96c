// Scores sentence pairs with the story engine's pair similarity, for the
// paraphrase and cross-language benchmarks (bench/story/paraphrase.py).
// Input lines: language1 TAB language2 TAB text1 TAB text2. Output: one score a line.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "story/item_features.h"
#include "story/similarity.h"

using newsdesk::story::describe_text;
using newsdesk::story::NameEvidence;

int main() {
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
    std::printf("%.4f\n", newsdesk::story::score_pair(headline, a, headline, b).score);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "%zu pairs in %.2f s\n", pairs.size(), seconds);
  return 0;
}
