#include "store/search_terms.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "text/normalize.h"
#include "text/word_key.h"
#include "text/words.h"

namespace newsdesk::store {
namespace {

constexpr size_t kSnippetScanBytes = 16384;

// A snippet's words, found without the ICU word breaker, which was nine
// tenths of a search request's time: a word is a run of letters, digits and
// combining marks. Elisions split at the apostrophe ("l'attacco" -> "attacco"),
// as the index's words do. Text with CJK letters keeps the full breaker.
struct SnippetWord {
  std::string_view text;
  size_t offset = 0;
};

bool word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

std::vector<SnippetWord> snippet_words(std::string_view text) {
  std::vector<SnippetWord> words;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0, start = -1;
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    bool inside = c >= 0 && word_char(c);
    // "2.000", "3,5": a separator between digits is part of the number.
    if (!inside && (c == '.' || c == ',') && start >= 0 && at > 0 && std::isdigit(s[at - 1]) && i < n &&
        std::isdigit(s[i])) {
      inside = true;
    }
    if (inside && start < 0) start = at;
    if (!inside && start >= 0) {
      words.push_back({text.substr(static_cast<size_t>(start), static_cast<size_t>(at - start)),
                       static_cast<size_t>(start)});
      start = -1;
    }
  }
  if (start >= 0) words.push_back({text.substr(static_cast<size_t>(start)), static_cast<size_t>(start)});
  return words;
}

std::vector<SnippetWord> icu_words(std::string_view text) {
  std::vector<SnippetWord> words;
  for (const auto& w : text::split_words(text)) words.push_back({w.text, w.offset});
  return words;
}

bool is_cjk(UChar32 c) {
  return (c >= 0x3040 && c <= 0x30FF) ||   // Hiragana, Katakana
         (c >= 0x3400 && c <= 0x4DBF) ||   // Han extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||   // Han
         (c >= 0xAC00 && c <= 0xD7AF) ||   // Hangul syllables
         (c >= 0x1100 && c <= 0x11FF) ||   // Hangul jamo
         (c >= 0xF900 && c <= 0xFAFF) ||   // Han compatibility
         (c >= 0x20000 && c <= 0x2FA1F);   // Han supplementary planes
}

// The word's stem, case and accents folded: word_key, whose per-thread cache
// spares a Snowball run and two Unicode passes for the words news repeats.
std::string token_of(std::string_view word, std::string_view language) {
  return text::word_key(language, word);
}

std::string quoted(const std::string& token) {
  std::string out = "\"";
  for (char c : token) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

bool has_cjk(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && is_cjk(c)) return true;
  }
  return false;
}

std::string index_tokens(std::string_view text, std::string_view language) {
  std::string out;
  out.reserve(text.size());
  for (const auto& w : text::split_words(text)) {
    if (!out.empty()) out += ' ';
    out += token_of(w.text, language);
  }
  return out;
}

ItemWords index_item_words(std::string_view title, std::string_view text, std::string_view language) {
  return {true, index_tokens(title, language), index_tokens(text, language)};
}

std::string trigram_text(std::string_view text) { return text::fold(text); }

std::vector<std::pair<std::string, bool>> split_query(std::string_view query) {
  std::vector<std::pair<std::string, bool>> parts;
  size_t i = 0;
  while (i < query.size()) {
    if (query[i] == ' ' || query[i] == '\t' || query[i] == '\n') { ++i; continue; }
    if (query[i] == '"') {
      size_t end = query.find('"', i + 1);
      if (end == std::string_view::npos) end = query.size();
      parts.emplace_back(std::string(query.substr(i + 1, end - i - 1)), true);
      i = end + 1;
      continue;
    }
    size_t end = query.find_first_of(" \t\n\"", i);
    if (end == std::string_view::npos) end = query.size();
    parts.emplace_back(std::string(query.substr(i, end - i)), false);
    i = end;
  }
  return parts;
}

