#include "text/concepts.h"

#include <algorithm>
#include <map>
#include <string>

#include "core/bundle.h"
#include "text/normalize.h"
#include "text/stemmer.h"
#include "text/words.h"

extern "C" const char newsdesk_blob_concepts[];
extern "C" const char newsdesk_blob_concepts_end[];

namespace newsdesk::text {
namespace {

using PhraseMap = std::map<std::string, std::string, std::less<>>;

// Shorter stems are too often shared by unrelated words.
constexpr size_t kMinStem = 4;

struct Lexicons {
  std::map<std::string, PhraseMap, std::less<>> by_language;
  // Stems of the one-word forms: an inflection the lexicon does not list
  // ("Toter" beside "Tote") still finds its concept.
  std::map<std::string, PhraseMap, std::less<>> stems_by_language;
  PhraseMap any;  // first language's id wins where two disagree
  size_t max_words = 1;
};

const Lexicons& lexicons() {
  static const Lexicons& lex = *new Lexicons([] {  // never destroyed: no work at exit
    Lexicons l;
    auto files = core::parse_bundle(std::string_view(
        newsdesk_blob_concepts, newsdesk_blob_concepts_end - newsdesk_blob_concepts));
    for (const auto& [name, body] : files) {
      std::string language = core::language_of_file(name);
      PhraseMap& map = l.by_language[language];
      PhraseMap& stems = l.stems_by_language[language];
      for (std::string_view line : core::lexicon_entries(body)) {
        size_t tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        std::string key;
        size_t words = 0;
        for (const auto& w : split_words(line.substr(tab + 1))) {
          if (!key.empty()) key.push_back(' ');
          key += fold(w.text);
          ++words;
        }
        if (key.empty()) continue;
        std::string id(line.substr(0, tab));
        l.max_words = std::max(l.max_words, words);
        // "dozens" is not "dozen": number words match only as written.
        if (words == 1 && id.rfind("num:", 0) != 0) {
          std::string stemmed = stem(language, key);
          if (stemmed.size() >= kMinStem) stems.emplace(std::move(stemmed), id);
        }
        map.emplace(key, id);
        l.any.emplace(key, id);
      }
    }
    return l;
  }());
  return lex;
}

}  // namespace

std::optional<ConceptMatch> match_concept(std::string_view language,
                                          const std::vector<std::string>& folded_words,
                                          size_t start) {
  const Lexicons& lex = lexicons();
  const PhraseMap* map = &lex.any;
  if (!language.empty()) {
    auto it = lex.by_language.find(language);
    if (it == lex.by_language.end()) return std::nullopt;
    map = &it->second;
  }
  size_t longest = std::min(lex.max_words, folded_words.size() - start);
  for (size_t n = longest; n >= 1; --n) {
    std::string key = folded_words[start];
    for (size_t k = 1; k < n; ++k) key += " " + folded_words[start + k];
    auto it = map->find(key);
    if (it != map->end()) return ConceptMatch{it->second, static_cast<int>(n)};
  }
  if (language.empty()) return std::nullopt;
  const PhraseMap& stems = lex.stems_by_language.find(language)->second;
  std::string stemmed = stem(language, folded_words[start]);
  if (stemmed.size() < kMinStem) return std::nullopt;
  auto it = stems.find(stemmed);
  if (it != stems.end()) return ConceptMatch{it->second, 1};
  return std::nullopt;
}

}  // namespace newsdesk::text
