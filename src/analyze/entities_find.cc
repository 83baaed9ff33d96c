#include "analyze/entities_find.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analyze/entities_names.h"
#include "analyze/gazetteer_concepts.h"
#include "analyze/gazetteer_lexicon.h"
#include "analyze/gazetteer_places.h"
#include "analyze/gazetteer_words.h"
#include "text/normalize.h"
#include "text/stopwords.h"
#include "text/words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace newsdesk::analyze {
namespace {

// What lies between two words, deciding whether they can belong to one name.
enum class Gap { kSpace, kHyphen, kApostrophe, kInitial, kAmpersand, kDomain, kBreak };

struct Token {
  std::string_view text;
  size_t begin = 0, end = 0;
  std::string folded;
  bool cap = false, all_caps = false, number = false, sentence_start = false;
  Gap gap = Gap::kBreak;  // to the next token
};

enum class Kind { kUnknown, kPerson, kPlace, kOrganisation, kDrop };

struct Mention {
  size_t first = 0, last = 0;  // token indices, inclusive
  Kind kind = Kind::kUnknown;
  std::string key;             // resolution key once known
  const Place* place = nullptr;
  bool person_cue = false;     // a title before it, or a given name first
  bool article = false;        // an article or articled preposition before it
  bool org_cue = false;        // a noun naming a kind of organisation before it ("l'editore")
  bool thing_cue = false;      // a noun naming a kind of thing before it ("l'uragano Ike")
  bool guessed = false;        // its kind is the default for a lone unknown name
};

// A small city counts only when it is in a country of the text's language or
// one the text names: many small places are called like words or surnames.
constexpr long kSmallCity = 15000;
constexpr long kBigCity = 100000;
constexpr long kMillionCity = 1000000;

// fold() of a word with letters beyond ASCII, cached per thread.
const std::string& folded_word(std::string_view word) {
  thread_local std::unordered_map<std::string, std::string> cache;
  std::string key(word);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  if (cache.size() > 200000) cache.clear();
  std::string f = text::fold(word);
  return cache.emplace(std::move(key), std::move(f)).first->second;
}

bool ends_clause(std::string_view gap) {
  for (char c : gap) {
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\n') return true;
  }
  return gap.find("\xC2\xAB") != std::string_view::npos ||  // « “ „ open a quotation
         gap.find("\xE2\x80\x9C") != std::string_view::npos ||
         gap.find("\xE2\x80\x9E") != std::string_view::npos;
}

bool top_level_domain(std::string_view w) {
  static const std::unordered_set<std::string_view> kDomains = {
      "com", "it", "org", "net", "eu", "info", "gov", "edu", "uk", "de", "fr", "es", "ch", "ir", "ru", "tv"};
  return kDomains.count(w) > 0;
}

// The classes of one code point the tokenizer asks for. ASCII, most of the news'
// letters, is answered inline: ICU's property lookups were a fifth of entity finding.
struct CharClass {
  bool alnum = false, digit = false, alpha = false, upper = false, mark = false;
};

CharClass icu_char_class(UChar32 c) {
  CharClass k;
  k.alnum = u_isalnum(c) != 0;
  k.digit = u_isdigit(c) != 0;
  k.alpha = u_isalpha(c) != 0;
  k.upper = u_isupper(c) || u_istitle(c);
  if (!k.alnum) {
    int8_t type = u_charType(c);
    k.mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
  }
  return k;
}

constexpr std::array<CharClass, 128> kAsciiClasses = [] {
  std::array<CharClass, 128> table{};
  for (int a = 0; a < 128; ++a) {
    CharClass& k = table[a];
    k.digit = a >= '0' && a <= '9';
    k.upper = a >= 'A' && a <= 'Z';
    k.alpha = k.upper || (a >= 'a' && a <= 'z');
    k.alnum = k.alpha || k.digit;
  }
  return table;
}();

inline CharClass char_class(UChar32 c) { return c < 0x80 ? kAsciiClasses[c] : icu_char_class(c); }

// Words as text::split_words() gives them (letters and digits, split at apostrophes
// and hyphens, "2.000" one number), without a break iterator: entities run on every
// item and ICU's word breaking was most of their time.
std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> toks;
  toks.reserve(text.size() / 5 + 1);  // news averages a token in six bytes: no regrowth
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  size_t previous_end = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    const CharClass first = char_class(c);
    if (!first.alnum) continue;
    bool number = first.digit;
    bool ascii = c < 0x80;
    int letters = 0, upper = 0;
    auto count = [&](const CharClass& k) {
      if (!k.alpha) return;
      ++letters;
      if (k.upper) ++upper;
    };
    count(first);
    int32_t end = i;
    while (end < n) {
      int32_t j = end;
      UChar32 d;
      U8_NEXT(p, j, n, d);
      if (d < 0) break;
      const CharClass k = char_class(d);
      if (k.alnum || k.mark) {
        if (!k.digit) number = false;
        ascii = ascii && d < 0x80;
        count(k);
        end = j;
        continue;
      }
      // "2.000", "3,5": separators between digits stay inside a number.
      if (number && (d == '.' || d == ',') && j < n && p[j] >= '0' && p[j] <= '9') {
        end = j;
        continue;
      }
      break;
    }
    i = end;
    Token t;
    t.begin = static_cast<size_t>(start);
    t.end = static_cast<size_t>(end);
    t.text = text.substr(t.begin, t.end - t.begin);
    if (ascii) {
      t.folded.assign(t.text);
      for (char& ch : t.folded) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    } else {
      t.folded = folded_word(t.text);
    }
    t.cap = !first.digit && first.upper;
    t.all_caps = letters >= 2 && upper == letters;
    t.number = number;
    t.sentence_start = toks.empty() || ends_clause(text.substr(previous_end, t.begin - previous_end));
    previous_end = t.end;
    toks.push_back(std::move(t));
  }
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    std::string_view between = text.substr(toks[i].end, toks[i + 1].begin - toks[i].end);
    Gap g = Gap::kBreak;
    if (between.empty()) {
      g = Gap::kHyphen;  // "Jong-un" breaks into two words with nothing but '-' between
    } else if (between.find_first_not_of(" \t") == std::string_view::npos) {
      g = Gap::kSpace;
    } else if (between == "-" || between == "\xE2\x80\x90" || between == "\xE2\x80\x91") {
      g = Gap::kHyphen;
    } else if (between == "'" || between == "' " || between == "\xE2\x80\x99" ||
               between == "\xE2\x80\x99 ") {
      g = Gap::kApostrophe;
    } else if (between == "." && top_level_domain(toks[i + 1].text)) {
      g = Gap::kDomain;  // "Flickr.com", "Contribuenti.it": a site, named by its address
    } else if (between == " & " && toks[i].cap && toks[i + 1].cap) {
      g = Gap::kAmpersand;  // "Barnes & Noble", "Procter & Gamble"
    } else if ((between == ". " || between == ".") && toks[i].text.size() == 1 && toks[i].cap) {
      g = Gap::kInitial;  // "George W. Bush"
    }
    toks[i].gap = g;
  }
  return toks;
}

bool stopword(std::string_view language, const std::string& folded) {
  return language.empty() ? text::is_stopword_any(folded) : text::is_stopword(language, folded);
}

bool is_article(std::string_view language, const std::string& f) {
  static const std::unordered_set<std::string> kArticles = {
      // it
      "il", "lo", "la", "l", "i", "gli", "le", "del", "dello", "della", "dell", "dei", "degli",
      "delle", "al", "allo", "alla", "all", "ai", "agli", "alle", "dal", "dallo", "dalla", "dall",
      "dai", "dagli", "dalle", "nel", "nello", "nella", "nell", "nei", "negli", "nelle", "sul",
      "sullo", "sulla", "sull", "sui", "sugli", "sulle", "col",
      // en, de, fr, es, pt, nl
      "the", "der", "die", "das", "dem", "den", "des", "du", "les", "el", "los", "las", "o", "os",
      "as", "do", "da", "dos", "das", "het", "de"};
  (void)language;
  return kArticles.count(f) > 0;
}