ParsedQuery parse_query(std::string_view query, const std::vector<std::string>& languages) {
  ParsedQuery q;
  std::vector<std::string> langs = languages;
  langs.push_back("");  // the unstemmed form: items of no known language
  std::string match;
  bool pending_or = false;
  for (const auto& [part, is_phrase] : split_query(query)) {
    if (!is_phrase && part == "OR") {
      pending_or = !match.empty();
      continue;
    }
    if (has_cjk(part)) {
      std::string folded = trigram_text(part);
      q.cjk_terms.push_back(folded);
      q.cjk_marks.push_back(part);
      continue;
    }
    auto words = text::split_words(part);
    if (words.empty()) continue;
    std::set<std::string> alternatives;  // one FTS expression per language
    for (const auto& lang : langs) {
      std::string phrase;
      for (const auto& w : words) {
        std::string token = token_of(w.text, lang);
        q.marks.insert(token);
        if (!phrase.empty()) phrase += " + ";
        phrase += quoted(token);
      }
      alternatives.insert(phrase);
    }
    // A phrase keeps its words together; plain words each stand alone.
    std::string expr;
    if (is_phrase || words.size() == 1) {
      for (const auto& a : alternatives) expr += (expr.empty() ? "" : " OR ") + a;
    } else {
      // "l'attacco" unquoted: its words each must match, in any form.
      for (const auto& w : words) {
        std::set<std::string> forms;
        for (const auto& lang : langs) forms.insert(quoted(token_of(w.text, lang)));
        std::string one;
        for (const auto& f : forms) one += (one.empty() ? "" : " OR ") + f;
        expr += (expr.empty() ? "" : " AND ") + ("(" + one + ")");
      }
    }
    expr = "(" + expr + ")";
    if (match.empty()) match = expr;
    else match += (pending_or ? " OR " : " AND ") + expr;
    pending_or = false;
  }
  q.words_match = match;
  return q;
}

std::string make_snippet(std::string_view text, std::string_view language, const ParsedQuery& query,
                         size_t max_words) {
  // A long body is marked in its first part only: a snippet is read from the top.
  if (text.size() > kSnippetScanBytes) {
    size_t cut = kSnippetScanBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  auto words = has_cjk(text) ? icu_words(text) : snippet_words(text);
  if (words.empty()) return std::string(text.substr(0, 200));
  // Stems begin as their words do: only a word that starts like a mark is stemmed.
  std::set<std::string> heads;
  for (const auto& m : query.marks) heads.insert(m.substr(0, 2));
  std::vector<char> hit(words.size(), 0);
  std::unordered_map<std::string_view, bool> known;
  for (size_t k = 0; k < words.size(); ++k) {
    // Most words start with two ASCII letters that no mark starts with:
    // they are passed over without folding.
    std::string_view w = words[k].text;
    if (w.size() >= 2 && static_cast<unsigned char>(w[0]) < 0x80 && static_cast<unsigned char>(w[1]) < 0x80) {
      char head[2] = {static_cast<char>(std::tolower(static_cast<unsigned char>(w[0]))),
                      static_cast<char>(std::tolower(static_cast<unsigned char>(w[1])))};
      if (!heads.count(std::string(head, 2))) continue;
    }
    auto cached = known.find(words[k].text);
    if (cached != known.end()) {
      hit[k] = cached->second;
      continue;
    }
    std::string plain = text::fold(words[k].text);
    bool match = false;
    if (heads.count(plain.substr(0, 2))) {
      match = query.marks.count(plain) || query.marks.count(token_of(words[k].text, language));
    }
    known.emplace(words[k].text, match);
    hit[k] = match;
  }
  for (const auto& term : query.cjk_marks) {
    for (size_t at = text.find(term); at != std::string_view::npos; at = text.find(term, at + 1)) {
      for (size_t k = 0; k < words.size(); ++k) {
        size_t b = words[k].offset, e = b + words[k].text.size();
        if (b < at + term.size() && at < e) hit[k] = 1;
      }
    }
  }
  // The window of max_words words with the most hits.
  size_t best = 0, best_hits = 0, hits = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    hits += hit[k];
    if (k >= max_words) hits -= hit[k - max_words];
    size_t start = k + 1 >= max_words ? k + 1 - max_words : 0;
    if (hits > best_hits) { best_hits = hits; best = start; }
  }
  size_t last = std::min(words.size(), best + max_words) - 1;
  std::string out;
  if (best > 0) out += "…";
  size_t pos = words[best].offset;
  for (size_t k = best; k <= last; ++k) {
    size_t b = words[k].offset, e = b + words[k].text.size();
    out.append(text.substr(pos, b - pos));
    if (hit[k]) {
      out += '[';
      out.append(text.substr(b, e - b));
      out += ']';
    } else {
      out.append(text.substr(b, e - b));
    }
    pos = e;
  }
  if (last + 1 < words.size()) out += "…";
  for (char& c : out) if (c == '\n') c = ' ';
  return out;
}

}  // namespace newsdesk::store
