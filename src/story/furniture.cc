#include "story/furniture.h"

#include <map>
#include <string>
#include <vector>

#include "core/bundle.h"
#include "text/normalize.h"
#include "text/stopwords.h"
#include "text/words.h"

extern "C" const char newsdesk_blob_furniture[];
extern "C" const char newsdesk_blob_furniture_end[];

namespace newsdesk::story {
namespace {

struct Entry {
  std::string language;
  std::string category;
  int words = 0;
};

// Folded words joined by single spaces: the lookup form of a phrase or a block.
std::string word_key(std::string_view text, int* word_count = nullptr) {
  std::string key;
  int n = 0;
  for (const auto& w : text::split_words(text)) {
    if (!key.empty()) key.push_back(' ');
    key += text::fold(w.text);
    ++n;
  }
  if (word_count) *word_count = n;
  return key;
}

using Lexicon = std::map<std::string, Entry, std::less<>>;

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    auto files = core::parse_bundle(std::string_view(
        newsdesk_blob_furniture, newsdesk_blob_furniture_end - newsdesk_blob_furniture));
    for (const auto& [name, body] : files) {
      std::string lang = core::language_of_file(name);
      for (std::string_view line : core::lexicon_entries(body)) {
        size_t tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        Entry e{lang, std::string(line.substr(0, tab)), 0};
        std::string key = word_key(line.substr(tab + 1), &e.words);
        if (!key.empty()) l.emplace(std::move(key), std::move(e));
      }
    }
    return l;
  }();
  return lex;
}

// Categories whose phrase introduces a link to another article: "Leggi anche: <title>".
bool introduces_link(std::string_view category) {
  return category == "read_also" || category == "related" || category == "more_on_topic" ||
         category == "most_read" || category == "latest";
}

// Words after a phrase that are capitalised names (Facebook, X), function
// words, or furniture themselves ("Suscríbete a la newsletter").
bool tail_is_names(const std::vector<text::Word>& words, size_t from) {
  for (size_t i = from; i < words.size(); ++i) {
    if (words[i].capitalized || words[i].all_caps) continue;
    std::string folded = text::fold(words[i].text);
    if (text::is_stopword_any(folded) || lexicon().count(folded)) continue;
    return false;
  }
  return true;
}

std::optional<FurnitureMatch> match_lexicon(std::string_view text, const BlockShape& shape) {
  const Lexicon& lex = lexicon();
  std::vector<text::Word> raw_words = text::split_words(text);
  std::vector<std::string> words;
  for (const auto& w : raw_words) words.push_back(text::fold(w.text));
  if (words.empty()) return std::nullopt;
  // Try the longest prefix of the block that is a lexicon phrase.
  std::string key;
  std::vector<std::string> prefixes;
  for (const auto& w : words) {
    if (!key.empty()) key.push_back(' ');
    key += w;
    prefixes.push_back(key);
  }
  for (size_t n = prefixes.size(); n-- > 0;) {
    auto it = lex.find(prefixes[n]);
    if (it == lex.end()) continue;
    const Entry& e = it->second;
    size_t extra = words.size() - (n + 1);
    bool whole = extra == 0;
    // "Leggi anche: Kim incontra Putin" is a link to elsewhere, whatever follows.
    bool label = introduces_link(e.category) && text.find(':') != std::string_view::npos &&
                 text.find(':') <= prefixes[n].size() + 8;
    // "Condividi su Facebook Twitter": a phrase plus a few names or function
    // words, not a sentence ("Share prices fall" is news).
    bool short_tail = extra <= 3 && !shape.ends_terminal && !label &&
                      e.category != "breaking_label" && e.category != "live_label" &&
                      tail_is_names(raw_words, n + 1);
    if (whole || label || short_tail) {
      return FurnitureMatch{"boilerplate", "lexicon:" + e.language + ":" + e.category};
    }
  }
  return std::nullopt;
}

bool has_prefix(std::string_view s, std::string_view p) { return s.rfind(p, 0) == 0; }

}  // namespace

std::optional<FurnitureMatch> match_furniture(std::string_view text, const BlockShape& shape) {
  if (auto m = match_lexicon(text, shape)) return m;
  if (shape.letters_words == 0) return FurnitureMatch{"boilerplate", "structure:no_words"};
  if (has_prefix(text, "\xC2\xA9") || has_prefix(text, "(c) ") || has_prefix(text, "(C) ")) {
    return FurnitureMatch{"boilerplate", "structure:copyright"};
  }
  if (has_prefix(text, "http://") || has_prefix(text, "https://") || has_prefix(text, "www.")) {
    if (text.find(' ') == std::string_view::npos) return FurnitureMatch{"boilerplate", "structure:link"};
  }
  if (shape.ends_colon && shape.words <= 6) return FurnitureMatch{"boilerplate", "structure:label"};
  if (shape.separators >= 2 && shape.words <= 4 * (shape.separators + 1)) {
    return FurnitureMatch{"boilerplate", "structure:menu"};
  }
  // Headlines tell something in more words than this; section names and buttons do not.
  if (shape.words <= 3 && !shape.ends_terminal) {
    return FurnitureMatch{"boilerplate", "structure:short_line"};
  }
  return std::nullopt;
}

}  // namespace newsdesk::story