// Endings of adjectives that continue a name in lower case ("europea", "civile",
// "nazionale", "ortodossa"), Romance languages first.
bool adjective_like(const std::string& f) {
  static constexpr std::string_view kEndings[] = {"ale", "ali", "ile", "ili", "ea", "ee", "eo", "ei",
                                                  "ese", "esi", "ense", "ensi", "ica", "ico", "ici", "iche", "ana",
                                                  "ano", "ani", "ane", "iva", "ivo", "ive", "ivi",
                                                  "ossa", "osso", "ista", "ema", "emo", "ary", "ian",
                                                  "ische", "ischen", "aise", "ais"};
  if (f.size() < 5) return false;
  for (auto e : kEndings) {
    if (f.size() > e.size() && f.compare(f.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

// Articles that put a city's name on its club: Italian "la Roma", "del Milan".
bool club_article(std::string_view language, const std::string& f) {
  if (language != "it") return false;
  static const std::unordered_set<std::string> kArticles = {
      "il", "la", "lo", "del", "della", "dello", "al", "alla", "allo", "dal", "dalla", "dallo", "col", "contro"};
  return kArticles.count(f) > 0;
}

// An Italian infinitive, with a clitic or not: "riferire", "combatterlo", "avergli".
bool infinitive(const std::string& f) {
  static constexpr std::string_view kClitics[] = {"", "lo", "la", "li", "le", "ne", "gli", "si", "ci", "mi", "ti", "vi", "sene", "glielo"};
  for (auto clitic : kClitics) {
    if (f.size() < clitic.size() + 4 || f.compare(f.size() - clitic.size(), clitic.size(), clitic) != 0) continue;
    std::string_view stem(f.data(), f.size() - clitic.size());
    // Without a clitic the infinitive keeps its final "e"; with one it drops it ("combatter-lo").
    std::string_view ending = clitic.empty() ? stem.substr(stem.size() - 3) : stem.substr(stem.size() - 2);
    if (ending == "are" || ending == "ere" || ending == "ire" || ending == "ar" || ending == "er" || ending == "ir") {
      if (clitic.empty() && ending.size() == 2) continue;
      return true;
    }
  }
  return false;
}

bool compass_adjective(const std::string& f) {
  static const std::unordered_set<std::string> kCompass = {
      "occidentale", "orientale", "settentrionale", "meridionale", "centrale", "nordoccidentale",
      "nordorientale", "sudoccidentale", "sudorientale"};
  return kCompass.count(f) > 0;
}

// KIND's convention: a country with a bare article acts as a state or a team ("l'Italia
// sconfigge", "la Russia fornirà", "chiesto alla Tunisia"), where "in Italia",
// "dell'Italia" or "tutta la Francia" name the land.
bool agent_article(std::string_view language, const std::string& f) {
  if (language != "it") return false;
  static const std::unordered_set<std::string> kArticles = {"l", "la", "il", "lo", "gli", "alla", "al", "allo", "all", "agli"};
  return kArticles.count(f) > 0;
}

// Italian "in" joined to an article: "nel Mugello", "nell'Algarve", "negli Abruzzi". Before
// an unknown name it says where, as the bare "in" does; the other articled prepositions
// ("della Fiat", "dalla Juventus") leave a firm or a club as likely.
bool in_article(std::string_view language, const std::string& f) {
  if (language != "it") return false;
  return f == "nel" || f == "nello" || f == "nella" || f == "nell" || f == "negli" || f == "nei" || f == "nelle";
}

// Prepositions that put an unknown name in place: Italian "a Roccasecca", "in Kurdistan".
bool locative(std::string_view language, const std::string& f) {
  if (language == "it") return f == "a" || f == "ad" || f == "in";
  if (language == "en") return f == "in" || f == "at";
  if (language == "de") return f == "in" || f == "nach";
  if (language == "fr") return f == "à" || f == "en";
  if (language == "es" || language == "pt") return f == "en" || f == "em";
  return false;
}

// A capital inside a word after a lower-case letter: "PosteMobile", "eBay", "McDonald"
// is the exception (Mc, Mac, O' open surnames).
bool camel_case(std::string_view w) {
  if (w.size() < 4 || w.rfind("Mc", 0) == 0 || w.rfind("Mac", 0) == 0) return false;
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] >= 'a' && w[i] <= 'z' && w[i + 1] >= 'A' && w[i + 1] <= 'Z') return true;
  }
  return false;
}

// "O157", "H7", "G8": letters with digits name a code, a strain or a summit, no one.
bool has_digit(std::string_view w) {
  return w.find_first_of("0123456789") != std::string_view::npos;
}

bool roman_numeral(std::string_view w) {
  return !w.empty() && w.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

bool coordinator(const std::string& f) {
  return f == "e" || f == "ed" || f == "and" || f == "und" || f == "et" || f == "y" || f == "en" ||
         f == "o" || f == "or";
}

// Language of a country's people, to accept its small towns ("Camerino" in Italian news).
bool home_country(std::string_view language, std::string_view country) {
  static const std::map<std::string_view, std::vector<std::string_view>> kHome = {
      {"it", {"IT", "CH", "SM", "VA"}}, {"de", {"DE", "AT", "CH"}}, {"fr", {"FR", "BE", "CH"}},
      {"es", {"ES", "MX", "AR"}},       {"pt", {"PT", "BR"}},       {"nl", {"NL", "BE"}},
      {"en", {"GB", "US", "IE"}}};
  auto it = kHome.find(language);
  if (it == kHome.end()) return false;
  return std::find(it->second.begin(), it->second.end(), country) != it->second.end();
}

// What the lexicons say about one folded word, looked up once per thread: news
// repeats its words, and these lookups were most of the time per word.
struct WordInfo {
  uint32_t cues = 0;           // the cue lexicon entries it is (gazetteer_lexicon.h)
  uint32_t phrase_cues = 0;    // the cue phrases of two or more words it opens
  bool concept_start = false;  // an entity concept phrase may start with it
  bool place_start = false;    // a place name may start with it
  bool stop = false;           // a function word of the language
  // The last text (Finder::text_id_) that wrote the word in lower case, and the last that
  // capitalised it inside a sentence: per-text word sets without a set per text.
  uint64_t lowercase_in = 0, capitalized_mid_in = 0;
};

using WordCache = std::unordered_map<std::string, std::unordered_map<std::string, WordInfo>>;

WordCache& word_cache() {
  thread_local WordCache cache;
  return cache;
}

// Bounds the cache between texts, never while a text holds pointers into it.
void trim_word_cache() {
  for (auto& [language, words] : word_cache()) {
    if (words.size() > 300000) words.clear();
  }
}

// `words` is word_cache()[language], looked up once per text rather than per word.
WordInfo& word_info(std::unordered_map<std::string, WordInfo>& words, const std::string& language,
                    const std::string& folded) {
  // Nodes of an unordered_map stay put as it grows: a Finder keeps pointers to them.
  auto it = words.find(folded);
  if (it != words.end()) return it->second;
  WordInfo info;
  info.cues = word_cues(language, folded);
  info.phrase_cues = phrase_start_cues(language, folded);
  info.concept_start = concept_may_start(folded);
  info.place_start = place_may_start(folded);
  info.stop = stopword(language, folded);
  return words.emplace(folded, info).first->second;
}

class Finder {
 public:
  Finder(std::string_view text, std::string_view language, const FindOptions& options)
      : text_(text), language_(language), options_(options), toks_(tokenize(text)) {
    folded_.reserve(toks_.size());
    for (auto& t : toks_) folded_.push_back(std::move(t.folded));
    trim_word_cache();
    auto& words = word_cache()[language_];
    info_.reserve(folded_.size());
    cue_mask_.reserve(folded_.size());
    for (const auto& f : folded_) {
      info_.push_back(&word_info(words, language_, f));
      cue_mask_.push_back(info_.back()->cues);
    }
    thread_local uint64_t texts = 0;
    text_id_ = ++texts;
    for (size_t k = 0; k < toks_.size(); ++k) {
      const Token& t = toks_[k];
      if (t.number) continue;
      if (!t.cap && !t.all_caps) info_[k]->lowercase_in = text_id_;
      else if (!t.sentence_start) info_[k]->capitalized_mid_in = text_id_;
    }
  }

  std::vector<Entity> run();

 private:
  bool joins(size_t i) const {  // token i and i+1 may be parts of one name
    Gap g = toks_[i].gap;
    return g == Gap::kSpace || g == Gap::kHyphen || g == Gap::kApostrophe || g == Gap::kInitial ||
           g == Gap::kAmpersand || g == Gap::kDomain;
  }
  // match_cue() at token i, settled from the word's cached masks unless a phrase may start.
  int cue_at(Cue cue, size_t i) const {
    if (i >= folded_.size()) return 0;
    if (!has_cue(info_[i]->phrase_cues, cue)) return has_cue(cue_mask_[i], cue) ? 1 : 0;
    return match_cue(cue, language_, folded_, i);
  }
  bool name_word(size_t i) const { return (toks_[i].cap || toks_[i].all_caps) && !toks_[i].number; }
  bool lower_connector(size_t i) const {
    const Token& t = toks_[i];
    if (t.cap || t.number) return false;
    return has_cue(cue_mask_[i], Cue::kConnector) || has_cue(cue_mask_[i], Cue::kParticle) ||
           second_particle(i) || arabic_article(i);
  }
  // "di" after a noun that governs a town: "il sindaco di Biella", "la provincia di
  // Lecco" vouch for the name after them as a place's, even a word's ("biella").
  bool of_a_place_noun(size_t i) const {
    static const std::unordered_set<std::string> kNouns = {
        "sindaco", "sindaca", "citta", "comune", "provincia", "prefetto", "prefettura", "questore",
        "questura", "diocesi", "vescovo", "abitanti", "porto", "aeroporto", "stazione", "periferia"};
    return language_ == "it" && folded_[i] == "di" && i > 0 && joins(i - 1) && kNouns.count(folded_[i - 1]) > 0;
  }
  // The Arabic article joined to the next name by a hyphen: "Nouri al-Maliki",
  // "Abd el-Kader" (alone, "al" is Italian "to the").
  bool arabic_article(size_t i) const {
    const std::string& f = folded_[i];
    return !toks_[i].cap && toks_[i].gap == Gap::kHyphen && i + 1 < toks_.size() && name_word(i + 1) &&
           (f == "al" || f == "el" || f == "ul");
  }
  // "der" in "von der", "la" in "de la": a second particle word after a first.
  bool second_particle(size_t i) const {
    const std::string& f = folded_[i];
    return i > 0 && !toks_[i].cap && has_cue(cue_mask_[i - 1], Cue::kParticle) && !toks_[i - 1].cap &&
           (f == "der" || f == "den" || f == "la" || f == "los" || f == "las");
  }
  std::string key_of(size_t first, size_t last) const {
    std::string key;
    for (size_t k = first; k <= last; ++k) {
      if (!key.empty()) key.push_back(' ');
      key += folded_[k];
    }
    return key;
  }
  std::string surface(size_t first, size_t last) const {
    return std::string(text_.substr(toks_[first].begin, toks_[last].end - toks_[first].begin));
  }
  // A word that is no name where it stands: a function word, or a word the text
  // also writes in lower case, at the start of a sentence.
  bool common_at_start(size_t i) const {
    if (has_cue(cue_mask_[i], Cue::kGiven)) return false;
    return stopword(language_, folded_[i]) || seen_lowercase(i) ||
           has_cue(cue_mask_[i], Cue::kTitle);
  }
  // An ordinary word of the language (dictionary or function word), cached.
  // The answer depends on the token as written (case, diacritics), so it is
  // kept per token of this text: a cache shared by texts would make one
  // document's result depend on which documents the thread saw before.
  bool common(size_t i) const {
    if (common_.empty()) common_.assign(toks_.size(), -1);
    if (common_[i] < 0) {
      const WordInfo& w = *info_[i];
      // German writes its nouns capitalised, and so does its dictionary.
      // Dictionaries spell with diacritics ("política"): ask in lower case with them.
      bool known = w.stop || is_common_word(language_, text::fold_case(toks_[i].text)) ||
                   (language_ == "de" && toks_[i].cap && !has_cue(w.cues, Cue::kGiven) &&
                    is_common_word(language_, toks_[i].text));
      common_[i] = known ? 1 : 0;
    }
    return common_[i] == 1;
  }
  // "Di" in "Di Pietro", "La" in "La Russa": a capitalised particle opening a surname.
  bool surname_prefix(size_t i) const {
    static const std::unordered_set<std::string> kPrefixes = {
        "di", "de", "da", "d", "la", "lo", "li", "del", "della", "delle", "dalla", "dal", "van", "von", "mc", "mac", "al", "el", "le", "du"};
    return toks_[i].cap && i + 1 < toks_.size() && joins(i) && name_word(i + 1) && kPrefixes.count(folded_[i]) > 0 &&
           (!toks_[i].sentence_start || (!is_article(language_, folded_[i]) && surname_after_opening_prefix(i + 1)));
  }
  bool title_before(size_t first) const;
  // "Di Pietro ha detto": opening a sentence, "Di" is a surname's before a given name alone
  // ("Di Roma si parla", "Di Unicredit" are a preposition's).
  bool surname_after_opening_prefix(size_t k) const {
    if (!has_cue(cue_mask_[k], Cue::kGiven) || info_[k]->place_start || info_[k]->concept_start) return false;
    return k + 1 >= toks_.size() || !joins(k) || !name_word(k + 1);
  }
  // "A." in "A. Smith": a capital letter and a full stop before another name word.
  bool initial(size_t i) const { return toks_[i].gap == Gap::kInitial && toks_[i].text.size() == 1; }
  size_t lowercase_modifier_after(size_t e) const;
  size_t lowercase_complement_after(size_t head, size_t e) const;
  bool plural_verb_like(size_t i) const;
  bool nested_organisation(size_t k, size_t last) const;
  // "Ministero dell'Economia e delle Finanze": heads whose name joins two portfolios with "e".
  bool joint_portfolio(size_t head) const {
    static const std::unordered_set<std::string> kHeads = {"ministero", "dipartimento", "assessorato", "direzione"};
    return kHeads.count(folded_[head]) > 0;
  }
  bool part_of_compound(size_t i) const;
  bool weak_place(size_t i) const;
  bool country_as_agent(const Mention& m) const;
  bool cue_ends_at(Cue cue, size_t k) const;
  bool place_noun_of(size_t first) const;
  // "le azioni di Nextra", "i voli di Germanwings": a noun for what a firm, club or party
  // has, and a connector, just before the name.
  bool owner_noun_of(size_t first) const {
    return first >= 2 && joins(first - 1) && joins(first - 2) && has_cue(cue_mask_[first - 1], Cue::kConnector) &&
           !coordinator(folded_[first - 1]) && has_cue(cue_mask_[first - 2], Cue::kOwnerNoun);
  }
  // "Freedom of the Press", "Stadium of the year": a lone name after an English
  // function word in another language's text is part of an English title, no person.
  bool english_phrase_before(size_t first) const {
    if (language_ == "en" || first == 0 || !joins(first - 1) || toks_[first - 1].cap) return false;
    static const std::unordered_set<std::string> kEnglish = {"of", "and", "the", "for", "s", "in", "on", "to"};
    if (language_ == "it" && folded_[first - 1] == "in") return false;
    return kEnglish.count(folded_[first - 1]) > 0 && !has_cue(cue_mask_[first], Cue::kGiven);
  }
  // A sentence's first word followed by a colon labels what follows: a dateline, a heading.
  bool heading_label(size_t first) const {
    if (!toks_[first].sentence_start || first + 1 >= toks_.size()) return false;
    std::string_view gap = text_.substr(toks_[first].end, toks_[first + 1].begin - toks_[first].end);
    return gap.find(':') != std::string_view::npos;
  }
  bool org_noun_before(size_t first) const;
  // Heads a leader's surname follows as its own mention: "governo Letta", "giunta Moratti".
  bool led_by_name(size_t head) const {
    static const std::unordered_set<std::string> kLed = {"governo", "amministrazione", "giunta", "esecutivo", "gabinetto"};
    return kLed.count(folded_[head]) > 0;
  }
  // Italian nouns that name one body only where the text says which: "la nazionale" (a
  // national team; "a livello nazionale" is an adjective), "l'ambasciata francese".
  bool institution_noun(size_t i) const {
    if (language_ != "it") return false;
    const std::string& f = folded_[i];
    if (f == "nazionale") return i > 0 && joins(i - 1) && !toks_[i - 1].cap && is_article(language_, folded_[i - 1]);
    return (f == "ambasciata" || f == "consolato") && lowercase_modifier_after(i) > i;
  }
  bool thing_noun_before(size_t first) const;
  // An Italian article, bare or joined to a preposition, just before token `first` ("da", a
  // bare preposition, is none: "diretto da Zack Snyder").
  bool in_article_before(size_t first) const {
    return first > 0 && joins(first - 1) && !toks_[first - 1].cap && in_article(language_, folded_[first - 1]);
  }
  // A preposition of place just before token `first`: "a", "in", "nel", a bare "da"
  // ("partito da Barcellona"), or a place noun and "di" ("l'aeroporto di Barcellona").
  bool place_context_before(size_t first) const {
    if (first == 0 || !joins(first - 1) || toks_[first - 1].cap) return false;
    const std::string& before = folded_[first - 1];
    return locative(language_, before) || in_article(language_, before) || (language_ == "it" && before == "da") ||
           place_noun_of(first);
  }
  // A palace that names the office in it ("il Quirinale ha detto"), but where one goes
  // or meets ("salito al Quirinale", "in Vaticano") is a building, as KIND tags it.
  bool seat_of_power(size_t i) const {
    static const std::unordered_set<std::string> kSeats = {
        "quirinale", "vaticano", "cremlino", "eliseo", "viminale", "farnesina", "pentagono", "campidoglio",
        "montecitorio"};
    if (!kSeats.count(folded_[i]) || i == 0) return false;
    const std::string& before = folded_[i - 1];
    return before == "al" || before == "in" || before == "nel";
  }
  // Italian heads of a kind of organisation there are many of ("Università", "Istituto"),
  // unlike the heads news uses for one body ("Governo", "Senato", "Lega").
  bool generic_head(size_t i) const {
    static const std::unordered_set<std::string> kGeneric = {
        "universita", "università", "associazione", "congregazione", "istituto", "fondazione", "scuola", "liceo",
        "accademia", "societa", "società", "gruppo", "azienda", "ente", "consorzio", "cooperativa", "museo", "teatro",
        "organizzazione", "compagnia", "club", "dipartimento", "agenzia", "comitato", "ordine"};
    return language_ == "it" && kGeneric.count(folded_[i]) > 0;
  }
  bool italian_article_before(size_t first) const {
    static const std::unordered_set<std::string> kArticles = {
        "il", "lo", "la", "l", "i", "gli", "le", "del", "dello", "della", "dell", "dei", "degli", "delle", "al", "allo",
        "alla", "all", "ai", "agli", "alle", "dal", "dallo", "dalla", "dall", "dai", "dagli", "dalle", "nel", "nello",
        "nella", "nell", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sull", "sui", "sugli", "sulle"};
    return language_ == "it" && first > 0 && joins(first - 1) && !toks_[first - 1].cap && kArticles.count(folded_[first - 1]) > 0;
  }
  // A cup's or a championship's head and "del"/"de" just before: "Coppa del Mondo",
  // "Campionato del Mondo", "Tour de France".
  bool event_before(size_t first) const {
    static const std::unordered_set<std::string> kEventHeads = {"coppa", "campionato", "campionati", "mondiali", "tour"};
    return first >= 2 && joins(first - 1) && joins(first - 2) && (folded_[first - 1] == "del" || folded_[first - 1] == "de") &&
           toks_[first - 2].cap && kEventHeads.count(folded_[first - 2]) > 0;
  }
  // Words that end the name of an event or a law, not of a body: "Grammy Awards",
  // "Grand Prix", "Firearms Control Act", "Blackout Tuesday".
  bool event_word(size_t i) const {
    static const std::unordered_set<std::string> kEvents = {
        "award", "awards", "prize", "prix", "championship", "championships", "cup", "open", "tour", "festival",
        "exhibition", "act", "day", "week", "show", "games", "crisis", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday"};
    return kEvents.count(folded_[i]) > 0;
  }
  // The words first..last stand alone in quotes: «Gomorra», "Annozero" (a title).
  bool quoted(size_t first, size_t last) const {
    std::string_view before = text_.substr(0, toks_[first].begin);
    std::string_view after = text_.substr(toks_[last].end);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    auto ends = [&](std::string_view q) { return before.size() >= q.size() && before.substr(before.size() - q.size()) == q; };
    auto starts = [&](std::string_view q) { return after.substr(0, q.size()) == q; };
    return (ends("\"") && starts("\"")) || (ends("\xC2\xAB") && starts("\xC2\xBB")) ||
           (ends("\xE2\x80\x9C") && starts("\xE2\x80\x9D"));
  }
  // The words first..last stand alone in brackets: "(Pfizer)".
  bool bracketed(size_t first, size_t last) const {
    size_t b = toks_[first].begin, e = toks_[last].end;
    while (b > 0 && text_[b - 1] == ' ') --b;
    while (e < text_.size() && text_[e] == ' ') ++e;
    return b > 0 && text_[b - 1] == '(' && e < text_.size() && text_[e] == ')';
  }
  const Place* place_for(const std::string& key, size_t length, bool followed_by_name, bool word,
                         bool after_locative = false) const;
  void scan();
  void segment(size_t first, size_t last, bool title_cue);
  size_t known_at(size_t p, size_t last, Mention* out) const;
  void lowercase_heads();
  void resolve_people();
  void classify_rest();
  void follow_lists();
  void teams_in_results();
  void follow_namesakes();
  void people_with_their_particles();
  bool score_after(size_t k) const;
  void extend_organisations();
  // Where a mention's span ends: after the full stop of a closing initial ("Leopoldo R.").
  size_t span_end(const Mention& m) const {
    const Token& t = toks_[m.last];
    // "Yahoo!": a name spelled with its exclamation mark keeps it (the tokens leave it out).
    if (m.kind == Kind::kOrganisation && folded_[m.last] == "yahoo") {
      size_t end = t.end;
      if (end < text_.size() && text_[end] == ' ') ++end;
      if (end < text_.size() && text_[end] == '!') return end + 1;
    }
    bool initial = m.last > m.first && t.text.size() == 1 && t.cap;
    return initial && t.end < text_.size() && text_[t.end] == '.' ? t.end + 1 : t.end;
  }
  bool listed_together(const Mention& a, const Mention& b) const;
  std::vector<Entity> build();

  std::string_view text_;
  std::string language_;
  FindOptions options_;
  std::vector<Token> toks_;
  std::vector<std::string> folded_;
  std::vector<uint32_t> cue_mask_;  // the cues each word alone is an entry of
  mutable std::vector<int8_t> common_;  // common(i), once asked; -1 until then
  std::vector<WordInfo*> info_;
  uint64_t text_id_ = 0;  // this text's mark in WordInfo::lowercase_in, capitalized_mid_in
  // The word of token i is written in lower case somewhere in this text.
  bool seen_lowercase(size_t i) const { return info_[i]->lowercase_in == text_id_; }
  // ... or capitalised where no sentence starts.
  bool seen_capitalized_mid(size_t i) const { return info_[i]->capitalized_mid_in == text_id_; }
  std::vector<Mention> mentions_;
  std::map<std::string, int> demonyms_;  // country code -> implied mentions ("russo")
  std::unordered_set<std::string> countries_named_;
};

bool Finder::country_as_agent(const Mention& m) const {
  if (m.kind != Kind::kPlace || !m.place || m.place->kind != PlaceKind::kCountry) return false;
  if (m.last > m.first && compass_adjective(folded_[m.last])) return false;  // "la Francia meridionale"
  size_t a = m.first;
  if (a == 0 || !joins(a - 1) || toks_[a - 1].cap || !agent_article(language_, folded_[a - 1])) return false;
  // "tutta la Francia", "tutto il Giappone": the whole land.
  if (a >= 2 && (folded_[a - 2] == "tutta" || folded_[a - 2] == "tutto" || folded_[a - 2] == "tutti")) return false;
  // "la Siria è sconvolta", "il Libano era in crisi": a copula describes the land, no act of a state.
  // (Read as written: folded, "è" is "e", and "l'Italia e la Francia" may act together.)
  static const std::unordered_set<std::string_view> kCopula = {"è", "era", "fu", "sarà", "resta", "rimane"};
  size_t after = m.last + 1;
  return !(after < toks_.size() && joins(m.last) && toks_[m.last].gap == Gap::kSpace &&
           kCopula.count(toks_[after].text));
}

// A word no rule settled that the gazetteer knows as a region or a town: a place
// is likelier than a person of whom the text gives no first name or title.
bool Finder::weak_place(size_t i) const {
  if (!info_[i]->place_start || has_cue(cue_mask_[i], Cue::kGiven)) return false;
  for (const Place* p : find_places(folded_[i])) {
    if (p->kind == PlaceKind::kRegion || p->kind == PlaceKind::kCountry || p->kind == PlaceKind::kArea) return true;
    if (p->kind == PlaceKind::kCity && p->population >= 20000) return true;
  }
  return false;
}

// An institution word inside a compound noun names no one body: "pubblico ministero"
// (a prosecutor), "forze di polizia", "crisi di governo".
bool Finder::part_of_compound(size_t i) const {
  if (i == 0 || !joins(i - 1)) return false;
  const std::string& before = folded_[i - 1];
  if (before == "pubblico" || before == "pubblica") return true;
  if (before != "di" || i < 2 || !joins(i - 2)) return false;
  static const std::unordered_set<std::string> kCompoundHeads = {
      "forze", "forza", "squadra", "azione", "rimpasto", "crisi", "compiti", "operazione", "programma",
      "posto", "uomini", "mezzi", "auto", "capo", "capi", "membri", "esperienza", "incarico"};
  return kCompoundHeads.count(folded_[i - 2]) > 0;
}

// The last token of a lower-case adjective or demonym right after token e ("europea",
// "statunitense"), or e when none follows.
size_t Finder::lowercase_modifier_after(size_t e) const {
  if (e + 1 >= toks_.size() || !joins(e) || toks_[e].gap != Gap::kSpace || toks_[e + 1].cap ||
      toks_[e + 1].number || info_[e + 1]->stop) {
    return e;
  }
  ConceptHit c = info_[e + 1]->concept_start ? match_entity_concept(folded_, e + 1) : ConceptHit{};
  if (c.words && c.id.rfind("nat:", 0) == 0) return e + c.words;
  // "la polizia ucraina", "la Repubblica italiana": a country's name in lower case is the
  // feminine demonym ("ucraina", "tunisina") where the lists have only the masculine.
  if (c.words == 1 && c.id.rfind("country:", 0) == 0) return e + 1;
  return adjective_like(folded_[e + 1]) && !plural_verb_like(e + 1) ? e + 1 : e;
}

// Italian verbs in the third person plural end as some adjectives do ("l'ONU accusano",
// "i Red Devils portano", "la Spagna rimane"), but an adjective in -ano/-ane has a
// feminine singular in -ana ("romano", "romana") and a verb has none ("portana").
bool Finder::plural_verb_like(size_t i) const {
  const std::string& f = folded_[i];
  if (language_ != "it" || f.size() < 6) return false;
  std::string_view end(f.data() + f.size() - 3, 3);
  if (end != "ano" && end != "ane") return false;
  std::string feminine = text::fold_case(toks_[i].text);
  feminine.back() = 'a';
  return !is_common_word(language_, feminine);
}

// The last token of a complement in lower case after an organisation's head word e
// ("Consiglio dei ministri", "Corte d'appello", "Agenzia per la sicurezza marittima"),
// or e when none follows: a connector, then an ordinary noun and its adjectives.
size_t Finder::lowercase_complement_after(size_t head, size_t e) const {
  size_t k = e + 1;
  if (k >= toks_.size() || !joins(e) || toks_[k].cap || !has_cue(cue_mask_[k], Cue::kConnector) ||
      coordinator(folded_[k])) {
    return e;
  }
  if (folded_[k] == "per") {
    // "per" names a purpose after heads that say what a body is for ("Istituto per la
    // ricerca"); after others it opens the sentence's own purpose ("al Senato per l'approvazione").
    static const std::unordered_set<std::string> kPurposeHeads = {
        "agenzia", "istituto", "congregazione", "commissione", "associazione", "ministero", "dipartimento",
        "comitato", "fondazione", "movimento", "fronte", "alleanza", "consiglio", "centro", "ufficio", "ente"};
    if (!kPurposeHeads.count(folded_[head])) return e;
    // "per la", "per l'": the article goes with the noun.
    if (k + 1 < toks_.size() && joins(k) && is_article(language_, folded_[k + 1])) ++k;
  }
  ++k;
  if (k >= toks_.size() || !joins(k - 1) || toks_[k].cap || toks_[k].number || info_[k]->stop || !common(k) ||
      infinitive(folded_[k])) {
    return e;  // "al Governo di riferire": a verb's complement, not the body's
  }
  e = k;
  for (int adjectives = 0; adjectives < 2; ++adjectives) {
    size_t after = lowercase_modifier_after(e);
    if (after == e) break;
    e = after;
  }
  return e;
}

// "lo Stato italiano", "l'Interpol serba", "la Nazionale azzurra": an organisation some
// rule settled takes the demonyms and adjectives right after it, as institutions do.
void Finder::extend_organisations() {
  for (size_t i = 0; i < mentions_.size(); ++i) {
    Mention& m = mentions_[i];
    if (m.kind != Kind::kOrganisation) continue;
    size_t e = m.last;
    for (int adjectives = 0; adjectives < 3; ++adjectives) {
      size_t after = lowercase_modifier_after(e);
      if (after == e) break;
      e = after;
    }
    if (e == m.last || (i + 1 < mentions_.size() && mentions_[i + 1].first <= e)) continue;
    m.last = e;
  }
}

// Token k opens an organisation of its own: a head word ("Università"), a known
// organisation, or an acronym.
bool Finder::nested_organisation(size_t k, size_t last) const {
  if (toks_[k].all_caps && toks_[k].text.size() >= 2) return true;
  // Words that close a name more often than they open another: "Senato della Repubblica",
  // "Partito del Popolo", "Consiglio Superiore della Banca d'Italia".
  static const std::unordered_set<std::string> kClosing = {
      "repubblica", "stato", "popolo", "federazione", "banca", "sinistra", "nuovo", "nuova", "forza", "fratelli"};
  if (kClosing.count(folded_[k])) return false;
  if (cue_at(Cue::kOrgHead, k) > 0) return true;
  return cue_at(Cue::kOrg, k) > 0 && k <= last;
}

// "l'uragano Ike", "il virus Zika", "la scala Richter", "il sistema operativo Android": a
// noun naming a kind of thing (a storm, a ship, a product, a work) just before the name
// says it names that thing, no person.
bool Finder::thing_noun_before(size_t first) const {
  if (first == 0 || !joins(first - 1) || toks_[first - 1].cap || toks_[first - 1].gap != Gap::kSpace) return false;
  if (cue_ends_at(Cue::kThingNoun, first - 1)) return true;
  // "un Irisbus Citelis", "una Suzuki Vitara": an indefinite article before a name is a
  // product's, no one's.
  const std::string& before = folded_[first - 1];
  if (language_ == "it" && (before == "un" || before == "una" || before == "uno")) return true;
  size_t k = first - 1;  // one adjective between: "il sistema operativo Android"
  return k > 0 && joins(k - 1) && !toks_[k - 1].cap && adjective_like(folded_[k]) && !info_[k]->stop &&
         cue_ends_at(Cue::kThingNoun, k - 1);
}

// "il comune di Rignano", "la città siriana di Kobanê": a noun naming a kind of place,
// perhaps with one adjective or demonym, and a connector just before the name.
bool Finder::place_noun_of(size_t first) const {
  if (first < 2 || !joins(first - 1) || !joins(first - 2) || !has_cue(cue_mask_[first - 1], Cue::kConnector)) {
    return false;
  }
  size_t k = first - 2;
  if (has_cue(cue_mask_[k], Cue::kPlaceNoun)) return true;
  bool modifier = !toks_[k].cap && !info_[k]->stop &&
                  ((info_[k]->concept_start && match_entity_concept(folded_, k).id.rfind("nat:", 0) == 0) ||
                   adjective_like(folded_[k]));
  return modifier && k > 0 && joins(k - 1) && has_cue(cue_mask_[k - 1], Cue::kPlaceNoun);
}

// A `cue` phrase of up to three words ends at token k.
bool Finder::cue_ends_at(Cue cue, size_t k) const {
  for (size_t start = k + 1; start-- > 0 && k - start < 3;) {
    int n = cue_at(cue, start);
    if (n > 0 && start + static_cast<size_t>(n) - 1 == k) return true;
  }
  return false;
}

bool Finder::title_before(size_t first) const {
  // "il presidente Putin", "il presidente russo Vladimir Putin": a title just before
  // the name, or before a demonym or adjective that is.
  if (first == 0 || !joins(first - 1)) return false;
  size_t k = first - 1;
  if (toks_[k].cap) return false;
  if (cue_ends_at(Cue::kTitle, k)) return true;
  bool modifier = (info_[k]->concept_start && match_entity_concept(folded_, k).id.rfind("nat:", 0) == 0) ||
                  adjective_like(folded_[k]);
  return modifier && k > 0 && joins(k - 1) && !toks_[k - 1].cap && cue_ends_at(Cue::kTitle, k - 1);
}

// "l'editore Salani", "la rivista scientifica Addiction", "l'agenzia antidoping statunitense
// Usada": a noun naming a kind of organisation, and up to two adjectives or demonyms, just
// before the name say it is one; a name no list knows would otherwise pass for a surname.
bool Finder::org_noun_before(size_t first) const {
  size_t k = first;
  for (int modifiers = 0; modifiers <= 2; ++modifiers) {
    if (k == 0 || !joins(k - 1) || toks_[k - 1].cap || toks_[k - 1].number) return false;
    --k;
    if (cue_ends_at(Cue::kOrgNoun, k)) return true;
    bool modifier = !info_[k]->stop &&
                    ((info_[k]->concept_start && match_entity_concept(folded_, k).id.rfind("nat:", 0) == 0) ||
                     adjective_like(folded_[k]));
    if (!modifier) return false;
  }
  return false;
}

const Place* Finder::place_for(const std::string& key, size_t length, bool followed_by_name, bool word,
                               bool after_locative) const {
  auto places = find_places(key);
  for (const Place* p : places) {
    if (p->kind == PlaceKind::kCountry || p->kind == PlaceKind::kArea) return p;
    // "Washington Post", "Roma Capitale": a city followed by another name word is part of it.
    if (followed_by_name) continue;
    if (p->kind == PlaceKind::kRegion) {
      // Regions written by hand are known ones; generated ones count at home.
      // "in Florida", "a Minnesota": a preposition of place vouches for a region abroad.
      if (p->id.rfind("place:", 0) == 0 || home_country(language_, p->country) ||
          countries_named_.count(p->country) || after_locative || length > 1 || !word) {  // "New Jersey", "Texas"
        return p;
      }
      continue;
    }
    bool home = home_country(language_, p->country) || countries_named_.count(p->country);
    long need = home ? 1000 : (length > 1 ? kSmallCity : kSmallCity * 2);
    // "Paese", "Franco", "Porto": a town called like a word needs to be a large one.
    // After "a"/"in" ("intorno a Lecco", "ad Assisi") the word is a place's name.
    if (length == 1 && word && !after_locative) need = home ? 50000 : 500000;
    if (p->population >= need) return p;
  }
  return nullptr;
}

// The longest known name (concept, place, organisation) starting at token p and
// ending by `last`: its length in tokens, 0 if none.
size_t Finder::known_at(size_t p, size_t last, Mention* out) const {
  size_t best = 0;
  if (ConceptHit c = info_[p]->concept_start ? match_entity_concept(folded_, p) : ConceptHit{}; c.words) {
    std::string_view id = c.id;
    size_t n = c.words;
    size_t end = p + n - 1;
    bool entity_id = id.rfind("country:", 0) == 0 || id.rfind("city:", 0) == 0 || id.rfind("org:", 0) == 0;
    if (entity_id && end <= last && name_word(end)) {
      best = n;
      out->first = p;
      out->last = end;
      if (id.rfind("org:", 0) == 0) {
        out->kind = Kind::kOrganisation;
        out->key = std::string(id);
      } else if (id.rfind("country:", 0) == 0) {
        out->kind = Kind::kPlace;
        out->place = country_place(id.substr(8));
        out->key = out->place ? out->place->id : std::string(id);
      } else {
        out->kind = Kind::kPlace;
        auto places = find_places(key_of(p, end));
        for (const Place* pl : places) {
          if (pl->kind == PlaceKind::kCity) { out->place = pl; break; }
        }
        out->key = out->place ? out->place->id : std::string(id);
      }
    }
  }
  size_t longest = std::min(last, p + 7);
  if (!info_[p]->place_start) longest = p - 1;  // no place name starts here
  for (size_t k = longest + 1; k-- > p && k - p + 1 > best;) {
    if (!name_word(k)) continue;
    // "Paolo VI", "Giovanni XXIII": a given name and a Roman numeral name a pope or a king.
    if (k > p && roman_numeral(toks_[k].text) && has_cue(cue_mask_[p], Cue::kGiven)) continue;
    // ... unless a given name opens the next mention ("New York Andrew Cuomo").
    bool followed = k + 1 < toks_.size() && joins(k) && name_word(k + 1) && toks_[k].gap != Gap::kApostrophe &&
                    !(has_cue(cue_mask_[k + 1], Cue::kGiven) && !has_cue(cue_mask_[p], Cue::kGiven));
    bool after_locative = p > 0 && joins(p - 1) && !toks_[p - 1].cap &&
                          (locative(language_, folded_[p - 1]) || of_a_place_noun(p - 1));
    const Place* pl = place_for(key_of(p, k), k - p + 1, followed, k == p && common(p), after_locative);
    // "Air France", "Miss Italia": a place name right after another name word is part of it.
    if (pl && k == p && p > 0 && joins(p - 1) && toks_[p - 1].gap == Gap::kSpace && name_word(p - 1) &&
        !toks_[p - 1].sentence_start && cue_at(Cue::kTitle, p - 1) == 0 &&
        !has_cue(cue_mask_[p - 1], Cue::kLocHead)) {
      pl = nullptr;
    }
    // A sentence's first word may be a verb that is also a far-away town ("Salta"):
    // it needs a large city, its own country, or the word capitalised elsewhere.
    if (pl && k == p && toks_[p].sentence_start && pl->kind == PlaceKind::kCity &&
        pl->population < kMillionCity && !home_country(language_, pl->country) &&
        !seen_capitalized_mid(p)) {
      pl = nullptr;
    }
    if (pl) {
      best = k - p + 1;
      out->first = p;
      out->last = k;
      out->kind = Kind::kPlace;
      out->place = pl;
      out->key = pl->id;
      break;
    }
  }
  int org = cue_at(Cue::kOrg, p);
  if (org > 0 && static_cast<size_t>(org) >= best && p + org - 1 <= last) {
    best = static_cast<size_t>(org);
    out->first = p;
    out->last = p + best - 1;
    out->kind = Kind::kOrganisation;
    out->place = nullptr;
    out->key = "org:" + key_of(p, out->last);
  }
  return best;
}

void Finder::segment(size_t first, size_t last, bool title_cue) {
  size_t p = first;
  while (p <= last) {
    if (!name_word(p)) {
      // "il Ministro dei Trasporti": a title's department follows a connector, its holder does not.
      title_cue = false;
      ++p;
      continue;
    }
    if (has_cue(cue_mask_[p], Cue::kNotName)) { ++p; continue; }
    // "Il", "Per", "Secondo", "Salta" opening a sentence are words, not names; and so
    // are function words capitalised in a heading ("Un", "Alle").
    bool opening = toks_[p].sentence_start && !seen_capitalized_mid(p) &&
                   !has_cue(cue_mask_[p], Cue::kGiven) && !surname_prefix(p) && (common(p) || common_at_start(p));
    bool body = has_cue(cue_mask_[p], Cue::kBody) && p > 0 && is_article(language_, folded_[p - 1]);
    // "A. Smith": a capital and a full stop before a name is an initial, not "a".
    bool function_word = info_[p]->stop && !surname_prefix(p) && !body &&
                         !has_cue(cue_mask_[p], Cue::kGiven) && toks_[p].gap != Gap::kInitial;
    if (opening || function_word) {
      Mention probe;
      size_t n = known_at(p, last, &probe);
      // "Toscana:", "USA:" opening a heading: a label the gazetteer knows names the place
      // the news comes from, though the word is also an adjective or a verb.
      bool place_label = n == 1 && probe.kind == Kind::kPlace && heading_label(p) && !has_cue(cue_mask_[p], Cue::kGiven);
      if (n < 2 && !place_label) {
        ++p;
        continue;
      }
    }
    int title = cue_at(Cue::kTitle, p);
    // "il Primo Ministro" alone is a title too: no name of anyone.
    if (title > 0 && p + static_cast<size_t>(title) - 1 <= last) {
      p += static_cast<size_t>(title);
      title_cue = true;
      continue;
    }
    Mention m;
    m.article = p > 0 && joins(p - 1) && is_article(language_, folded_[p - 1]);
    size_t known = known_at(p, last, &m);
    if (known == 1 && m.kind == Kind::kPlace && (thing_noun_before(p) || event_before(p))) {
      // "l'uragano Sandy", "Coppa del Mondo", "Tour de France": a storm or an event named
      // like a place is neither the place nor a person.
      p += 1;
      title_cue = false;
      continue;
    }
    if (size_t n = known) {
      // "la Roma", "il Napoli": a city with an article is its football club.
      if (m.kind == Kind::kPlace && m.place && m.place->kind == PlaceKind::kCity && n == 1 && p > 0 &&
          joins(p - 1) && !toks_[p - 1].cap && club_article(language_, folded_[p - 1])) {
        m.kind = Kind::kOrganisation;
        m.key = "org:" + folded_[p];
        m.place = nullptr;
      }
      // "a Barcellona", "nel Lazio", "l'aeroporto di Barcellona": a club named like its place
      // is the place where a preposition of place says where.
      if (m.kind == Kind::kOrganisation && n == 1) {
        const Place* pl = place_context_before(p) ? place_for(folded_[p], 1, false, false, true) : nullptr;
        if (pl) {
          m.kind = Kind::kPlace;
          m.place = pl;
          m.key = pl->id;
        } else if (seat_of_power(p)) {
          m.kind = Kind::kPlace;  // "salito al Quirinale", "in Vaticano": the palace, not the office
          m.key = "loc:" + folded_[p];
        }
      }
      // "Russia occidentale", "Mediterraneo orientale": a compass adjective narrows the place.
      if (m.kind == Kind::kPlace && m.place && m.place->kind != PlaceKind::kCity && m.last + 1 < toks_.size() &&
          joins(m.last) && toks_[m.last].gap == Gap::kSpace && compass_adjective(folded_[m.last + 1])) {
        ++m.last;
        ++n;
      }
      if (options_.institutions && country_as_agent(m)) {
        m.kind = Kind::kOrganisation;
        m.key = "org:" + key_of(m.first, m.last);
      }
      if (m.kind == Kind::kOrganisation) {
        // "Wikimedia Foundation", "Corriere della Sera": a known name opening a longer one.
        size_t e = m.last;
        while (e < last) {
          size_t k = e + 1;
          while (k <= last && !name_word(k) && !coordinator(folded_[k])) ++k;
          if (k > last || !name_word(k) || k - e > 2 || has_cue(cue_mask_[k], Cue::kGiven)) break;
          // "l'Interpol di Belgrado": a known city after a connector is where the body sits.
          Mention probe;
          // ("University of Wisconsin": a state or a country may be part of the name.)
          if (k > e + 1 && known_at(k, last, &probe) && probe.place && probe.place->kind == PlaceKind::kCity) break;
          e = k;
        }
        if (e != m.last) {
          m.last = e;
          m.key = "org:" + key_of(m.first, e);
          n = e - p + 1;
        }
      }
      mentions_.push_back(m);
      if (m.place && m.place->kind == PlaceKind::kCountry) countries_named_.insert(m.place->country);
      p += n;
      title_cue = false;
      continue;
    }
    int org_words = cue_at(Cue::kOrgHead, p);
    bool org_head = org_words > 0;
    bool loc_head = !org_head && cue_at(Cue::kLocHead, p) > 0 && p < last;
    size_t e = p;
    if (org_head || loc_head) {
      // "Università di Bologna", "Ministero dell'Interno", "Monte Bianco": to the run's end,
      // but not across "e"/"and" ("il Senato e la Camera").
      while (e < last) {
        size_t k = e + 1;
        while (k <= last && !name_word(k)) {
          if (coordinator(folded_[k]) && !(joint_portfolio(p) && k + 1 <= last &&
                                           has_cue(cue_mask_[k + 1], Cue::kConnector) && !coordinator(folded_[k + 1]))) {
            break;
          }
          ++k;
        }
        // "Ministero dell'Economia e delle Finanze": "e" then a connector goes on with the name.
        bool and_of = coordinator(folded_[e + 1]) && e + 2 < k && has_cue(cue_mask_[e + 2], Cue::kConnector) &&
                      !coordinator(folded_[e + 2]) && joint_portfolio(p);
        if (k > last || !name_word(k) || (coordinator(folded_[e + 1]) && !and_of)) break;
        // "Dipartimento di Fisica dell'Università di Pisa", "Consiglio di Sicurezza dell'ONU":
        // another organisation after a connector is a mention of its own.
        if (org_head && k > e + 1 && nested_organisation(k, last)) break;
        // "presidente del Consiglio Enrico Letta": a given name opens the next mention
        // ("Piazza Giuseppe Garibaldi" is one place).
        // ("Università di San Marino": after a saint's "San" the given name goes on with the name.)
        bool saint = k == e + 1 && (folded_[e] == "san" || folded_[e] == "santa" || folded_[e] == "santo");
        if (org_head && !saint && (has_cue(cue_mask_[k], Cue::kGiven) || cue_at(Cue::kTitle, k) > 0)) break;
        // "Governo Letta", "Amministrazione Bush": a government and the person who leads it.
        if (org_head && k == e + 1 && e == p && led_by_name(p) && !toks_[k].all_caps) break;
        // "Procura di Milano": the city after an institution is a place of its own.
        // So is the city after a building's name ("Policlinico Gemelli di Roma") or a court's
        // ("Corte d'Appello di Torino").
        static const std::unordered_set<std::string> kLocalOffices = {
            "procura", "tribunale", "questura", "prefettura", "guardia", "polizia", "carabinieri",
            "ospedale", "policlinico", "stadio", "corte"};
        // "Senato degli Stati Uniti", "Corte Suprema del Pakistan": the country after a body is
        // a place of its own; a bare "di" or "d'" keeps it in ("Università di San Marino", "Banca d'Italia").
        if (org_head && k > e + 1 && folded_[k - 1] != "d" && folded_[k - 1] != "di") {
          Mention probe;
          if (known_at(k, last, &probe) && probe.place && probe.place->kind == PlaceKind::kCountry) break;
        }
        if (k > e + 1 && kLocalOffices.count(folded_[p])) {
          Mention probe;
          if (known_at(k, last, &probe) && probe.place && probe.place->kind == PlaceKind::kCity) break;
        }
        e = k;
      }
      // "Vigili del fuoco": a head of several words covers them all, in any case.
      if (org_head && p + static_cast<size_t>(org_words) - 1 > e) e = p + static_cast<size_t>(org_words) - 1;
      // "Unione europea", "Protezione civile", "Tribunale supremo elettorale": adjectives and
      // demonyms after it.
      for (int adjectives = 0; adjectives < 3; ++adjectives) {
        size_t after = lowercase_modifier_after(e);
        if (after == e) break;
        e = after;
      }
      // No capitalised word after the head: its complement may be in lower case.
      bool head_alone = true;
      for (size_t k = p + static_cast<size_t>(org_words); k <= e; ++k) head_alone = head_alone && !toks_[k].cap;
      if (org_head && head_alone) e = lowercase_complement_after(p + static_cast<size_t>(org_words) - 1, e);
      m.first = p;
      m.last = e;
      m.kind = org_head ? Kind::kOrganisation : Kind::kPlace;
      // "le Conseil", "il Consiglio" alone: an institution named by its head word, which
      // KIND counts and a story's entity list does without.
      if (org_head && e == p && !options_.institutions) m.kind = Kind::kDrop;
      // "l'Università", "la Congregazione" alone: a head that names a kind of body, where
      // there are many, names none; KIND counts a head that names one body ("il Governo",
      // "la Lega", "la Chiesa").
      if (org_head && e == p && generic_head(p)) m.kind = Kind::kDrop;
      m.key = (org_head ? "org:" : "loc:") + key_of(p, e);
      mentions_.push_back(m);
      p = e + 1;
      title_cue = false;
      continue;
    }
    // A plain name: capitalised words, with name particles between them
    // ("Lula da Silva", "Ursula von der Leyen"), not running into a known place.
    while (e < last) {
      // "Loredana Berté & Gigi D'Alessio": two people, not a firm.
      if (toks_[e].gap == Gap::kAmpersand &&
          (has_cue(cue_mask_[e + 1], Cue::kGiven) || has_cue(cue_mask_[p], Cue::kGiven))) {
        break;
      }
      // "Angelino Alfano Ministero dell'Interno" (a table of names and offices): after a
      // given name and a surname, a word opening an organisation's name opens another mention.
      if (name_word(e + 1) && e > p && has_cue(cue_mask_[p], Cue::kGiven) &&
          cue_at(Cue::kOrgHead, e + 1) > 0) {
        break;
      }
      if (name_word(e + 1) && has_cue(cue_mask_[e + 1], Cue::kGiven)) {
        // "Repubblica Giorgio Napolitano": the words before a given name are another mention.
        // ("EVG-Verhandlungsführerin Miriam Kessler": an ordinary word just before it.)
        if (!has_cue(cue_mask_[p], Cue::kGiven) && common(e) && !surname_prefix(e)) break;
      }
      // "EVG-Warnstreik", "GDL-Streik": an acronym in a compound is the organisation alone;
      // "dell'AMG Stefano Mileci": an acronym before a name is another mention.
      if (toks_[e].all_caps && !toks_[e + 1].all_caps &&
          (toks_[e].gap == Gap::kHyphen || has_cue(cue_mask_[e + 1], Cue::kGiven))) {
        break;
      }
      // "Gerry Scotti Io canto", "Nesli Il solo": a capitalised function word opens a title.
      static const std::unordered_set<std::string> kOpeners = {"il", "io", "i", "non", "per", "che", "ma"};
      // ("Kim Il-sung": joined by a hyphen, "Il" is part of the name.)
      if (language_ == "it" && name_word(e + 1) && toks_[e].gap == Gap::kSpace && kOpeners.count(folded_[e + 1]) &&
          toks_[e + 1].gap != Gap::kHyphen) {
        break;
      }
      if (toks_[e].gap == Gap::kDomain) {  // "Megaupload.com"
        ++e;
        continue;
      }
      if (name_word(e + 1) || toks_[e].gap == Gap::kHyphen) {
        Mention probe;
        // "Jimmy Wales", "Denzel Washington": right after a given name a region's or a city's
        // name is a surname.
        if (name_word(e + 1) && known_at(e + 1, last, &probe) && probe.kind == Kind::kPlace &&
            !(probe.place && probe.place->kind == PlaceKind::kCity && probe.place->population < kBigCity) &&
            !(has_cue(cue_mask_[p], Cue::kGiven) && e == p && probe.place &&
              (probe.place->kind == PlaceKind::kRegion || probe.place->kind == PlaceKind::kCity))) {
          break;
        }
        ++e;
        continue;
      }
      size_t k = e + 1;
      // "da", "von", "bin", and a second word after one: "von der", "van den", "de la".
      // Italian "di"/"del" join only after a given name: "Francesco del Giocondo".
      auto noble = [&](size_t i) {
        // ("Paolo Ferrero di Rifondazione": not after the surname).
        bool given_so_far = true;
        for (size_t g = p; g <= e; ++g) given_so_far = given_so_far && has_cue(cue_mask_[g], Cue::kGiven);
        return language_ == "it" && given_so_far && (folded_[i] == "di" || folded_[i] == "del");
      };
      while (k <= last && !name_word(k) &&
             (has_cue(cue_mask_[k], Cue::kParticle) || second_particle(k) || noble(k) || arabic_article(k))) {
        ++k;
      }
      if (k > last || k == e + 1 || k - e > 3) break;
      Mention probe;
      if (known_at(k, last, &probe)) break;
      e = k;
    }
    m.first = p;
    m.last = e;
    m.person_cue = title_cue || has_cue(cue_mask_[p], Cue::kGiven);
    m.org_cue = !title_cue && org_noun_before(p);
    m.thing_cue = !title_cue && !m.org_cue && !has_cue(cue_mask_[p], Cue::kGiven) && thing_noun_before(p);
    // "Barnes & Noble": two names joined by "&" are a firm's; "Flickr.com" a site's;
    // "W.W.F." an acronym's.
    bool ampersand = false, domain = false, dotted = e > p;
    for (size_t k = p; k < e; ++k) {
      ampersand = ampersand || toks_[k].gap == Gap::kAmpersand;
      domain = domain || toks_[k].gap == Gap::kDomain;
    }
    for (size_t k = p; k <= e && dotted; ++k) {
      dotted = toks_[k].text.size() == 1 && toks_[k].cap && k < toks_.size() - 1 && toks_[k].end < text_.size() &&
               text_[toks_[k].end] == '.';
    }
    if (e > p && (has_cue(cue_mask_[e], Cue::kOrgTail) || ampersand || domain || dotted)) {
      m.kind = Kind::kOrganisation;
      m.key = "org:" + key_of(p, e);
    } else if (e > p && has_cue(cue_mask_[e], Cue::kLocTail) && !has_cue(cue_mask_[p], Cue::kGiven)) {
      m.kind = Kind::kPlace;  // "Namadgi National Park", "Monaro Highway"
      m.key = "loc:" + key_of(p, e);
    }
    mentions_.push_back(m);
    p = e + 1;
    title_cue = false;
  }
}

void Finder::scan() {
  size_t i = 0;
  while (i < toks_.size()) {
    if (!name_word(i)) {
      // A demonym implies its country ("nordcoreano" -> KP).
      // Whole phrases only: stems would make "Franco" France.
      ConceptHit c = info_[i]->concept_start ? match_entity_concept(folded_, i) : ConceptHit{};
      if (c.words && c.id.rfind("nat:", 0) == 0) ++demonyms_[std::string(c.id.substr(4))];
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < toks_.size()) {
      if (!joins(j)) break;
      if (toks_[j].gap == Gap::kHyphen || toks_[j].gap == Gap::kDomain || name_word(j + 1)) { ++j; continue; }
      // "Movimento 5 Stelle": one small number between two name words is part of the name.
      if (j + 2 < toks_.size() && toks_[j + 1].number && toks_[j + 1].text.size() <= 2 && joins(j + 1) &&
          toks_[j].gap == Gap::kSpace && toks_[j + 1].gap == Gap::kSpace && name_word(j + 2)) {
        j += 2;
        continue;
      }
      // Up to two lower-case connectors, then a capitalised word: "Corea del Nord".
      size_t k = j + 1;
      while (k < toks_.size() && k - j <= 2 && lower_connector(k) && joins(k)) ++k;
      if (k == j + 1 || k >= toks_.size() || k - j > 3 || !name_word(k) || !joins(k - 1)) break;
      j = k;
    }
    segment(i, j, title_before(i));
    i = j + 1;
  }
}

// KIND-style spans that start in lower case: "via Roma", "provincia di Siena",
// and, as an option, institutions named by a common noun ("il governo").
void Finder::lowercase_heads() {
  std::vector<Mention> extra;
  for (size_t i = 0; i + 1 < toks_.size(); ++i) {
    const Token& t = toks_[i];
    if (t.cap || t.number) continue;
    if (!cue_mask_[i] && !(options_.institutions && folded_[i].size() > 4)) continue;
    // A place word counts only before a name, directly or after one connector.
    bool before_name = name_word(i + 1) || (i + 2 < toks_.size() && name_word(i + 2));
    if (info_[i]->stop) continue;  // "è stato" is no state
    bool inst = options_.institutions && (cue_at(Cue::kInstitution, i) > 0 || institution_noun(i));
    // Lower-case words KIND counts in a place's name: "via Roma", "provincia di Siena".
    static const std::unordered_set<std::string> kLowerLoc = {
        "via", "viale", "piazza", "corso", "provincia", "fiume", "lago", "monte",
        "quartiere", "frazione", "statale", "striscia", "street", "avenue", "river", "lake",
        "comune", "tunnel", "castello", "prefettura", "piazzale", "golfo", "stretto",
        // A building or a district named after its place or saint: "chiesa di San Luigi",
        // "convento di Sant'Orsola", "distretto di Bakwa", "oblast di Doneck".
        "chiesa", "cattedrale", "basilica", "abbazia", "convento", "tempio", "cimitero", "parrocchia",
        "palazzo", "distretto", "contea", "oblast"};
    // Words that join a name only directly: "largo Treves", "oceano Pacifico", "ponte Morandi"
    // (not "al largo di Cuba").
    static const std::unordered_set<std::string> kLowerLocDirect = {
        // ("isola" only directly: "l'isola di Trinidad" leaves the noun out, "isola Tiberina" not.)
        "largo", "autostrada", "oceano", "isola", "isole", "vulcano", "villa", "ponte", "torrente",
        "ospedale", "stadio", "chiesa", "scuola", "clinica", "museo", "hotel", "viadotto", "teatro"};
    // "Roma via Parigi": "via" after a place is "by way of".
    // "in via di Sviluppo": "in via di" and an ordinary word is an idiom (under way), no
    // street ("in via di Carcaricola" is one).
    bool by_way_of = folded_[i] == "via" && i > 0 &&
                     (name_word(i - 1) || (folded_[i - 1] == "in" && i + 2 < toks_.size() && folded_[i + 1] == "di" &&
                                           common(i + 2)));
    bool direct = before_name && name_word(i + 1) && toks_[i].gap == Gap::kSpace &&
                  kLowerLocDirect.count(folded_[i]) > 0;
    bool loc = direct || (before_name && kLowerLoc.count(folded_[i]) > 0 && !by_way_of);
    // "la regione Lombardia": the region's administration, which KIND counts as a body.
    if (options_.institutions && folded_[i] == "regione" && language_ == "it" && joins(i) &&
        toks_[i].gap == Gap::kSpace) {
      auto region = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.first == i + 1; });
      if (region != mentions_.end() && region->kind == Kind::kPlace && region->place &&
          region->place->kind == PlaceKind::kRegion) {
        region->first = i;
        region->kind = Kind::kOrganisation;
        region->place = nullptr;
        region->key = "org:" + key_of(i, region->last);
        continue;
      }
    }
    if (!inst && !loc) continue;
    // The mention that follows: directly, or after one connector ("provincia di Siena").
    size_t k = i + 1;
    if (!direct && k < toks_.size() && joins(i) && lower_connector(k) && joins(k)) ++k;
    auto next = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.first == k; });
    if (loc && next != mentions_.end() && joins(i) && next->kind != Kind::kPerson &&
        (next->kind == Kind::kPlace || next->kind == Kind::kUnknown)) {
      next->first = i;
      next->kind = Kind::kPlace;
      if (!next->place) next->key = "loc:" + key_of(i, next->last);
      continue;
    }
    if (inst && next != mentions_.end() && k > i + 1 && next->kind != Kind::kPerson &&
        next->kind != Kind::kPlace && common(next->first) && !next->person_cue) {
      // "ministero dell'Interno": the institution and the ordinary word after its
      // connector ("governo di Romano Prodi" is two mentions).
      next->first = i;
      next->kind = Kind::kOrganisation;
      next->key = "org:" + key_of(i, next->last);
      continue;
    }
    // "il regime di Assad", "il governo Letta": the institution alone, the name after it
    // a mention of its own.
    if (inst && !part_of_compound(i)) {
      int n = std::max(1, cue_at(Cue::kInstitution, i));
      Mention m;
      m.first = i;
      m.last = i + static_cast<size_t>(n) - 1;
      // "il governo italiano", "la polizia locale": a demonym or adjective after it
      // belongs to the name.
      if (m.last + 1 < toks_.size() && joins(m.last)) {
        ConceptHit c = info_[m.last + 1]->concept_start ? match_entity_concept(folded_, m.last + 1) : ConceptHit{};
        if (c.words && c.id.rfind("nat:", 0) == 0) {
          m.last += c.words;
        } else if (toks_[m.last].gap == Gap::kSpace && !toks_[m.last + 1].cap && !toks_[m.last + 1].number &&
                   adjective_like(folded_[m.last + 1]) && !info_[m.last + 1]->stop) {
          ++m.last;
        }
      }
      m.kind = Kind::kOrganisation;
      m.key = "org:" + key_of(m.first, m.last);
      extra.push_back(m);
    }
  }
  mentions_.insert(mentions_.end(), extra.begin(), extra.end());
  std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

void Finder::resolve_people() {
  struct Person {
    NameKey tokens;
    std::string key;
    size_t last_seen = 0;
  };
  std::vector<Person> people;
  auto tokens_of = [&](const Mention& m) { return name_key(surface(m.first, m.last)); };
  // Full names first: two or more words with a cue, or with no word the text
  // writes in lower case.
  for (auto& m : mentions_) {
    if (m.kind != Kind::kUnknown || m.last == m.first || m.org_cue || m.thing_cue) continue;
    bool has_word = false;
    for (size_t k = m.first; k <= m.last; ++k) {
      if (!toks_[k].cap && !toks_[k].all_caps) continue;
      if (surname_prefix(k) || initial(k)) continue;
      if (seen_lowercase(k) || common(k)) has_word = true;
    }
    // "Jairo Mora": a first word no dictionary knows makes a name of the rest too;
    // "Guerra Fredda" opens with an ordinary word.
    bool opens_with_word = (!initial(m.first) && (common(m.first) || seen_lowercase(m.first))) ||
                           (toks_[m.last - 1].gap == Gap::kHyphen && common(m.last));  // "EVG-Warnstreik"
    if (has_word && !m.person_cue && opens_with_word) continue;
    // "dell'Adam Air", "la Blue Star Line": Italian news writes no article before a person's
    // full name, unless a title stands there ("il presidente ..."), even when a given name
    // opens it ("la Dan-Air", "il Virginia Tech").
    if (italian_article_before(m.first) && !title_before(m.first) && !toks_[m.first].sentence_start) {
      continue;
    }
    if (!m.person_cue && language_ != "en") {
      // "Champions League", "Black Lives Matter": English words in another language's text.
      // The last word decides: organisations and events end in a noun ("Manchester United",
      // "Grammy Awards"), people in a surname, which may follow a word ("Marcel Kittel").
      bool english = !has_cue(cue_mask_[m.last], Cue::kGiven) && is_common_word("en", folded_[m.last]);
      if (english) continue;
    }
    auto toks = tokens_of(m);
    if (toks.tokens.empty()) continue;
    auto it = std::find_if(people.begin(), people.end(), [&](const Person& p) {
      return compare_name_keys(p.tokens, toks) == NameMatch::kFull;
    });
    if (it == people.end()) {
      // "Di Pietro" after "Antonio Di Pietro": a shorter form of someone already named.
      for (auto p = people.end(); p != people.begin();) {
        --p;
        if (toks.tokens.size() < p->tokens.tokens.size() &&
            compare_name_keys(toks, p->tokens) == NameMatch::kPartial) {
          it = p;
          break;
        }
      }
    }
    if (it == people.end()) {
      std::string key = "per:";
      for (const auto& t : toks.tokens) key += (key.size() > 4 ? " " : "") + t;
      people.push_back({toks, key, m.first});
      it = people.end() - 1;
    } else if (toks.tokens.size() > it->tokens.tokens.size()) {
      it->tokens = toks;
    }
    it->last_seen = m.first;
    m.kind = Kind::kPerson;
    m.key = it->key;
  }
  // Short forms: "Putin", "Kim", "Xi" join the person they shorten; the most
  // recently named one when two could be meant. A small city yields to a person.
  for (auto& m : mentions_) {
    bool small_place = m.kind == Kind::kPlace && m.place && m.place->kind == PlaceKind::kCity &&
                       m.first == m.last && m.place->population < kBigCity;
    if (m.kind != Kind::kUnknown && !small_place) continue;
    if (m.first == m.last && toks_[m.first].all_caps) continue;  // an acronym is no surname
    if (m.org_cue || m.thing_cue) continue;
    auto toks = tokens_of(m);
    Person* best = nullptr;
    for (auto& p : people) {
      if (compare_name_keys(toks, p.tokens) == NameMatch::kNone) continue;
      if (!best || (p.last_seen <= m.first && (best->last_seen > m.first || p.last_seen > best->last_seen))) best = &p;
    }
    if (best) {
      m.kind = Kind::kPerson;
      m.key = best->key;
      m.place = nullptr;
    }
  }
}

void Finder::classify_rest() {
  // Acronyms spelled out in the text: "Organizzazione delle Nazioni Unite (ONU)".
  std::unordered_map<std::string, std::string> initials;  // "onu" -> key
  for (const auto& m : mentions_) {
    if (m.kind != Kind::kOrganisation || m.last == m.first) continue;
    std::string ini;
    for (size_t k = m.first; k <= m.last; ++k) if (toks_[k].cap) ini += folded_[k].substr(0, 1);
    if (ini.size() >= 2) initials.emplace(ini, m.key);
  }
  for (auto& m : mentions_) {
    if (m.kind != Kind::kUnknown) continue;
    const Token& t = toks_[m.first];
    const std::string& tf = folded_[m.first];
    bool single = m.first == m.last;
    if (m.thing_cue) {
      m.kind = Kind::kDrop;
      continue;
    }
    if (m.org_cue && !quoted(m.first, m.last)) {
      m.kind = Kind::kOrganisation;
      m.key = "org:" + key_of(m.first, m.last);
      continue;
    }
    if (single && (roman_numeral(t.text) || (has_digit(t.text) && !t.all_caps))) {  // "XX secolo", "O157"
      m.kind = Kind::kDrop;
      continue;
    }
    if (single && t.all_caps && t.text.size() >= 2) {
      m.kind = Kind::kOrganisation;
      auto it = initials.find(tf);
      m.key = it != initials.end() ? it->second : "org:" + tf;
      continue;
    }
    if (single) {
      if (options_.institutions && m.article && !t.sentence_start && has_cue(cue_mask_[m.first], Cue::kBody)) {
        m.kind = Kind::kOrganisation;  // "lo Stato", "la Cassazione" (KIND's convention)
        m.key = "org:" + tf;
        continue;
      }
      // "il ministro della Difesa": the department of a title, not a name.
      bool of_title = m.first >= 2 && joins(m.first - 1) && joins(m.first - 2) &&
                      has_cue(cue_mask_[m.first - 1], Cue::kConnector) &&
                      has_cue(cue_mask_[m.first - 2], Cue::kTitle) && !m.person_cue;
      if (of_title || has_cue(cue_mask_[m.first], Cue::kTitle) || stopword(language_, tf)) {
        m.kind = Kind::kDrop;
        continue;
      }
      // A given name or a title before it makes a person, even of a word ("Xi", "Rosa").
      // "il governo Letta", "l'Amministrazione Trump": right after a government's head a
      // capitalised word is its leader's surname, though it is also a word ("letta": read).
      if (!t.sentence_start && m.first > 0 && joins(m.first - 1) && toks_[m.first - 1].gap == Gap::kSpace &&
          led_by_name(m.first - 1)) {
        m.person_cue = true;
      }
      bool word = !m.person_cue && (common(m.first) || seen_lowercase(m.first));
      if (word) {
        // A capitalised institution word after an article: "dello Stato" (KIND's convention).
        bool institution = options_.institutions && m.article && !t.sentence_start &&
                           (cue_at(Cue::kInstitution, m.first) == 1 ||
                            has_cue(cue_mask_[m.first], Cue::kBody));
        m.kind = institution ? Kind::kOrganisation : Kind::kDrop;
        m.key = "org:" + tf;
        continue;
      }
      if (t.sentence_start && !m.person_cue && !seen_capitalized_mid(m.first) && !has_word_list(language_)) {
        m.kind = Kind::kDrop;
        continue;
      }
      if (quoted(m.first, m.last) && !m.person_cue) {
        m.kind = Kind::kDrop;  // the title of a book, a show, a law
        continue;
      }
      if (m.person_cue) {
        m.kind = Kind::kPerson;
      } else if (camel_case(t.text)) {
        m.kind = Kind::kOrganisation;  // "PosteMobile", "YouTube": brands, not people
      } else if (m.article && in_article_before(m.first)) {
        m.kind = Kind::kPlace;  // "nel Mugello", "nell'Algarve": "in" and an article put it in place
      } else if (m.article) {
        m.kind = Kind::kOrganisation;  // "la Fiat", "della Juventus": names with an article
      } else if (m.first > 0 && joins(m.first - 1) && locative(language_, folded_[m.first - 1])) {
        m.kind = Kind::kPlace;  // "a Roccasecca", "in Kurdistan": an unknown place
      } else if (place_noun_of(m.first)) {
        m.kind = Kind::kPlace;  // "il comune di Rignano", "the town of Tharwa"
      } else if (owner_noun_of(m.first)) {
        m.kind = Kind::kOrganisation;  // "le azioni di Nextra", "i voli di Germanwings"
      } else if (bracketed(m.first, m.last)) {
        m.kind = Kind::kOrganisation;  // "(Pfizer)": a name in brackets after a mention
      } else if (weak_place(m.first)) {
        m.kind = Kind::kPlace;  // "Minnesota", "Ustica": a place too small or far for the lists' rule
        m.guessed = true;
      } else if (english_phrase_before(m.first) || heading_label(m.first)) {
        m.kind = Kind::kDrop;  // "Freedom of the Press", "Roma: ...": no person named
      } else {
        m.kind = Kind::kPerson;
        m.guessed = true;
      }
      m.key = std::string(m.kind == Kind::kPerson ? "per:" : m.kind == Kind::kPlace ? "loc:" : "org:") + tf;
      continue;
    }
    // Several capitalised words of which some are ordinary words: a title or an event
    // ("Guerra Fredda"), not a name; but after an article, with a word the language does
    // not have, an organisation ("il Daily Telegraph", "la National Security Agency").
    // An Italian word first is a thing named after someone ("Premio Wolf", "Lodo Mondadori").
    bool foreign_word = !common(m.first);
    for (size_t k = m.first; k <= m.last; ++k) foreign_word = foreign_word || (!common(k) && !toks_[k].all_caps);
    foreign_word = foreign_word && !common(m.first);
    m.kind = options_.institutions && m.article && !t.sentence_start && foreign_word && !quoted(m.first, m.last) &&
                     !event_word(m.last)
                 ? Kind::kOrganisation
                 : Kind::kDrop;
    m.key = "org:" + key_of(m.first, m.last);
    if (m.kind == Kind::kOrganisation && (has_cue(cue_mask_[m.last], Cue::kLocTail) || in_article_before(m.first))) {
      m.kind = Kind::kPlace;  // "il Beverly Hilton Hotel", "l'Allianz Stadium", "nella Valle Verde"
      m.key = "loc:" + key_of(m.first, m.last);
    }
  }
}

// Mentions a and b (a first) stand side by side in a list: "Microsoft, Oracle",
// "Misurata e Zuwarah".
bool Finder::listed_together(const Mention& a, const Mention& b) const {
  if (b.first == a.last + 1) {
    std::string_view between = text_.substr(toks_[a.last].end, toks_[b.first].begin - toks_[a.last].end);
    return between == "," || between == ", ";
  }
  return b.first == a.last + 2 && joins(a.last) && joins(a.last + 1) && !toks_[a.last + 1].cap &&
         (folded_[a.last + 1] == "e" || folded_[a.last + 1] == "ed");
}

// A lone unknown name in a list takes the kind of a neighbour some rule settled:
// "Microsoft, Oracle, Verizon" are firms, "Sirte, Bengasi, Misurata" towns.
void Finder::follow_lists() {
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < mentions_.size(); ++i) {
      Mention& m = mentions_[i];
      if (!m.guessed) continue;
      const Mention* settled = nullptr;
      auto usable = [](const Mention& n) {
        return !n.guessed && (n.kind == Kind::kOrganisation || n.kind == Kind::kPlace || n.kind == Kind::kPerson);
      };
      if (i > 0 && usable(mentions_[i - 1]) && listed_together(mentions_[i - 1], m)) settled = &mentions_[i - 1];
      if (!settled && i + 1 < mentions_.size() && usable(mentions_[i + 1]) && listed_together(m, mentions_[i + 1])) {
        settled = &mentions_[i + 1];
      }
      if (!settled) continue;
      m.guessed = false;
      if (settled->kind == m.kind) continue;
      m.kind = settled->kind;
      m.place = nullptr;
      m.key = std::string(m.kind == Kind::kPerson ? "per:" : m.kind == Kind::kPlace ? "loc:" : "org:") +
              key_of(m.first, m.last);
    }
  }
}

