// What the full-text index holds and how a query is put to it. Items are
// indexed by Snowball stems of their case-folded words in the item's language,
// marks stripped after stemming ("attacchi", "attacco" -> "attacc"); a query
// word is stemmed in every language it may be written in and matches any of
// those forms. Chinese, Japanese and Korean text, which has no spaces to split
// words at, is indexed by trigrams instead.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdesk::store {

// The stemmed tokens of `text` in `language`, space-separated, for item_words.
std::string index_tokens(std::string_view text, std::string_view language);

// The words full-text search indexes for an item. The store makes them when
// absent; a caller with spare threads makes them beforehand, so that the
// writer, which is serial, does not stem.
struct ItemWords {
  bool ready = false;
  std::string title, body;
};

// index_tokens() of an item's title and text.
ItemWords index_item_words(std::string_view title, std::string_view text, std::string_view language);

// True when the text holds Han, Kana or Hangul letters.
bool has_cjk(std::string_view text);

// The trigram table's text: folded, for CJK items only.
std::string trigram_text(std::string_view text);

// The query split at spaces, a "quoted part" kept whole; the bool says quoted.
// "OR" stays a part of its own.
std::vector<std::pair<std::string, bool>> split_query(std::string_view query);

// A parsed query: plain words must all match (any stemmed form), "quoted words"
// match as a phrase, OR between two parts matches either.
struct ParsedQuery {
  std::string words_match;     // FTS5 MATCH for item_words, "" when none
  std::vector<std::string> cjk_terms;  // each must be found in the text (trigrams)
  std::set<std::string> marks;  // index tokens a snippet marks
  std::vector<std::string> cjk_marks;
  bool empty() const { return words_match.empty() && cjk_terms.empty(); }
};

ParsedQuery parse_query(std::string_view query, const std::vector<std::string>& languages);

// A part of `text` around its best-matching words, those words between [ and ].
std::string make_snippet(std::string_view text, std::string_view language, const ParsedQuery& query,
                         size_t max_words = 32);

}  // namespace newsdesk::store
