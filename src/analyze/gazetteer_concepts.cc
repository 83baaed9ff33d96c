#include "analyze/gazetteer_concepts.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/bundle.h"
#include "text/normalize.h"
#include "text/words.h"

// The concept lexicons newsdesk_text links in (src/text/CMakeLists.txt).
extern "C" const char newsdesk_blob_concepts[];
extern "C" const char newsdesk_blob_concepts_end[];

namespace newsdesk::analyze {
namespace {

struct Index {
  std::unordered_map<std::string, std::string> by_phrase;  // first language's id wins
  std::unordered_set<std::string> first_words;
  size_t max_words = 1;
};

bool entity_id(std::string_view id) {
  return id.rfind("country:", 0) == 0 || id.rfind("nat:", 0) == 0 || id.rfind("city:", 0) == 0 ||
         id.rfind("org:", 0) == 0;
}

const Index& index() {
  static const Index idx = [] {
    Index out;
    auto files = core::parse_bundle(std::string_view(
        newsdesk_blob_concepts, newsdesk_blob_concepts_end - newsdesk_blob_concepts));
    for (const auto& [name, body] : files) {
      for (std::string_view line : core::lexicon_entries(body)) {
        size_t tab = line.find('\t');
        if (tab == std::string_view::npos || !entity_id(line.substr(0, tab))) continue;
        std::string key, first;
        size_t words = 0;
        for (const auto& w : text::split_words(line.substr(tab + 1))) {
          std::string f = text::fold(w.text);
          if (words == 0) first = f;
          if (!key.empty()) key.push_back(' ');
          key += f;
          ++words;
        }
        if (key.empty()) continue;
        out.max_words = std::max(out.max_words, words);
        out.first_words.insert(first);
        out.by_phrase.emplace(key, std::string(line.substr(0, tab)));
      }
    }
    return out;
  }();
  return idx;
}

}  // namespace

bool concept_may_start(const std::string& first_word) { return index().first_words.count(first_word) > 0; }

ConceptHit match_entity_concept(const std::vector<std::string>& folded_words, size_t start) {
  const Index& idx = index();
  if (start >= folded_words.size() || !idx.first_words.count(folded_words[start])) return {};
  size_t longest = std::min(idx.max_words, folded_words.size() - start);
  std::string key;
  ConceptHit best;
  for (size_t n = 1; n <= longest; ++n) {
    if (n > 1) key.push_back(' ');
    key += folded_words[start + n - 1];
    auto it = idx.by_phrase.find(key);
    if (it != idx.by_phrase.end()) best = {it->second, n};
  }
  return best;
}

}  // namespace newsdesk::analyze