// "don Zeno", "suor Lucia", "bin Laden": the Italian clergy's "don" and "suor" and an
// Arabic "bin" open a name as part of it (KIND spans them), where other titles stay out.
void Finder::people_with_their_particles() {
  static const std::unordered_set<std::string> kOpeners = {"don", "suor", "bin", "ibn"};
  for (size_t i = 0; i < mentions_.size(); ++i) {
    Mention& m = mentions_[i];
    if (m.kind != Kind::kPerson || m.first == 0 || !joins(m.first - 1) || toks_[m.first - 1].gap != Gap::kSpace) continue;
    size_t k = m.first - 1;
    if (!kOpeners.count(folded_[k]) || (i > 0 && mentions_[i - 1].last >= k)) continue;
    m.first = k;
  }
}

// A lone name guessed a person takes the kind a rule settled for the same words elsewhere
// in the text: "la Federconsorzi" makes "Federconsorzi" an organisation all along.
void Finder::follow_namesakes() {
  std::unordered_map<std::string, Kind> settled;
  for (const auto& m : mentions_) {
    // A place counts when the gazetteer knows it: "a Putin" is no evidence of a town.
    bool evidence = m.kind == Kind::kOrganisation || (m.kind == Kind::kPlace && m.place);
    if (m.guessed || !evidence) continue;
    auto [it, inserted] = settled.emplace(key_of(m.first, m.last), m.kind);
    if (!inserted && it->second != m.kind) it->second = Kind::kUnknown;  // settled both ways: no say
  }
  for (auto& m : mentions_) {
    if (!m.guessed || m.kind != Kind::kPerson) continue;
    auto it = settled.find(key_of(m.first, m.last));
    if (it == settled.end() || it->second == Kind::kUnknown) continue;
    m.kind = it->second;
    m.guessed = false;
    m.key = std::string(m.kind == Kind::kPlace ? "loc:" : "org:") + key_of(m.first, m.last);
  }
}

