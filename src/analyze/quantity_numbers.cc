#include "analyze/quantity_numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analyze/fact_text.h"
#include "core/bundle.h"
#include "core/string_map.h"

// The number lexicons (data/numbers/*.txt), linked in by src/analyze/CMakeLists.txt.
extern "C" const char newsdesk_blob_number_words[];
extern "C" const char newsdesk_blob_number_words_end[];

namespace newsdesk::analyze {
namespace {

// strtod without exceptions: a 400-digit run is a huge number, not an error.
double to_double(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

// Morpheme kinds of number words.
enum class Morph : char {
  kAdd = 'u',       // 0..99 added: "tre", "vent", "zwanzig"
  kHundred = 'h',   // multiplies what precedes by 100: "hundred", "cento", "hundert"
  kHundreds = 'c',  // a fixed hundred added: "doscientos", "duzentos", "cien"
  kScale = 's',     // thousand and up: "mila", "Millionen"
  kDozen = 'd',     // multiplies by 12: "dozzine"
  kArticle = 'a',   // one, only before a multiplier: "a", "un", "ein"
  kConnector = 'k', // "and", "e", "y", "et", "und"
  kHalf = 'f',      // adds a half to what precedes: "einhalb"
  kAbbrev = 'S',    // a scale written only after digits: "mln", "Mrd", "bn"
};

struct MorphEntry {
  Morph kind;
  double value;
};

// Morphemes are looked up by string_view slices of a word.
using MorphMap = core::StringMap<MorphEntry>;

struct Lexicon {
  MorphMap map;
  std::vector<bool> starts = std::vector<bool>(65536, false);  // first two bytes of some morpheme
  size_t max_len = 1;
  auto find(std::string_view s) const { return map.find(s); }
  auto end() const { return map.end(); }
  size_t count(const std::string& s) const { return map.count(s); }
  void emplace(const std::string& form, MorphEntry e) {
    map.emplace(form, e);
    max_len = std::max(max_len, form.size());
    auto b0 = static_cast<unsigned char>(form[0]);
    auto b1 = form.size() > 1 ? static_cast<unsigned char>(form[1]) : 0;
    starts[b0 * 256 + b1] = true;
  }
  // Whether some morpheme can start at word[pos].
  bool may_start(std::string_view word, size_t pos) const {
    auto b0 = static_cast<unsigned char>(word[pos]);
    if (starts[b0 * 256]) return true;  // a one-byte morpheme
    return pos + 1 < word.size() && starts[b0 * 256 + static_cast<unsigned char>(word[pos + 1])];
  }
};

Morph morph_of(std::string_view kind) {
  if (kind == "add") return Morph::kAdd;
  if (kind == "hundred") return Morph::kHundred;
  if (kind == "hundreds") return Morph::kHundreds;
  if (kind == "scale") return Morph::kScale;
  if (kind == "dozen") return Morph::kDozen;
  if (kind == "article") return Morph::kArticle;
  if (kind == "connector") return Morph::kConnector;
  if (kind == "half") return Morph::kHalf;
  return Morph::kAbbrev;
}

// The fields of one TAB-separated line.
std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    if (tab == std::string_view::npos) return out;
    pos = tab + 1;
  }
}

// One language's data/numbers/<lang>.txt: morphemes, fraction words and the small
// word classes the fraction and decimal readers ask about.
struct LanguageWords {
  Lexicon lex;
  std::unordered_map<std::string, double> denominators;
  std::vector<std::pair<std::string, unsigned>> classes;  // form, bits of class_bit(); a handful
};

// The word classes of data/numbers/<lang>.txt beside morphemes and fractions; a form
// may be in several ("con" joins and marks the decimal point in Spanish).
unsigned class_bit(std::string_view cls) {
  if (cls == "connector") return 1;
  if (cls == "half") return 2;
  if (cls == "over") return 4;
  if (cls == "point") return 8;
  return 0;
}

LanguageWords parse_language(std::string_view body) {
  LanguageWords out;
  for (std::string_view line : core::lexicon_entries(body)) {
    auto f = fields_of(line);
    if (f[0] == "word" && f.size() == 4) {
      std::string form(f[1]);
      Morph kind = morph_of(f[2]);
      double value = to_double(std::string(f[3]));
      // An abbreviation entry never replaces a word entry of the same spelling.
      if (kind == Morph::kAbbrev && out.lex.count(form)) {
        out.lex.emplace(form + "#", MorphEntry{kind, value});
        continue;
      }
      out.lex.emplace(form, MorphEntry{kind, value});
    } else if (f[0] == "fraction" && f.size() == 3) {
      out.denominators.emplace(std::string(f[1]), to_double(std::string(f[2])));
    } else if (f.size() == 2) {
      auto known = std::find_if(out.classes.begin(), out.classes.end(), [&](const auto& c) { return c.first == f[1]; });
      if (known == out.classes.end()) out.classes.emplace_back(std::string(f[1]), class_bit(f[0]));
      else known->second |= class_bit(f[0]);
    }
  }
  return out;
}

using LanguageTable = std::vector<std::pair<std::string, LanguageWords>>;

const LanguageTable& languages() {
  static const LanguageTable all = [] {
    LanguageTable out;
    auto files = core::parse_bundle(std::string_view(newsdesk_blob_number_words,
                                                     newsdesk_blob_number_words_end - newsdesk_blob_number_words));
    for (const auto& [name, body] : files) {
      std::string lang = core::language_of_file(name);
      if (lang != "mul") out.emplace_back(lang, parse_language(body));
    }
    return out;
  }();
  return all;
}

const LanguageWords* words_for(std::string_view language) {
  if (language.size() < 2) return nullptr;
  // Asked for on every token, mostly in one language: remember the last answer.
  thread_local char c0 = 0, c1 = 0;
  thread_local const LanguageWords* last = nullptr;
  if (language[0] == c0 && language[1] == c1) return last;
  const LanguageWords* found = nullptr;
  for (const auto& [lang, words] : languages())
    if (lang.size() == 2 && lang[0] == language[0] && lang[1] == language[1]) found = &words;
  c0 = language[0], c1 = language[1], last = found;
  return found;
}

const Lexicon* lexicon_for(std::string_view language) {
  const LanguageWords* w = words_for(language);
  if (!w) w = words_for("en");
  static const Lexicon empty;
  return w ? &w->lex : &empty;
}

bool is_english(std::string_view language) { return language.substr(0, 2) == "en"; }

// Splits a folded word into number morphemes (all of it, longest pieces first);
// `failed` remembers offsets from which no split exists, so the search stays linear.
bool segment_from(const Lexicon& lex, std::string_view word, size_t pos, std::vector<MorphEntry>& out,
                  std::vector<char>& failed) {
  if (pos == word.size()) return true;
  if (failed[pos] || !lex.may_start(word, pos)) return false;
  size_t max_len = std::min<size_t>(word.size() - pos, lex.max_len);
  for (size_t len = max_len; len >= 1; --len) {
    auto it = lex.find(word.substr(pos, len));
    if (it == lex.end() || it->second.kind == Morph::kAbbrev) continue;
    out.push_back(it->second);
    if (segment_from(lex, word, pos + len, out, failed)) return true;
    out.pop_back();
  }
  failed[pos] = 1;
  return false;
}

// Memoised per thread and lexicon: texts repeat their words, and most are no numbers.
bool segment(const Lexicon& lex, std::string_view word, std::vector<MorphEntry>& out) {
  if (word.empty() || word.size() > 96) return word.empty();
  if (!lex.may_start(word, 0)) return false;
  struct Memo {
    core::StringMap<std::optional<std::vector<MorphEntry>>> words;
  };
  thread_local std::unordered_map<const Lexicon*, Memo> memos;
  Memo& memo = memos[&lex];
  if (auto it = memo.words.find(word); it != memo.words.end()) {
    if (!it->second) return false;
    out.insert(out.end(), it->second->begin(), it->second->end());
    return true;
  }
  if (memo.words.size() > 200000) memo.words.clear();
  std::vector<MorphEntry> found;
  std::vector<char> failed(word.size() + 1, 0);
  bool ok = segment_from(lex, word, 0, found, failed);
  memo.words.emplace(std::string(word), ok ? std::optional<std::vector<MorphEntry>>(found) : std::nullopt);
  if (ok) out.insert(out.end(), found.begin(), found.end());
  return ok;
}

// Accumulates morphemes into a value, refusing sequences no one writes ("one two").
struct Accumulator {
  double total = 0, cur = 0;
  double last_scale = 0;  // smallest scale used so far (0 none)
  double last_add = 0;    // last additive value
  bool any = false;
  bool pending_article = false;
  bool after_connector = false;
  bool german = false;
  bool french = false;
  bool only_article = true;

