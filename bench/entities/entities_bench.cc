// entities_bench: runs newsdesk's entity finder on the benchmark inputs; the
// scoring is bench/entities/score_entities.py.
//
//   entities_bench kind FILE.tsv [SENTENCES_PER_DOC]  token, gold and predicted IO tag per line
//                                                     (KIND has no document marks: 60 sentences,
//                                                     about three articles, make one text)
//   entities_bench variants FILE.tsv                  each pair with its gold and predicted label
//   entities_bench speed FILE...                      MB/s of text on one core
//   entities_bench text LANG < FILE                   the entities of a text, as JSON
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/entities_find.h"
#include "analyze/entities_json.h"
#include "analyze/entities_resolve.h"

using newsdesk::analyze::EntityType;

namespace {

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(line);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Sentence {
  std::vector<std::string> tokens, gold;
};

std::vector<Sentence> read_conll(const std::string& path) {
  std::vector<Sentence> out;
  std::ifstream in(path);
  std::string line;
  Sentence cur;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!cur.tokens.empty()) out.push_back(std::move(cur));
      cur = {};
      continue;
    }
    auto f = split(line, '\t');
    if (f.size() < 2) continue;
    cur.tokens.push_back(f[0]);
    std::string tag = f[1];
    if (tag.size() > 2 && tag[1] == '-') tag = tag.substr(2);
    cur.gold.push_back(tag);
  }
  if (!cur.tokens.empty()) out.push_back(std::move(cur));
  return out;
}

// Tokens joined back into running text (one space apart; the finder re-tokenises),
// sentences of one document on lines of their own.
int kind(const std::string& path, size_t per_doc) {
  auto sentences = read_conll(path);
  newsdesk::analyze::FindOptions options;
  options.institutions = true;
  for (size_t s0 = 0; s0 < sentences.size(); s0 += per_doc) {
    size_t s1 = std::min(sentences.size(), s0 + per_doc);
    std::string text;
    std::vector<std::vector<std::pair<size_t, size_t>>> where(s1 - s0);
    for (size_t s = s0; s < s1; ++s) {
      for (const auto& t : sentences[s].tokens) {
        if (!text.empty() && text.back() != '\n') text.push_back(' ');
        where[s - s0].push_back({text.size(), text.size() + t.size()});
        text += t;
      }
      text.push_back('\n');
    }
    auto entities = newsdesk::analyze::find_entities(text, "it", options);
    std::vector<std::pair<size_t, std::string>> marks;  // begin offset -> type at each token
    for (size_t s = s0; s < s1; ++s) {
      std::vector<std::string> pred(sentences[s].tokens.size(), "O");
      for (const auto& e : entities) {
        std::string tag = e.type == EntityType::kPerson ? "PER" : e.type == EntityType::kPlace ? "LOC" : "ORG";
        for (const auto& sp : e.spans) {
          for (size_t k = 0; k < pred.size(); ++k) {
            auto [b, en] = where[s - s0][k];
            if (b >= sp.begin && en <= sp.end) pred[k] = tag;
          }
        }
      }
      for (size_t k = 0; k < pred.size(); ++k) {
        std::printf("%s\t%s\t%s\n", sentences[s].tokens[k].c_str(), sentences[s].gold[k].c_str(), pred[k].c_str());
      }
      std::printf("\n");
    }
  }
  return 0;
}

EntityType type_of(const std::string& s) {
  if (s == "place") return EntityType::kPlace;
  if (s == "organisation") return EntityType::kOrganisation;
  return EntityType::kPerson;
}

// Pairs: type, language a, name a, language b, name b, gold (1 same / 0 different).
int variants(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, '\t');
    if (f.size() < 6) continue;
    bool same = newsdesk::analyze::same_entity(f[2], f[1], f[4], f[3], type_of(f[0]));
    std::printf("%s\t%s\t%s\t%s\t%d\n", f[0].c_str(), f[2].c_str(), f[4].c_str(), f[5].c_str(), same ? 1 : 0);
  }
  return 0;
}

int speed(const std::vector<std::string>& paths) {
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (const auto& p : paths) {
    texts.push_back(read_file(p));
    bytes += texts.back().size();
  }
  // Warm up: the gazetteer loads once per process.
  newsdesk::analyze::find_entities("Roma", "it");
  // CPU time of this process: MB/s per core, whatever else the machine runs.
  std::clock_t c0 = std::clock();
  auto t0 = std::chrono::steady_clock::now();
  size_t found = 0, done = 0;
  int rounds = 0;
  do {
    for (const auto& t : texts) {
      // Paragraph by paragraph, as news items arrive.
      size_t pos = 0;
      while (pos < t.size()) {
        size_t end = t.find("\n\n", pos);
        if (end == std::string::npos) end = t.size();
        found += newsdesk::analyze::find_entities(std::string_view(t).substr(pos, end - pos), "it").size();
        pos = end + 2;
      }
    }
    done += bytes;
    ++rounds;
  } while (std::chrono::steady_clock::now() - t0 < std::chrono::seconds(3));
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  std::printf("{\"bytes\": %zu, \"cpu_seconds\": %.3f, \"wall_seconds\": %.3f, \"mb_per_s_per_core\": %.2f, "
              "\"entities\": %zu, \"rounds\": %d}\n",
              done, cpu, wall, static_cast<double>(done) / 1e6 / cpu, found, rounds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() >= 2 && args[0] == "kind") return kind(args[1], args.size() >= 3 ? std::stoul(args[2]) : 60);
  if (args.size() == 2 && args[0] == "variants") return variants(args[1]);
  if (args.size() >= 2 && args[0] == "speed") return speed({args.begin() + 1, args.end()});
  if (args.size() == 2 && args[0] == "text") {
    std::ostringstream s;
    s << std::cin.rdbuf();
    auto entities = newsdesk::analyze::find_entities(s.str(), args[1]);
    std::printf("%s\n%s", newsdesk::analyze::entities_json(entities).c_str(),
                newsdesk::analyze::entities_text(entities).c_str());
    return 0;
  }
  std::fprintf(stderr, "usage: entities_bench kind FILE [N] | variants FILE | speed FILE... | text LANG\n");
  return 2;
}
