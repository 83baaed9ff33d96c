#include "analyze/quote_mentions.h"

#include <array>
#include <unordered_set>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {
namespace {

struct QuotePair {
  std::string_view open, close;
};

constexpr std::array<QuotePair, 6> kPairs{{{"\u00AB", "\u00BB"},
                                           {"\u201C", "\u201D"},
                                           {"\u201E", "\u201C"},
                                           {"\u201E", "\u201D"},
                                           {"\u00BB", "\u00AB"},
                                           {"\"", "\""}}};

// Speech verbs and "according to" words, folded, all languages (written for newsdesk).
const std::unordered_set<std::string>& speech_words() {
  static const std::unordered_set<std::string> words{
      "said", "says", "say", "told", "added", "stated", "declared", "warned", "insisted", "wrote", "according",
      "detto", "dichiarato", "affermato", "aggiunto", "spiegato", "dice", "afferma", "dichiara", "sottolineato",
      "secondo", "ha", "sagte", "sagt", "erklarte", "erklart", "betonte", "schrieb", "laut", "meinte", "dit",
      "declare", "affirme", "ajoute", "selon", "explique", "dijo", "afirmo", "declaro", "anadio", "segun",
      "explico", "disse", "afirmou", "declarou", "segundo", "acrescentou", "explicou"};
  return words;
}

bool is_speech(const FactToken& t) { return t.kind == TokenKind::kWord && t.folded != "ha" && speech_words().count(t.folded); }

// A run of capitalised words (a name) starting at j; returns its end token (j if none).
size_t name_run(const std::vector<FactToken>& t, size_t j, size_t limit) {
  size_t k = j;
  while (k < limit && t[k].kind == TokenKind::kWord && (t[k].capitalized || (k > j && (t[k].folded == "von" ||
                                                                                          t[k].folded == "de" ||
                                                                                          t[k].folded == "di")))) {
    ++k;
  }
  while (k > j && !t[k - 1].capitalized) --k;
  return k;
}

bool boundary(const FactToken& t) {
  return t.newline_before || (t.kind == TokenKind::kMark && (t.folded == "." || t.folded == "!" || t.folded == "?"));
}

// The speaker around a quote spanning tokens [qb, qe): a name next to a speech word in
// the same sentence, after the quote first ("…», ha detto Putin"), then before it.
std::string find_speaker(std::string_view text, const std::vector<FactToken>& t, size_t qb, size_t qe) {
  auto name_text = [&](size_t a, size_t b) {
    return std::string(text.substr(t[a].begin, t[b - 1].end - t[a].begin));
  };
  // After the quote.
  size_t limit = qe;
  while (limit < t.size() && limit < qe + 14 && !(limit > qe && boundary(t[limit]))) ++limit;
  for (size_t j = qe; j < limit; ++j) {
    if (!is_speech(t[j])) continue;
    // "said Putin" / "ha detto Putin" / "secondo Putin"
    for (size_t k = j + 1; k < limit && k < j + 4; ++k) {
      size_t e = name_run(t, k, limit);
      if (e > k) return name_text(k, e);
    }
    // "Putin said" after the quote: "…», Putin said."
    for (size_t k = j; k-- > qe && k + 4 > j;) {
      if (t[k].capitalized) {
        size_t s = k;
        while (s > qe && t[s - 1].capitalized) --s;
        return name_text(s, k + 1);
      }
    }
  }
  // Before the quote: "Putin ha detto: «…»", "Laut Scholz „…“".
  size_t start = qb;
  while (start > 0 && qb - start < 14 && !boundary(t[start])) --start;
  for (size_t j = start; j < qb; ++j) {
    if (!is_speech(t[j])) continue;
    for (size_t k = j + 1; k < qb && k < j + 4; ++k) {
      size_t e = name_run(t, k, qb);
      if (e > k)
        return name_text(k, e);
    }
    for (size_t k = j; k-- > start && k + 5 > j;) {
      if (t[k].capitalized && t[k].kind == TokenKind::kWord) {
        size_t s = k;
        while (s > start && t[s - 1].capitalized && t[s - 1].kind == TokenKind::kWord) --s;
        return name_text(s, k + 1);
      }
    }
  }
  return "";
}

}  // namespace

std::vector<QuoteMention> find_quotes(std::string_view text, std::string_view language) {
  return find_quotes(tokenize_facts(text), text, language);
}

std::vector<QuoteMention> find_quotes(const std::vector<FactToken>& t, std::string_view text,
                                      std::string_view language) {
  (void)language;  // the marks and speech words of all languages apply
  std::vector<QuoteMention> out;
  size_t i = 0;
  while (i < t.size()) {
    if (t[i].kind != TokenKind::kMark) { ++i; continue; }
    bool matched = false;
    for (const auto& p : kPairs) {
      if (t[i].folded != p.open) continue;
      // The closing mark, within one paragraph.
      size_t j = i + 1;
      while (j < t.size() && !(t[j].kind == TokenKind::kMark && t[j].folded == p.close) &&
             !(j > i + 1 && t[j].newline_before && t[j].folded != p.close))
        ++j;
      if (j >= t.size() || t[j].folded != p.close) continue;
      size_t words = 0;
      for (size_t k = i + 1; k < j; ++k) words += t[k].kind != TokenKind::kMark;
      if (words >= 3) {
        QuoteMention q;
        q.begin = t[i + 1].begin;
        q.end = t[j - 1].end;
        q.text.assign(text.substr(q.begin, q.end - q.begin));
        q.speaker = find_speaker(text, t, i, j + 1);
        out.push_back(std::move(q));
      }
      i = j + 1;
      matched = true;
      break;
    }
    if (!matched) ++i;
  }
  return out;
}

}  // namespace newsdesk::analyze