  bool add(const MorphEntry& m, bool first_in_word, bool next_is_multiplier) {
    switch (m.kind) {
      case Morph::kArticle:
        if (any && (!first_in_word || after_connector) && last_add >= 20 && std::fmod(cur, 10) == 0) {
          cur += 1;  // "ventun", "vingt et un" inside words
          last_add = 1;
          only_article = false;
          return true;
        }
        if (any && german && after_connector) {  // "zweiundein..." rare
          return false;
        }
        if (any) {
          // "einhundert..." / "eintausend" inside one word after a scale
          if (!next_is_multiplier) return false;
        }
        cur += 1;
        last_add = 1;
        any = true;
        return true;
      case Morph::kAdd: {
        double v = m.value;
        double small = std::fmod(cur, 100);
        bool ok = small == 0 || (last_add >= 20 && v < 10 && std::fmod(last_add, 10) == 0 && small == last_add) ||
                  // French 70-79 and 90-99: "soixante-dix", "quatre-vingt-dix-sept"
                  ((last_add == 60 || last_add == 80) && small == last_add && v >= 10 && v < 20) ||
                  (french && last_add == 10 && v >= 7 && v <= 9 && (small == 10 || small == 70 || small == 90)) ||
                  (german && after_connector && last_add < 10 && v >= 20 && std::fmod(v, 10) == 0);
        if (!ok) return false;
        cur += v;
        last_add = v;
        any = true;
        only_article = false;
        after_connector = false;
        return true;
      }
      case Morph::kHundred:
        if (std::fmod(cur, 100) == 0 && cur >= 100) return false;
        if (cur >= 100) return false;
        cur = (cur == 0 ? 1 : cur) * 100;
        last_add = 100;
        any = true;
        only_article = false;
        return true;
      case Morph::kHundreds:
        if (std::fmod(cur, 1000) != 0) return false;
        cur += m.value;
        last_add = m.value;
        any = true;
        only_article = false;
        return true;
      case Morph::kScale:
      case Morph::kAbbrev: {
        double s = m.value;
        double v = cur;
        if (cur != 0) {
          // "two thousand three thousand" is two numbers; but the long-scale idiom
          // "cuatrocientos cincuenta y cinco mil doscientos veintiocho millones" groups thousands of millions.
          if (!parts.empty() && parts.back().second == 1000 && s >= 1e6) {
            v += parts.back().first;
            parts.pop_back();
          }
          for (auto& p : parts)
            if (p.second <= s) return false;
        } else {
          // "mil millones", "cuatrocientos cincuenta y cinco mil millones": the smaller
          // scales before this one multiply with it.
          while (!parts.empty() && parts.back().second < s) {
            v += parts.back().first;
            parts.pop_back();
          }
          if (!parts.empty() && parts.back().second == s) return false;
        }
        parts.emplace_back((v == 0 ? 1 : v) * s, s);
        cur = 0;
        last_scale = s;
        last_add = 0;
        any = true;
        only_article = false;
        return true;
      }
      case Morph::kDozen:
        // "three hundred and two dozens" = 300 + 2 x 12
        if (last_add > 0 && last_add < 100) {
          cur = cur - last_add + last_add * 12;
        } else {
          cur = (cur == 0 ? 1 : cur) * 12;
        }
        last_add = 12;
        any = true;
        only_article = false;
        return true;
      case Morph::kHalf:
        if (!any || std::fmod(cur, 1) != 0) return false;
        cur += 0.5;
        last_add = 0.5;
        only_article = false;
        return true;
      case Morph::kConnector:
        return false;
    }
    return false;
  }
  double value() const {
    double v = total + cur;
    for (auto& p : parts) v += p.first;
    return v;
  }
  std::vector<std::pair<double, double>> parts;  // (value, scale) of finished scale groups
};

bool is_multiplier(Morph k) {
  return k == Morph::kHundred || k == Morph::kScale || k == Morph::kDozen || k == Morph::kAbbrev ||
         k == Morph::kHundreds;
}

// A word made of number morphemes, with hyphen-joined continuations ("twenty-one",
// "quatre-vingt-dix"): returns the morphemes and the token after the word.
bool read_word(const Lexicon& lex, const std::vector<FactToken>& t, size_t i, std::vector<MorphEntry>& morphs,
               size_t& next) {
  // Digits mixed with words: "3 hundred and 21", "4 thousand 3 hundred".
  if (i < t.size() && t[i].kind == TokenKind::kDigits && t[i].folded.size() <= 3 &&
      !(i + 1 < t.size() && !t[i + 1].space_before && t[i + 1].kind != TokenKind::kWord) &&
      !(i > 0 && !t[i].space_before)) {
    double v = to_double(t[i].folded);
    morphs.assign(1, MorphEntry{v < 100 ? Morph::kAdd : Morph::kHundreds, v});
    next = i + 1;
    return true;
  }
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return false;
  std::string joined = t[i].folded;
  size_t j = i + 1;
  size_t end = i + 1;
  while (j + 1 < t.size() && t[j].kind == TokenKind::kMark && (t[j].folded == "-") && !t[j].space_before &&
         !t[j + 1].space_before && t[j + 1].kind == TokenKind::kWord) {
    std::vector<MorphEntry> probe;
    if (!segment(lex, t[j + 1].folded, probe)) break;
    joined += t[j + 1].folded;
    j += 2;
    end = j;
  }
  morphs.clear();
  // Try the hyphen-joined form, then shorter ones.
  while (true) {
    if (segment(lex, joined, morphs)) {
      next = end;
      return true;
    }
    if (end == i + 1) return false;
    end -= 2;
    joined = t[i].folded;
    for (size_t k = i + 2; k < end; k += 2) joined += t[k].folded;
  }
}

bool is_digits(const FactToken& t) { return t.kind == TokenKind::kDigits; }
bool is_mark(const FactToken& t, std::string_view m) { return t.kind == TokenKind::kMark && t.folded == m; }

// Digits in the locale's notation starting at t[i]; sets value and the end token.
bool read_digits(const std::vector<FactToken>& t, size_t i, bool english, double& value, size_t& next) {
  std::vector<std::string> groups{t[i].folded};
  std::vector<char> seps;
  size_t j = i + 1;
  while (j + 1 < t.size() && is_digits(t[j + 1]) && !t[j + 1].space_before) {
    const FactToken& s = t[j];
    if (s.kind == TokenKind::kMark && !s.space_before && (s.folded == "." || s.folded == ",")) {
      seps.push_back(s.folded[0]);
      groups.push_back(t[j + 1].folded);
      j += 2;
    } else {
      break;
    }
  }
  // Space-separated thousands: "1 234 567", "40 000" (groups of exactly three digits).
  if (seps.empty() && groups[0].size() <= 3) {
    size_t k = i + 1;
    std::vector<std::string> extra;
    while (k < t.size() && is_digits(t[k]) && t[k].space_before && !t[k].newline_before && t[k].folded.size() == 3 &&
           !(k + 1 < t.size() && is_digits(t[k + 1]) && !t[k + 1].space_before)) {
      extra.push_back(t[k].folded);
      ++k;
    }
    // A following decimal part: "1 234 567,89"
    if (!extra.empty()) {
      std::string all = groups[0];
      for (auto& e : extra) all += e;
      double v = to_double(all);
      if (k + 1 < t.size() && !t[k].space_before && is_mark(t[k], english ? "." : ",") && is_digits(t[k + 1]) &&
          !t[k + 1].space_before) {
        v = to_double(all + "." + t[k + 1].folded);
        k += 2;
      }
      value = v;
      next = k;
      return true;
    }
  }
  // Decide which separator is the decimal one.
  char thousands = english ? ',' : '.', decimal = english ? '.' : ',';
  if (!seps.empty()) {
    bool mixed = false;
    for (char c : seps) mixed |= c != seps[0];
    if (mixed) {
      decimal = seps.back();
      thousands = decimal == '.' ? ',' : '.';
    } else {
      bool groups_of_three = groups[0].size() <= 3;
      for (size_t g = 1; g < groups.size(); ++g) groups_of_three &= groups[g].size() == 3;
      bool in_list = i >= 2 && !t[i].space_before && t[i - 1].kind == TokenKind::kMark &&
                     t[i - 1].folded == std::string(1, seps[0]) && t[i - 2].kind == TokenKind::kDigits;
      if (in_list && seps.size() == 1) {  // the tail of "192.168.1.2": each group is a number
        groups.resize(1);
        seps.clear();
        j = i + 1;
      } else if (seps.size() > 1) {
        if (!groups_of_three) {  // "1.2.3": keep only the first group
          groups.resize(1);
          seps.clear();
          j = i + 1;
        } else {
          thousands = seps[0];
          decimal = seps[0] == '.' ? ',' : '.';
        }
      } else if (seps[0] == thousands && !groups_of_three) {
        // "5.3" in Italian, "1,3" in English; but in a list "22,24,26,31" each is a number.
        bool in_list = i >= 2 && !t[i].space_before && t[i - 1].kind == TokenKind::kMark &&
                       t[i - 1].folded == std::string(1, seps[0]) && t[i - 2].kind == TokenKind::kDigits;
        if (in_list) {
          groups.resize(1);
          seps.clear();
          j = i + 1;
        } else {
          std::swap(thousands, decimal);
        }
      }
    }
  }
  std::string num = groups[0];
  for (size_t g = 0; g < seps.size(); ++g) {
    if (seps[g] == decimal) num += '.';
    num += groups[g + 1];
  }
  value = to_double(num);
  next = j;
  return true;
}

// Fractions and decimals around a plain number (in quantity_numbers_fraction part below).
std::optional<NumberMention> extend_number(const std::vector<FactToken>& t, NumberMention m, std::string_view language);
std::optional<NumberMention> half_multiplier(const std::vector<FactToken>& t, size_t i, std::string_view language);
std::optional<double> vulgar_fraction(std::string_view mark);

}  // namespace

