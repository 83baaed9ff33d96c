#include "text/concepts.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "core/bundle.h"
#include "core/string_map.h"
#include "text/normalize.h"
#include "text/stemmer.h"
#include "text/words.h"

extern "C" const char newsdesk_blob_concepts[];
extern "C" const char newsdesk_blob_concepts_end[];

namespace newsdesk::text {
namespace {

// Phrase -> concept id.
using PhraseMap = core::StringMap<std::string>;

// A phrase map with, for each word that begins a phrase, the most words of the
// phrases it begins: most words of a text begin none, and are looked up once.
struct Phrases {
  PhraseMap phrases;
  core::StringMap<size_t> longest_from;

  void add(const std::string& key, const std::string& first_word, size_t words, const std::string& id) {
    phrases.emplace(key, id);
    size_t& longest = longest_from[first_word];
    longest = std::max(longest, words);
  }
};

// Shorter stems are too often shared by unrelated words.
constexpr size_t kMinStem = 4;

struct Lexicons {
  std::map<std::string, Phrases, std::less<>> by_language;
  // Stems of the one-word forms: an inflection the lexicon does not list
  // ("Toter" beside "Tote") still finds its concept.
  std::map<std::string, PhraseMap, std::less<>> stems_by_language;
  Phrases any;  // first language's id wins where two disagree
};

const Lexicons& lexicons() {
  static const Lexicons& lex = *new Lexicons([] {  // never destroyed: no work at exit
    Lexicons l;
    auto files = core::parse_bundle(std::string_view(
        newsdesk_blob_concepts, newsdesk_blob_concepts_end - newsdesk_blob_concepts));
    for (const auto& [name, body] : files) {
      std::string language = core::language_of_file(name);
      Phrases& map = l.by_language[language];
      PhraseMap& stems = l.stems_by_language[language];
      for (std::string_view line : core::lexicon_entries(body)) {
        size_t tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        std::string key, first_word;
        size_t words = 0;
        for (const auto& w : split_words(line.substr(tab + 1))) {
          if (!key.empty()) key.push_back(' ');
          key += fold(w.text);
          if (++words == 1) first_word = key;
        }
        if (key.empty()) continue;
        std::string id(line.substr(0, tab));
        // "dozens" is not "dozen": number words match only as written.
        if (words == 1 && id.rfind("num:", 0) != 0) {
          std::string stemmed = stem(language, key);
          if (stemmed.size() >= kMinStem) stems.emplace(std::move(stemmed), id);
        }
        map.add(key, first_word, words, id);
        l.any.add(key, first_word, words, id);
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
  const Phrases* map = &lex.any;
  if (!language.empty()) {
    auto it = lex.by_language.find(language);
    if (it == lex.by_language.end()) return std::nullopt;
    map = &it->second;
  }
  auto from = map->longest_from.find(folded_words[start]);
  size_t longest = from == map->longest_from.end() ? 0 : std::min(from->second, folded_words.size() - start);
  // The longest phrase is joined once; the shorter ones are its prefixes.
  thread_local std::string phrase;
  thread_local std::vector<size_t> ends;
  phrase.clear();
  ends.clear();
  for (size_t k = 0; k < longest; ++k) {
    if (k > 0) phrase.push_back(' ');
    phrase += folded_words[start + k];
    ends.push_back(phrase.size());
  }
  for (size_t n = longest; n >= 1; --n) {
    auto it = map->phrases.find(std::string_view(phrase).substr(0, ends[n - 1]));
    if (it != map->phrases.end()) return ConceptMatch{it->second, static_cast<int>(n)};
  }
  if (language.empty()) return std::nullopt;
  // A word's concept through its stem, remembered per thread: a Snowball run
  // per word was most of this function's time (news repeats its words).
  constexpr size_t kCachedWords = 1 << 16;  // emptied when full: about 5 MB a thread
  thread_local std::unordered_map<std::string, const std::string*> by_word;  // "lang\tword" -> id or null
  thread_local std::string probe;
  probe.assign(language);
  probe.push_back('\t');
  probe += folded_words[start];
  auto cached = by_word.find(probe);
  if (cached == by_word.end()) {
    const PhraseMap& stems = lex.stems_by_language.find(language)->second;
    std::string stemmed = stem(language, folded_words[start]);
    auto it = stemmed.size() < kMinStem ? stems.end() : stems.find(stemmed);
    if (by_word.size() >= kCachedWords) by_word.clear();
    cached = by_word.emplace(probe, it == stems.end() ? nullptr : &it->second).first;
  }
  if (cached->second) return ConceptMatch{*cached->second, 1};
  return std::nullopt;
}

}  // namespace newsdesk::text
