#include "analyze/quantity_mentions.h"

#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analyze/fact_text.h"
#include "analyze/facts_tokens.h"
#include "analyze/quantity_numbers.h"
#include "core/bundle.h"
#include "text/concepts.h"

// The number lexicons (data/numbers/*.txt), linked in by src/analyze/CMakeLists.txt.
extern "C" const char newsdesk_blob_number_words[];
extern "C" const char newsdesk_blob_number_words_end[];

namespace newsdesk::analyze {
namespace {

using PhraseMap = std::unordered_map<std::string, std::string>;

void add_phrase(PhraseMap& map, size_t& max_words, std::string_view label, std::string_view phrase) {
  size_t words = 1;
  for (char c : phrase) words += c == ' ';
  max_words = std::max(max_words, words);
  map.emplace(std::string(phrase), std::string(label));
}

// Bounds, units and "dozens" words of data/numbers/mul.txt (all languages together: a
// phrase reads the same wherever it appears).
struct Tables {
  PhraseMap bounds, units;
  size_t bound_words = 1, unit_words = 1;
  std::unordered_set<std::string> dozens;
  Tables() {
    auto files = core::parse_bundle(std::string_view(newsdesk_blob_number_words,
                                                     newsdesk_blob_number_words_end - newsdesk_blob_number_words));
    auto mul = files.find("mul.txt");
    if (mul == files.end()) return;
    for (std::string_view line : core::lexicon_entries(mul->second)) {
      size_t a = line.find('\t');
      if (a == std::string_view::npos) continue;
      std::string_view kind = line.substr(0, a), rest = line.substr(a + 1);
      size_t b = rest.find('\t');
      if (kind == "dozens") {
        dozens.emplace(rest);
      } else if (b != std::string_view::npos && kind == "bound") {
        add_phrase(bounds, bound_words, rest.substr(0, b), rest.substr(b + 1));
      } else if (b != std::string_view::npos && kind == "unit") {
        add_phrase(units, unit_words, rest.substr(0, b), rest.substr(b + 1));
      }
    }
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

std::string currency_sign(std::string_view s) {
  if (s == "\u20AC") return "EUR";
  if (s == "$") return "USD";
  if (s == "\u00A3") return "GBP";
  if (s == "\u00A5") return "JPY";
  return "";
}

// Phrase of words from tokens[i] (joining '-' and '\''), longest first, in `map`.
std::optional<std::pair<std::string, size_t>> match_phrase(const std::vector<FactToken>& t, size_t i,
                                                           const PhraseMap& map, size_t max_words) {
  std::string phrase;
  std::optional<std::pair<std::string, size_t>> best;
  size_t words = 0;
  for (size_t j = i; j < t.size() && words < max_words; ++j) {
    if (t[j].kind == TokenKind::kMark) {
      if (words == 0 && map.count(t[j].folded)) return std::make_pair(map.at(t[j].folded), j + 1);
      if (words > 0 && (t[j].folded == "'" || t[j].folded == "-")) continue;
      break;
    }
    if (t[j].kind == TokenKind::kDigits && words > 0) break;
    if (words > 0) phrase += ' ';
    phrase += t[j].folded;
    ++words;
    if (auto it = map.find(phrase); it != map.end()) best = std::make_pair(it->second, j + 1);
  }
  return best;
}

bool sentence_end(const FactToken& t) {
  return t.kind == TokenKind::kMark && (t.folded == "." || t.folded == ";" || t.folded == "!" || t.folded == "?");
}

std::string count_from_concept(std::string_view id) {
  if (id == "ev:kill") return "killed";
  if (id == "ev:injure") return "injured";
  if (id == "ev:missing") return "missing";
  if (id == "ev:evacuate" || id == "ev:deport") return "displaced";
  if (id == "ev:arrest") return "arrested";
  if (id == "ev:troops") return "troops";
  return "";
}

// The count type an event word near the number gives: forward within the clause
// (up to 12 words, not past another number), then back up to 4 words.
std::string count_near(const std::vector<FactToken>& t, size_t first, size_t end, std::string_view language,
                       const std::vector<bool>& number_start) {
  // Concept lookups stem words, so single words are memoised per thread (phrases such
  // as "death toll" still match through their own words: "toll").
  thread_local std::unordered_map<std::string, std::string> memo;
  thread_local std::string memo_language;
  if (memo_language != language || memo.size() > 100000) {
    memo.clear();
    memo_language = std::string(language);
  }
  auto concept_at = [&](size_t j) -> std::string {
    if (t[j].kind != TokenKind::kWord || t[j].folded.size() < 3) return "";
    auto hit = memo.find(t[j].folded);
    if (hit != memo.end()) return hit->second;
    std::vector<std::string> window;  // the word and the few after it (phrases)
    for (size_t k = j; k < t.size() && window.size() < 4; ++k)
      if (t[k].kind == TokenKind::kWord) window.push_back(t[k].folded);
    auto m = text::match_concept(language, window, 0);
    std::string c = m && m->words == 1 ? count_from_concept(m->id) : "";
    if (m && m->words > 1) return count_from_concept(m->id);  // a phrase: not memoised
    memo.emplace(t[j].folded, c);
    return c;
  };
  // A verb right before the number wins: "kills 7, injures dozens" (7 killed).
  size_t words = 0;
  for (size_t j = first; j-- > 0 && words < 2;) {
    if (sentence_end(t[j]) || t[j + 1].newline_before || number_start[j]) break;
    if (t[j].kind != TokenKind::kWord) continue;
    ++words;
    std::string c = concept_at(j);
    if (!c.empty() && c != "troops") return c;
  }
  words = 0;
  for (size_t j = end; j < t.size() && words < 12; ++j) {
    if (sentence_end(t[j]) || t[j].newline_before) break;
    if (number_start[j]) break;
    if (t[j].kind != TokenKind::kWord) continue;
    ++words;
    std::string c = concept_at(j);
    if (!c.empty() && c != "troops") return c;
  }
  words = 0;
  for (size_t j = first; j-- > 0 && words < 4;) {
    if (sentence_end(t[j]) || t[j + 1].newline_before) break;
    if (number_start[j]) break;
    if (t[j].kind != TokenKind::kWord) continue;
    ++words;
    std::string c = concept_at(j);
    if (!c.empty() && c != "troops") return c;
  }
  return "";
}

}  // namespace

std::vector<QuantityMention> find_quantities(std::string_view text, std::string_view language,
                                             const std::vector<std::pair<size_t, size_t>>& skip) {
  return find_quantities(tokenize_facts(text), text, language, skip);
}

std::vector<QuantityMention> find_quantities(const std::vector<FactToken>& t, std::string_view text,
                                             std::string_view language,
                                             const std::vector<std::pair<size_t, size_t>>& skip) {
  return find_quantities(FactText(t, language), text, skip);
}

std::vector<QuantityMention> find_quantities(const FactText& fact_text, std::string_view text,
                                             const std::vector<std::pair<size_t, size_t>>& skip) {
  const std::vector<FactToken>& t = fact_text.tokens();
  const std::string_view language = fact_text.language();
  std::vector<NumberMention> numbers = find_numbers(fact_text);
  std::vector<bool> number_start(t.size() + 1, false);
  for (const auto& n : numbers)
    if (!n.article_only) number_start[n.first_token] = true;
  const Tables& tab = tables();
  std::vector<QuantityMention> out;
  for (const auto& n : numbers) {
    if (n.article_only) continue;
    bool skipped = false;
    for (auto& [b, e] : skip) skipped |= n.begin < e && n.end > b;
    if (skipped) continue;
    // Times and scores ("8:30", "2-1") are no quantities.
    size_t f = n.first_token, e = n.end_token;
    if (e < t.size() && !t[e].space_before && (t[e].folded == ":" || t[e].folded == "/")) continue;
    if (f > 0 && !t[f].space_before && (t[f - 1].folded == ":" || t[f - 1].folded == "/")) continue;
    QuantityMention q;
    q.value = n.value;
    // "dozens", "decine di", "Dutzende": at least two dozen (tens: at least twenty)
    if (n.words && n.end_token == n.first_token + 1) {
      if (tab.dozens.count(t[f].folded)) {
        q.value = 24;
        q.bound = "at_least";
      }
    }
    size_t begin_tok = f, end_tok = e;
    // Unit: a currency sign before; a unit word after ("soldati", "%", "di euro", "km").
    if (f > 0 && !currency_sign(t[f - 1].folded).empty()) {
      q.unit = currency_sign(t[f - 1].folded);
      begin_tok = f - 1;
      // "£5m", "$2bn", "€300k": after a currency sign the letters are a scale
      if (n.glued_unit && e < t.size()) {
        const std::string& w = t[e].folded;
        double scale = w == "m" || w == "mn" || w == "mln" ? 1e6 : w == "bn" || w == "b" ? 1e9 : w == "k" ? 1e3 : 0;
        if (scale > 0) {
          q.value *= scale;
          end_tok = e + 1;
        }
      }
    }
    if (q.unit.empty() && e < t.size()) {
      size_t j = e;
      auto u = match_phrase(t, j, tab.units, tab.unit_words);
      if (!u && j + 1 < t.size() && t[j].kind == TokenKind::kWord &&
          (t[j].folded == "di" || t[j].folded == "de" || t[j].folded == "of" || t[j].folded == "d" ||
           t[j].folded == "del" || t[j].folded == "dei")) {
        size_t k = j + 1;
        if (k < t.size() && t[k].folded == "'") ++k;
        u = match_phrase(t, k, tab.units, tab.unit_words);
      }
      if (u && !(n.glued_unit && u->first != "m" && u->first != "km" && u->first != "ha" && u->first != "kg" &&
                 u->first != "km2" && u->first != "%" && u->first != "t")) {
        q.unit = u->first;
        end_tok = u->second;
      } else if (n.glued_unit) {
        continue;  // "A4", "G7"-like blends
      }
    }
    // Bare years ("nel 2025" when no date finder ran, "2024" alone) are no quantities.
    if (q.unit.empty() && !n.words && n.value >= 1900 && n.value <= 2100 && std::floor(n.value) == n.value &&
        t[f].folded.size() == 4 && e == f + 1)
      continue;
    // Bound before the number: the longest phrase ending right before it.
    for (size_t back = std::min<size_t>(begin_tok, tab.bound_words + 1); back >= 1; --back) {
      size_t s = begin_tok - back;
      auto b = match_phrase(t, s, tab.bounds, tab.bound_words);
      if (b && (b->second == begin_tok || (b->second + 1 == begin_tok && t[b->second].folded == "."))) {
        if (q.bound == "at_least" && b->first == "about") q.bound = "at_least";  // "some dozens"
        else q.bound = b->first;
        begin_tok = s;
        break;
      }
    }
    if (q.unit == "EUR" || q.unit == "USD" || q.unit == "GBP" || q.unit == "CHF" || q.unit == "JPY" ||
        q.unit == "CNY" || q.unit == "RUB") {
      q.counts = "money";
    } else if (q.unit.empty() || q.unit == "people" || q.unit == "soldiers") {
      q.counts = count_near(t, begin_tok, end_tok, language, number_start);
      if (q.counts.empty() && q.unit == "soldiers") q.counts = "troops";
    }
    q.begin = t[begin_tok].begin;
    q.end = t[end_tok - 1].end;
    q.text.assign(text.substr(q.begin, q.end - q.begin));
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace newsdesk::analyze