// A score follows token k: "20-18", "3-0" (two numbers joined by a hyphen).
bool Finder::score_after(size_t k) const {
  return k + 2 < toks_.size() && joins(k) && toks_[k + 1].number && toks_[k + 1].gap == Gap::kHyphen &&
         toks_[k + 2].number;
}

// "Italia - Germania 0-3", "il Galles 16-13": places before a match's score are the
// teams that played it.
void Finder::teams_in_results() {
  auto make_team = [&](Mention& m) {
    if (m.kind != Kind::kPlace) return;
    m.kind = Kind::kOrganisation;
    m.place = nullptr;
    m.key = "org:" + key_of(m.first, m.last);
  };
  auto country = [](const Mention& m) { return m.kind == Kind::kPlace && m.place && m.place->kind == PlaceKind::kCountry; };
  for (size_t i = 0; i < mentions_.size(); ++i) {
    Mention& m = mentions_[i];
    if (i == 0 && !score_after(m.last)) continue;
    // The other side before a dash: "Italia - Germania", "ITALIA — SUDAFRICA".
    Mention* other = i > 0 ? &mentions_[i - 1] : nullptr;
    bool dash = false;
    if (other) {
      std::string_view between = text_.substr(toks_[other->last].end, toks_[m.first].begin - toks_[other->last].end);
      dash = between == " - " || between == " \xE2\x80\x94 " || between == " \xE2\x80\x93 " || between == "-";
    }
    // Two countries joined by a dash are two states facing each other, with a score or
    // not: "tensione Usa - Cina".
    bool states = dash && country(m) && country(*other);
    if (!score_after(m.last) && !states) continue;
    make_team(m);
    if (dash) make_team(*other);
  }
}

