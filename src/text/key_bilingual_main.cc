// Build-time tool: keys the bilingual word lists (scripts/gen-bilingual.py's
// "lang<TAB>word<TAB>english|english...") by word_key, so that a run loads a
// language's table instead of stemming its 20,000–130,000 dictionary words
// first (3.4 billion instructions, over a second, in every process that met
// several languages).
//
//   newsdesk-key-bilingual IN.tsv OUT.tsv
//
// Output, sorted by language then key, one word key a line:
//   lang<TAB>key<TAB>english-key|english-key...
// Words sharing a key ("corto", "cortar" -> "cort") give their translations in
// turns, first senses first, so that each keeps its main sense; at most
// kMaxKeys English keys a line, none empty or equal to the key itself.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/word_key.h"

namespace {

constexpr size_t kMaxKeys = 16;

using Senses = std::vector<std::vector<std::string>>;  // per dictionary word sharing a key, its English keys

std::vector<std::string> interleave(const std::string& key, const Senses& lists) {
  std::vector<std::string> keys;
  for (size_t rank = 0; keys.size() < kMaxKeys; ++rank) {
    bool any = false;
    for (const auto& list : lists) {
      if (rank >= list.size()) continue;
      any = true;
      const std::string& english = list[rank];
      if (!english.empty() && english != key && keys.size() < kMaxKeys && std::find(keys.begin(), keys.end(), english) == keys.end()) {
        keys.push_back(english);
      }
    }
    if (!any) break;
  }
  return keys;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: newsdesk-key-bilingual IN.tsv OUT.tsv\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::fprintf(stderr, "newsdesk-key-bilingual: %s: cannot read\n", argv[1]);
    return 1;
  }
  std::map<std::string, std::map<std::string, Senses>> by_language;  // sorted output
  std::unordered_map<std::string, std::string> english_key;          // English words recur: stem each once
  std::string line;
  while (std::getline(in, line)) {
    size_t tab1 = line.find('\t');
    size_t tab2 = tab1 == std::string::npos ? std::string::npos : line.find('\t', tab1 + 1);
    if (tab2 == std::string::npos) continue;
    std::string language = line.substr(0, tab1);
    std::string_view word = std::string_view(line).substr(tab1 + 1, tab2 - tab1 - 1);
    std::vector<std::string> english;
    for (std::string_view rest = std::string_view(line).substr(tab2 + 1); !rest.empty();) {
      size_t bar = rest.find('|');
      std::string w(rest.substr(0, bar));
      auto [it, fresh] = english_key.try_emplace(w);
      if (fresh) it->second = newsdesk::text::word_key("en", w);
      english.push_back(it->second);
      if (bar == std::string_view::npos) break;
      rest.remove_prefix(bar + 1);
    }
    by_language[language][newsdesk::text::word_key(language, word)].push_back(std::move(english));
  }
  std::string tmp = std::string(argv[2]) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    for (const auto& [language, senses] : by_language) {
      for (const auto& [key, lists] : senses) {
        if (key.empty() || key.find_first_of("\t\n") != std::string::npos) continue;
        std::vector<std::string> keys = interleave(key, lists);
        if (keys.empty()) continue;  // an English form that stems like its lemma
        out << language << '\t' << key << '\t';
        for (size_t i = 0; i < keys.size(); ++i) out << (i ? "|" : "") << keys[i];
        out << '\n';
      }
    }
    if (!out) {
      std::fprintf(stderr, "newsdesk-key-bilingual: %s: cannot write\n", argv[2]);
      return 1;
    }
  }
  return std::rename(tmp.c_str(), argv[2]) == 0 ? 0 : 1;
}