// A number without fractions or decimals in words (defined below read_number_at's helpers).
std::optional<NumberMention> read_plain_number(const std::vector<FactToken>& t, size_t i, std::string_view language);

std::optional<double> number_word_value(std::string_view folded_word, std::string_view language) {
  const Lexicon& lex = *lexicon_for(language);
  std::vector<MorphEntry> morphs;
  if (!segment(lex, folded_word, morphs)) return std::nullopt;
  Accumulator acc;
  acc.german = language.substr(0, 2) == "de";
  acc.french = language.substr(0, 2) == "fr";
  for (size_t k = 0; k < morphs.size(); ++k) {
    if (morphs[k].kind == Morph::kConnector) {
      acc.after_connector = true;
      continue;
    }
    bool next_mult = k + 1 < morphs.size() && is_multiplier(morphs[k + 1].kind);
    if (!acc.add(morphs[k], k == 0, next_mult)) return std::nullopt;
  }
  if (!acc.any || acc.only_article) return std::nullopt;
  return acc.value();
}

std::optional<NumberMention> read_plain_number(const std::vector<FactToken>& t, size_t i, std::string_view language) {
  if (i >= t.size()) return std::nullopt;
  const Lexicon& lex = *lexicon_for(language);
  bool english = is_english(language);
  NumberMention m;
  m.first_token = i;
  bool negative = false;
  size_t start = i;
  if ((is_mark(t[i], "-") || is_mark(t[i], "\u2212")) && i + 1 < t.size() && is_digits(t[i + 1]) &&
      (!t[i + 1].space_before || i == 0) && (i == 0 || t[i].space_before || t[i - 1].kind == TokenKind::kMark)) {
    negative = true;
    ++i;
  } else if (english && t[i].kind == TokenKind::kWord && (t[i].folded == "minus" || t[i].folded == "negative") &&
             i + 1 < t.size() && t[i + 1].kind != TokenKind::kMark) {
    auto rest = read_number_at(t, i + 1, language);
    if (!rest || rest->article_only) return std::nullopt;
    rest->value = -rest->value;
    rest->first_token = i;
    rest->begin = t[i].begin;
    return rest;
  }
  bool digits_then_words = false;
  if (is_digits(t[i]) && t[i].folded.size() <= 3 && i + 1 < t.size() && t[i + 1].kind == TokenKind::kWord &&
      t[i + 1].space_before && !negative) {
    auto w = lex.find(t[i + 1].folded);
    digits_then_words = w != lex.end() && (w->second.kind == Morph::kHundred || w->second.kind == Morph::kScale);
  }
  if (is_digits(t[i]) && !digits_then_words) {
    double v = 0;
    size_t next = i + 1;
    read_digits(t, i, english, v, next);
    // A scale word or abbreviation after the digits: "1,5 milioni", "10M", "300 Milliarden".
    if (next < t.size() && t[next].kind == TokenKind::kWord) {
      auto it = lex.find(t[next].folded);
      if (it != lex.end() && it->second.kind != Morph::kScale && it->second.kind != Morph::kAbbrev &&
          it->second.kind != Morph::kDozen)
        it = lex.find(t[next].folded + "#");
      bool glued = !t[next].space_before;
      if (it != lex.end() &&
          (it->second.kind == Morph::kScale || it->second.kind == Morph::kAbbrev || it->second.kind == Morph::kDozen)) {
        const FactToken& w = t[next];
        bool abbrev_ok = it->second.kind != Morph::kAbbrev || w.folded.size() > 1 || w.capitalized ||
                         w.folded == "k" || (w.folded == "b" && glued);
        // "5 k" must end there: "5 kg", "10 m2" are units
        if (it->second.kind == Morph::kAbbrev && next + 1 < t.size() && !t[next + 1].space_before &&
            t[next + 1].kind != TokenKind::kMark)
          abbrev_ok = false;
        if (!abbrev_ok && glued) m.glued_unit = true;  // "1m": metres or minutes, not a million
        if (abbrev_ok) {
          v *= it->second.value;
          ++next;
          // "mil millones"
          if (next < t.size() && t[next].kind == TokenKind::kWord) {
            auto it2 = lex.find(t[next].folded);
            if (it2 != lex.end() && it2->second.kind == Morph::kScale && it2->second.value > it->second.value) {
              v *= it2->second.value;
              ++next;
            }
          }
          glued = false;
        }
      } else if (glued) {
        m.glued_unit = true;
      }
    }
    m.value = negative ? -v : v;
    m.begin = t[start].begin;
    m.end_token = next;
    m.end = t[next - 1].end;
    return m;
  }
  if (t[i].kind != TokenKind::kWord && !digits_then_words) return std::nullopt;
  // Number words, word by word.
  Accumulator acc;
  acc.german = language.substr(0, 2) == "de";
  acc.french = language.substr(0, 2) == "fr";
  size_t pos = i;
  size_t good_end = i;
  double good_value = 0;
  bool good_only_article = false;
  std::vector<MorphEntry> morphs;
  bool first_word = true;
  while (pos < t.size()) {
    size_t next = pos;
    if (!first_word && t[pos].kind == TokenKind::kWord) {
      auto c = lex.find(t[pos].folded);
      if (c != lex.end() && c->second.kind == Morph::kConnector) {
        // "one hundred and six", "vingt et un", "treinta y cinco": only when a number follows.
        size_t after = pos + 1;
        std::vector<MorphEntry> probe;
        size_t dummy;
        if (!read_word(lex, t, after, probe, dummy)) break;
        if (probe.size() == 1 && probe[0].value == 0 && probe[0].kind == Morph::kAdd) break;  // "... and 0"
        Accumulator trial = acc;
        trial.after_connector = true;
        bool ok = true;
        for (size_t k = 0; k < probe.size() && ok; ++k) {
          if (probe[k].kind == Morph::kConnector) { trial.after_connector = true; continue; }
          bool nm = k + 1 < probe.size() && is_multiplier(probe[k + 1].kind);
          ok = trial.add(probe[k], k == 0, nm);
        }
        if (!ok) break;
        acc.after_connector = true;
        pos = after;
        continue;
      }
    }
    if (!read_word(lex, t, pos, morphs, next)) break;
    if (!first_word && t[pos].newline_before) break;
    Accumulator trial = acc;
    bool ok = true;
    for (size_t k = 0; k < morphs.size() && ok; ++k) {
      if (morphs[k].kind == Morph::kConnector) {
        if (k == 0 || k + 1 == morphs.size()) ok = false;
        trial.after_connector = true;
        continue;
      }
      bool next_mult = (k + 1 < morphs.size() && is_multiplier(morphs[k + 1].kind));
      if (!next_mult && k + 1 == morphs.size() && morphs[k].kind == Morph::kArticle) {
        // An article word: a multiplier must follow as the next word.
        std::vector<MorphEntry> probe;
        size_t dummy;
        if (read_word(lex, t, next, probe, dummy) && !probe.empty() && is_multiplier(probe[0].kind))
          next_mult = true;
      }
      ok = trial.add(morphs[k], k == 0, next_mult);
    }
    if (!ok) {
      // A lone article is still a one (RT counts "ein", "una"); callers may drop it.
      if (first_word && morphs.size() == 1 && morphs[0].kind == Morph::kArticle) {
        good_end = next;
        good_value = 1;
        good_only_article = true;
      }
      break;
    }
    acc = trial;
    acc.after_connector = false;
    first_word = false;
    pos = next;
    good_end = next;
    good_value = acc.value();
    good_only_article = acc.only_article;
  }
  if (good_end == i) return std::nullopt;
  m.words = true;
  m.article_only = good_only_article;
  m.value = good_value;
  m.begin = t[i].begin;
  m.end_token = good_end;
  m.end = t[good_end - 1].end;
  return m;
}

