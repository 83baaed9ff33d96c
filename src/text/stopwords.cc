#include "text/stopwords.h"

#include <map>
#include <set>
#include <string>

#include "core/bundle.h"
#include "text/normalize.h"

extern "C" const char newsdesk_blob_stopwords[];
extern "C" const char newsdesk_blob_stopwords_end[];

namespace newsdesk::text {
namespace {

using WordSet = std::set<std::string, std::less<>>;

struct Stopwords {
  std::map<std::string, WordSet, std::less<>> by_language;
  WordSet any;
  std::map<std::string, int, std::less<>> languages_listing;  // word -> how many lists have it
};

// Files hold one word per line.
const Stopwords& stopwords() {
  static const Stopwords sw = [] {
    Stopwords s;
    auto files = core::parse_bundle(std::string_view(
        newsdesk_blob_stopwords, newsdesk_blob_stopwords_end - newsdesk_blob_stopwords));
    for (const auto& [name, body] : files) {
      WordSet& set = s.by_language[core::language_of_file(name)];
      for (std::string_view line : core::lexicon_entries(body)) {
        std::string word = fold(line);
        if (set.insert(word).second) ++s.languages_listing[word];
        s.any.insert(word);
      }
    }
    return s;
  }();
  return sw;
}

}  // namespace

bool is_stopword(std::string_view language, std::string_view folded_word) {
  const auto& sw = stopwords();
  auto it = sw.by_language.find(language);
  if (it == sw.by_language.end()) return false;
  return it->second.count(folded_word) > 0;
}

bool is_stopword_any(std::string_view folded_word) {
  return stopwords().any.count(folded_word) > 0;
}

}  // namespace newsdesk::text

namespace newsdesk::text {

int stopword_language_count(std::string_view folded_word) {
  const auto& m = stopwords().languages_listing;
  auto it = m.find(folded_word);
  return it == m.end() ? 0 : it->second;
}

}  // namespace newsdesk::text