std::vector<Entity> Finder::build() {
  std::vector<Entity> out;
  std::unordered_map<std::string, size_t> by_key;
  std::vector<std::map<std::string, int>> form_counts;
  for (const auto& m : mentions_) {
    if (m.kind == Kind::kDrop || m.kind == Kind::kUnknown) continue;
    auto [it, inserted] = by_key.emplace(m.key, out.size());
    if (inserted) {
      Entity e;
      e.type = m.kind == Kind::kPerson ? EntityType::kPerson
               : m.kind == Kind::kPlace ? EntityType::kPlace : EntityType::kOrganisation;
      e.key = m.key;
      if (m.place) {
        e.country = m.place->country;
        e.lat = m.place->lat;
        e.lon = m.place->lon;
      }
      out.push_back(std::move(e));
      form_counts.emplace_back();
    }
    Entity& e = out[it->second];
    std::string form = surface(m.first, m.last);
    ++e.mentions;
    e.spans.push_back({toks_[m.first].begin, span_end(m)});
    if (form_counts[it->second][form]++ == 0) e.variants.push_back(form);
  }
  for (size_t i = 0; i < out.size(); ++i) {
    Entity& e = out[i];
    // The name shown: the fullest form (most words), then the most used, then the first.
    auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + std::count(s.begin(), s.end(), '-'); };
    std::string best = e.variants.front();
    for (const auto& v : e.variants) {
      int cv = form_counts[i][v], cb = form_counts[i][best];
      bool better = e.type == EntityType::kPerson
                        ? (words(v) > words(best) || (words(v) == words(best) && cv > cb))
                        : cv > cb;
      if (better) best = v;
    }
    std::stable_partition(e.variants.begin(), e.variants.end(), [&](const std::string& v) { return v == best; });
    e.name = best;
    // A city is also known by its name in English: "Pechino" (Beijing).
    if (e.key.rfind("geo:", 0) == 0) {
      auto places = find_places(place_key(e.name));
      for (const Place* p : places) {
        if (p->id == e.key) {
          if (std::find(e.variants.begin(), e.variants.end(), p->name) == e.variants.end()) e.variants.push_back(p->name);
          break;
        }
      }
    }
    if (e.key.rfind("city:", 0) == 0) {
      // No generated table: the concept id still names the city in English ("city:beijing").
      std::string english = e.key.substr(5);
      bool start = true;
      for (char& c : english) {
        if (c == '_') c = ' ';
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        start = c == ' ';
      }
      if (std::find(e.variants.begin(), e.variants.end(), english) == e.variants.end()) e.variants.push_back(english);
    }
    if (e.key.rfind("country:", 0) == 0) {
      auto d = demonyms_.find(e.country);
      if (d != demonyms_.end()) { e.mentions += d->second; demonyms_.erase(d); }
    }
  }
  // Countries only a demonym names: "il presidente russo" -> Russia.
  for (const auto& [code, count] : demonyms_) {
    const Place* p = country_place(code);
    if (!p) continue;
    Entity e;
    e.type = EntityType::kPlace;
    e.key = p->id;
    e.country = code;
    e.name = country_name(code, language_.empty() ? "en" : language_);
    e.variants.push_back(e.name);
    e.mentions = count;
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<Entity> Finder::run() {
  scan();
  lowercase_heads();
  resolve_people();
  classify_rest();
  follow_lists();
  follow_namesakes();
  teams_in_results();
  people_with_their_particles();
  extend_organisations();
  return build();
}

}  // namespace

std::vector<Entity> find_entities(std::string_view text, std::string_view language,
                                  const FindOptions& options) {
  Finder f(text, language, options);
  return f.run();
}

}  // namespace newsdesk::analyze