std::optional<NumberMention> read_number_at(const std::vector<FactToken>& t, size_t i, std::string_view language) {
  if (i >= t.size()) return std::nullopt;
  if (auto h = half_multiplier(t, i, language)) return extend_number(t, *h, language);
  auto m = read_plain_number(t, i, language);
  if (!m) {
    // A vulgar fraction or a leading decimal separator: "½", ".08", ",08"
    if (t[i].kind == TokenKind::kMark) {
      if (auto f = vulgar_fraction(t[i].folded)) {
        NumberMention v;
        v.first_token = i;
        v.end_token = i + 1;
        v.begin = t[i].begin;
        v.end = t[i].end;
        v.value = *f;
        return v;
      }
      bool english = is_english(language);
      if ((t[i].folded == (english ? "." : ",")) && i + 1 < t.size() && is_digits(t[i + 1]) && !t[i + 1].space_before &&
          (i == 0 || t[i].space_before) && !(i + 2 < t.size() && !t[i + 2].space_before && t[i + 2].kind != TokenKind::kMark)) {
        NumberMention v;
        v.first_token = i;
        v.end_token = i + 2;
        v.begin = t[i].begin;
        v.end = t[i + 1].end;
        v.value = to_double("0." + t[i + 1].folded);
        return v;
      }
    }
    return std::nullopt;
  }
  // English "one" as a pronoun: "the one you mentioned", "which one".
  if (is_english(language) && m->words && m->end_token == i + 1 && t[i].folded == "one" && i > 0 &&
      t[i - 1].kind == TokenKind::kWord) {
    static const char* kDet[] = {"the", "that", "this", "which", "each", "any", "every", "no", "another", "one"};
    for (const char* d : kDet)
      if (t[i - 1].folded == d) return std::nullopt;
  }
  if (m->article_only || m->glued_unit) {
    // "a half", "un quinto": an article as numerator; "1.3x10^6": the letters were a power
    auto e = extend_number(t, *m, language);
    if (e && e->end_token > m->end_token) {
      e->glued_unit = false;
      return e;
    }
    return m;
  }
  return extend_number(t, *m, language);
}

std::vector<NumberMention> find_numbers(const std::vector<FactToken>& tokens, std::string_view language) {
  return find_numbers(FactText(tokens, language));
}

std::vector<NumberMention> find_numbers(const FactText& text) {
  const std::vector<FactToken>& tokens = text.tokens();
  std::vector<NumberMention> out;
  size_t i = 0;
  while (i < tokens.size()) {
    const FactToken& t = tokens[i];
    bool candidate = t.kind == TokenKind::kDigits || t.kind == TokenKind::kWord || t.kind == TokenKind::kMark;
    // A word glued after digits or letters is not a number start ("COVID-19" is not -19).
    if (candidate && t.kind == TokenKind::kDigits && i > 0 && !t.space_before &&
        tokens[i - 1].kind == TokenKind::kWord) {
      ++i;
      continue;
    }
    if (candidate) {
      if (const auto& m = text.number_at(i)) {
        out.push_back(*m);
        i = m->end_token;
        continue;
      }
    }
    // Skip the rest of a word-digit blend ("A4", "x86").
    ++i;
  }
  return out;
}

std::vector<NumberMention> find_numbers(std::string_view text, std::string_view language) {
  return find_numbers(tokenize_facts(text), language);
}

}  // namespace newsdesk::analyze

namespace newsdesk::analyze {
namespace {

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() > suf.size() && s.substr(s.size() - suf.size()) == suf;
}

// The denominator a fraction word names: "thirds" 3, "venticinquesimi" 25, "zwanzigstel" 20.
std::optional<double> denominator_value(std::string_view w, std::string_view language) {
  std::string lang(language.substr(0, 2));
  const LanguageWords* words = words_for(lang);
  auto direct = [&](std::string_view x) -> std::optional<double> {
    if (!words) return std::nullopt;
    auto it = words->denominators.find(std::string(x));
    if (it != words->denominators.end()) return it->second;
    return std::nullopt;
  };
  if (auto d = direct(w)) return d;
  if (lang == "en" && ends_with(w, "s"))
    if (auto d = direct(w.substr(0, w.size() - 1))) return d;
  auto number = [&](std::string_view root) -> std::optional<double> {
    if (root.empty()) return std::nullopt;
    return number_word_value(root, language);
  };
  if (lang == "en") {
    // "twentyfifth" (from "twenty-fifth"), "onehundredth"
    std::string_view x = ends_with(w, "s") ? w.substr(0, w.size() - 1) : w;
    for (size_t cut = 1; cut + 3 < x.size(); ++cut) {
      std::string_view tail = x.substr(cut);
      auto d = tail == "first" ? std::optional<double>(1) : tail == "second" ? std::optional<double>(2) : direct(tail);
      if (!d) continue;
      auto p = number(x.substr(0, cut));
      if (!p) continue;
      return *d >= 100 ? *p * *d : *p + *d;
    }
    return std::nullopt;
  }
  if (lang == "it") {
    for (std::string_view suf : {"esimo", "esimi", "esima", "esime"}) {
      if (!ends_with(w, suf)) continue;
      std::string root(w.substr(0, w.size() - suf.size()));
      for (std::string_view v : {"", "e", "i", "o", "a"})
        if (auto n = number(root + std::string(v))) return n;
      // "ventitreesimo" keeps the accent vowel: "ventitre" + "esimo"
    }
    return std::nullopt;
  }
  if (lang == "de") {
    for (std::string_view suf : {"stel", "tel"}) {
      if (!ends_with(w, suf)) continue;
      if (auto n = number(w.substr(0, w.size() - suf.size()))) return n;
    }
    return std::nullopt;
  }
  if (lang == "fr") {
    std::string_view x = ends_with(w, "s") ? w.substr(0, w.size() - 1) : w;
    if (!ends_with(x, "ieme")) return std::nullopt;
    std::string root(x.substr(0, x.size() - 4));
    if (ends_with(root, "qu")) root = root.substr(0, root.size() - 1);  // cinquième
    if (ends_with(root, "v")) root.back() = 'f';                          // neuvième
    for (std::string_view v : {"", "e", "s"})
      if (auto n = number(root + std::string(v))) return n;
    return std::nullopt;
  }
  if (lang == "es" || lang == "pt") {
    for (std::string_view suf : {"esimos", "esimas", "esimo", "esima"}) {  // "millonesimas", "milesimo"
      if (!ends_with(w, suf)) continue;
      std::string root(w.substr(0, w.size() - suf.size()));
      for (std::string_view v : {"", "o", "a", "e"})
        if (auto n = number(root + std::string(v))) return n;
    }
    for (std::string_view suf : {"avos", "avo", "ava", "avas"}) {
      if (!ends_with(w, suf)) continue;
      std::string root(w.substr(0, w.size() - suf.size()));
      for (std::string_view v : {"", "e", "o", "a"})
        if (auto n = number(root + std::string(v))) return n;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

bool word_in(const FactToken& t, std::initializer_list<std::string_view> words) {
  if (t.kind != TokenKind::kWord) return false;
  for (auto w : words)
    if (t.folded == w) return true;
  return false;
}

// Whether t is a word of class `cls` ("connector", "half", "over", "point") in `lang`.
bool in_class(const FactToken& t, std::string_view lang, std::string_view cls) {
  if (t.kind != TokenKind::kWord) return false;
  const LanguageWords* words = words_for(lang);
  if (!words) return false;
  unsigned bit = class_bit(cls);
  for (const auto& [form, bits] : words->classes)
    if ((bits & bit) && form.size() == t.folded.size() && form == t.folded) return true;
  return false;
}

bool is_connector(const FactToken& t, std::string_view lang) { return in_class(t, lang, "connector"); }
bool is_half_word(const FactToken& t, std::string_view lang) { return in_class(t, lang, "half"); }
bool is_over_word(const FactToken& t, std::string_view lang) { return in_class(t, lang, "over"); }
bool is_point_word(const FactToken& t, std::string_view lang) { return in_class(t, lang, "point"); }

// The denominator word at t[j] (hyphen-joined compounds too); sets the end token.
std::optional<double> denominator_at(const std::vector<FactToken>& t, size_t j, std::string_view lang, size_t& end) {
  if (j >= t.size() || t[j].kind != TokenKind::kWord) return std::nullopt;
  std::string joined = t[j].folded;
  size_t e = j + 1;
  while (e + 1 < t.size() && t[e].folded == "-" && !t[e].space_before && !t[e + 1].space_before &&
         t[e + 1].kind == TokenKind::kWord) {
    joined += t[e + 1].folded;
    e += 2;
  }
  if (auto d = denominator_value(joined, lang)) {
    end = e;
    return d;
  }
  if (e != j + 1)
    if (auto d = denominator_value(t[j].folded, lang)) {
      end = j + 1;
      return d;
    }
  // Portuguese "onze avos"
  if (lang == "pt" && j + 1 < t.size() && word_in(t[j + 1], {"avos", "avo"})) {
    if (auto n = number_word_value(t[j].folded, lang)) {
      end = j + 2;
      return n;
    }
  }
  return std::nullopt;
}

double scale_of_last(const std::vector<FactToken>& t, const NumberMention& m, std::string_view lang) {
  const Lexicon& lex = *lexicon_for(lang);
  const FactToken& last = t[m.end_token - 1];
  if (last.kind != TokenKind::kWord) return 1;
  auto it = lex.find(last.folded);
  if (it != lex.end() && (it->second.kind == Morph::kScale || it->second.kind == Morph::kAbbrev)) return it->second.value;
  return 1;
}

void finish(const std::vector<FactToken>& t, NumberMention& m, size_t end) {
  m.end_token = end;
  m.end = t[end - 1].end;
}

std::optional<double> vulgar_fraction(std::string_view s) {
  static const std::pair<std::string_view, double> kFractions[] = {
      {"\u00BD", 0.5},     {"\u2153", 1.0 / 3}, {"\u2154", 2.0 / 3}, {"\u00BC", 0.25},   {"\u00BE", 0.75},
      {"\u2155", 0.2},     {"\u2156", 0.4},     {"\u2157", 0.6},     {"\u2158", 0.8},    {"\u2159", 1.0 / 6},
      {"\u215A", 5.0 / 6}, {"\u2150", 1.0 / 7}, {"\u215B", 0.125},   {"\u215C", 0.375},  {"\u215D", 0.625},
      {"\u215E", 0.875},   {"\u2151", 1.0 / 9}, {"\u2152", 0.1}};
  for (auto& [f, v] : kFractions)
    if (s == f) return v;
  return std::nullopt;
}

// "half a dozen", "mezza dozzina", "mezzo milione", "eine halbe Million", "ein halbes Dutzend"
std::optional<NumberMention> half_multiplier(const std::vector<FactToken>& t, size_t i, std::string_view language) {
  std::string lang(language.substr(0, 2));
  const Lexicon& lex = *lexicon_for(language);
  size_t j = i;
  auto is_article = [&](size_t k) {
    if (k >= t.size() || t[k].kind != TokenKind::kWord) return false;
    auto it = lex.find(t[k].folded);
    return it != lex.end() && it->second.kind == Morph::kArticle;
  };
  if (is_article(j)) ++j;
  if (j >= t.size() || !is_half_word(t[j], lang)) return std::nullopt;
  ++j;
  if (is_article(j)) ++j;
  if (j >= t.size() || t[j].kind != TokenKind::kWord) return std::nullopt;
  auto it = lex.find(t[j].folded);
  if (it == lex.end() || (it->second.kind != Morph::kDozen && it->second.kind != Morph::kScale)) return std::nullopt;
  NumberMention m;
  m.first_token = i;
  m.begin = t[i].begin;
  m.words = true;
  m.value = 0.5 * it->second.value;
  finish(t, m, j + 1);
  return m;
}

std::optional<NumberMention> extend_number(const std::vector<FactToken>& t, NumberMention m, std::string_view language) {
  std::string lang(language.substr(0, 2));
  size_t j = m.end_token;
  auto glued_at = [&](size_t k) { return k < t.size() && !t[k].space_before; };
  auto digits_at = [&](size_t k) { return k < t.size() && t[k].kind == TokenKind::kDigits; };
  bool integer = m.value == std::floor(m.value);
  double sign = m.value < 0 ? -1 : 1;
  // Digits: "3/4", "-4/5"; mixed "2 1/4", "2 e 1/4"; exponents "1e10", "12,32e+14".
  if (!m.words) {
    bool chained = m.first_token > 0 && !t[m.first_token].space_before &&
                   (t[m.first_token - 1].folded == "/" || t[m.first_token - 1].folded == "-") &&
                   m.first_token > 1 && t[m.first_token - 2].kind == TokenKind::kDigits && m.value >= 0;
    if (integer && !chained && j + 1 < t.size() && t[j].folded == "/" && glued_at(j) && digits_at(j + 1) && glued_at(j + 1) &&
        !(j + 2 < t.size() && glued_at(j + 2) && (t[j + 2].folded == "/" || digits_at(j + 2)))) {
      double den = to_double(t[j + 1].folded);
      if (den != 0) {
        m.value /= den;
        finish(t, m, j + 2);
        return m;
      }
    }
    size_t k = j;
    if (k < t.size() && is_connector(t[k], lang)) ++k;
    if (integer && digits_at(k) && !glued_at(k) && k + 2 < t.size() && t[k + 1].folded == "/" && glued_at(k + 1) &&
        digits_at(k + 2) && glued_at(k + 2) && !(k + 3 < t.size() && glued_at(k + 3) && t[k + 3].folded == "/")) {
      double a = to_double(t[k].folded), b = to_double(t[k + 2].folded);
      if (b != 0 && a < b) {
        m.value += sign * a / b;
        finish(t, m, k + 3);
        return m;
      }
    }
    // Powers: "1.1^23", "2.5^-1", "-1.1^--23", "1.3x10^6"
    {
      size_t k2 = j;
      bool times_ten = false;
      if (k2 + 2 < t.size() && glued_at(k2) && t[k2].folded == "x" && digits_at(k2 + 1) && glued_at(k2 + 1) &&
          t[k2 + 1].folded == "10") {
        times_ten = true;
        k2 += 2;
      }
      if (k2 < t.size() && glued_at(k2) && t[k2].folded == "^") {
        ++k2;
        int minus = 0;
        while (k2 < t.size() && glued_at(k2) && (t[k2].folded == "-" || t[k2].folded == "+")) {
          minus += t[k2].folded == "-";
          ++k2;
        }
        if (digits_at(k2) && glued_at(k2)) {
          double e = to_double(t[k2].folded) * (minus % 2 ? -1 : 1);
          if (times_ten)
            m.value *= std::pow(10.0, e);
          else
            m.value = sign * std::pow(std::fabs(m.value), e);
          finish(t, m, k2 + 1);
          return m;
        }
      }
    }
    if (j < t.size() && glued_at(j) && t[j].kind == TokenKind::kWord && t[j].folded == "e") {
      size_t k2 = j + 1;
      double esign = 1;
      if (k2 < t.size() && glued_at(k2) && (t[k2].folded == "+" || t[k2].folded == "-")) {
        esign = t[k2].folded == "-" ? -1 : 1;
        ++k2;
      }
      if (digits_at(k2) && glued_at(k2)) {
        m.value *= std::pow(10.0, esign * to_double(t[k2].folded));
        m.glued_unit = false;
        finish(t, m, k2 + 1);
        return m;
      }
    }
  }
  // "two thirds", "un quinto", "cento millecinquesimi", "twenty and three fifths"
  size_t dend = 0;
  size_t dj = j < t.size() && t[j].folded == "-" ? j + 1 : j;  // "one-eighth", "five - eighths"
  auto d = m.words || m.article_only ? denominator_at(t, dj, lang, dend) : std::nullopt;  // "100 millionths": no
  if (lang == "en" && m.words) {
    // A compound denominator: "three twenty firsts" (3/21), "one hundred thirty fifths" (100/35)
    auto unit_ordinal = [&](size_t k, size_t& e2) -> std::optional<double> {
      if (k < t.size() && t[k].folded == "-") ++k;
      if (k >= t.size() || t[k].kind != TokenKind::kWord) return std::nullopt;
      std::string w = t[k].folded;
      if (w.size() > 3 && w.back() == 's') w.pop_back();
      double v = w == "first" ? 1 : w == "second" ? 2 : 0;
      if (v == 0) {
        size_t e3 = 0;
        auto dv = denominator_at(t, k, lang, e3);
        if (!dv || *dv >= 10 || e3 != k + 1) return std::nullopt;
        v = *dv;
      }
      e2 = k + 1;
      return v;
    };
    auto tens_at = [&](size_t k) {
      auto v = k < t.size() && t[k].kind == TokenKind::kWord ? number_word_value(t[k].folded, language) : std::nullopt;
      return v && *v >= 20 && *v <= 90 && std::fmod(*v, 10) == 0 ? *v : 0.0;
    };
    size_t e2 = 0;
    if (double tens = tens_at(j); tens > 0) {
      if (auto u = unit_ordinal(j + 1, e2)) {
        m.value /= tens + *u;
        m.article_only = false;
        finish(t, m, e2);
        return m;
      }
    }
    size_t last = m.end_token - 1;
    if (double tens = tens_at(last); tens > 0 && last > m.first_token && !is_connector(t[last - 1], lang)) {
      if (auto u = unit_ordinal(j, e2)) {
        std::vector<FactToken> head(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(last));
        auto num = read_plain_number(head, m.first_token, language);
        if (num && num->end_token == last) {
          m.value = num->value / (tens + *u);
          finish(t, m, e2);
          return m;
        }
      }
    }
  }
  if (d && (lang == "en" || lang == "es") && m.value > 1 && dend == dj + 1 && t[dj].folded.back() != 's' &&
      *d >= 100)
    d.reset();  // "two millionth", "100 millonesimo": a number, then an ordinal
  if (d) {
    // A connector inside the number: "twenty and three fifths" = 20 + 3/5.
    for (size_t c = m.end_token; c-- > m.first_token + 1;) {
      if (!is_connector(t[c], lang)) continue;
      // Spanish and Portuguese join tens and units with "y"/"e": "treinta y dos quintos" is 32/5.
      if ((lang == "es" || lang == "pt") && (t[c].folded == "y" || t[c].folded == "e")) break;
      std::vector<FactToken> head(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(c));
      auto left = read_plain_number(head, m.first_token, language);
      auto right = read_plain_number(t, c + 1, language);
      if (left && right && right->end_token == m.end_token && left->end_token == c && right->value < 100) {
        m.value = left->value + right->value / *d * scale_of_last(t, *left, lang);
        finish(t, m, dend);
        return m;
      }
      break;
    }
    m.value /= *d;
    m.article_only = false;
    m.words = true;
    finish(t, m, dend);
    return m;
  }
  // "1 su 3", "one over one hundred and twenty five", "un sur trois" (not "$2000 over 3 years")
  bool after_currency = m.first_token > 0 && (t[m.first_token - 1].folded == "$" || t[m.first_token - 1].folded == "\u20AC" ||
                                              t[m.first_token - 1].folded == "\u00A3");
  size_t over_end = j + 1;
  bool over = j < t.size() && is_over_word(t[j], lang);
  bool out_of = false;  // "two out of five": a share, never more than the whole
  if (!over && lang == "en" && j + 1 < t.size() && word_in(t[j], {"out"}) && word_in(t[j + 1], {"of"})) {
    over = out_of = true;
    over_end = j + 2;
  }
  if (over && !after_currency) {
    auto den = read_plain_number(t, over_end, language);
    if (den && !den->article_only && den->value != 0 && (!out_of || m.value < den->value)) {
      m.value /= den->value;
      m.article_only = false;
      finish(t, m, den->end_token);
      return m;
    }
  }
  if (m.article_only) return m;
  // "one and a half", "un milione e mezzo", "cinque miliardi e tre quarti", "due e tre quarti"
  if (j < t.size() && is_connector(t[j], lang)) {
    double scale = scale_of_last(t, m, lang);
    double frac = 0;
    size_t end = 0;
    if (j + 1 < t.size() && is_half_word(t[j + 1], lang)) {
      frac = 0.5;
      end = j + 2;
    } else if (auto num = read_plain_number(t, j + 1, language); num && num->value < 100) {
      size_t e2 = 0;
      if (auto d = denominator_at(t, num->end_token, lang, e2)) {
        frac = num->value / *d;
        end = e2;
      }
    }
    if (end) {
      m.value += sign * frac * scale;
      // "five and a half million", "fünf und drei viertel Milliarde"
      if (scale == 1 && end < t.size() && t[end].kind == TokenKind::kWord) {
        const Lexicon& lex = *lexicon_for(language);
        auto it = lex.find(t[end].folded);
        if (it != lex.end() && it->second.kind == Morph::kScale) {
          m.value *= it->second.value;
          ++end;
        }
      }
      finish(t, m, end);
      return m;
    }
  }
  // "two hundred point zero three", "cuarenta y siete coma veintiocho"
  if (m.words && integer && j < t.size() && is_point_word(t[j], lang)) {
    std::string digits;
    size_t k = j + 1;
    while (k < t.size() && t[k].kind == TokenKind::kWord) {
      auto v = number_word_value(t[k].folded, language);
      if (!v || *v > 9 || *v != std::floor(*v)) break;
      digits += static_cast<char>('0' + static_cast<int>(*v));
      ++k;
    }
    if (digits.size() < 2) {
      auto frac = read_plain_number(t, j + 1, language);
      if (frac && frac->words && !frac->article_only && frac->value == std::floor(frac->value)) {
        digits = std::to_string(static_cast<long long>(frac->value));
        k = frac->end_token;
      }
    }
    if (!digits.empty()) {
      m.value += sign * to_double("0." + digits);
      finish(t, m, k);
      return m;
    }
  }
  return m;
}

}  // namespace
}  // namespace newsdesk::analyze
