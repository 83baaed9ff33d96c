#include "story/item_features.h"

#include <algorithm>
#include <cstdint>

#include <xxhash.h>

#include "core/parallel_for.h"
#include "story/minhash.h"
#include "text/concepts.h"
#include "text/normalize.h"
#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/translations.h"
#include "text/words.h"

namespace newsdesk::story {
namespace {

// Paragraphs of an article that describe the event: news is written lead first.
constexpr int kLeadParagraphs = 3;
constexpr size_t kLeadWords = 120;

// In a headline Written In Title Case capitals say nothing about names.
bool is_title_case(const std::vector<text::Word>& words) {
  int letters = 0, capitalized = 0;
  for (const auto& w : words) {
    if (w.is_number) continue;
    ++letters;
    if (w.capitalized) ++capitalized;
  }
  return letters >= 4 && capitalized * 10 >= letters * 7;
}

bool stopword(const std::string& language, const std::string& folded) {
  return language.empty() ? text::is_stopword_any(folded) : text::is_stopword(language, folded);
}

std::string number_key(std::string_view digits) {
  std::string key = "#";
  for (char c : digits) if (c >= '0' && c <= '9') key.push_back(c);
  return key;
}

std::string term_key(const std::string& language, std::string_view word) {
  return text::word_key(language, word);
}

std::string lead_of(std::string_view body) {
  size_t pos = 0;
  for (int i = 0; i < kLeadParagraphs; ++i) {
    size_t next = body.find("\n\n", pos);
    if (next == std::string_view::npos) {
      pos = body.size();
      break;
    }
    pos = next + 2;
  }
  // A page whose first paragraph runs on (a keyword list, a pasted listing)
  // would contain every headline: its lead stops after kLeadWords words.
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < pos; ++i) {
    bool space = body[i] == ' ' || body[i] == '\n' || body[i] == '\t';
    if (!space && !in_word && ++words > kLeadWords) return std::string(body.substr(0, i));
    in_word = !space;
  }
  return std::string(body.substr(0, pos));
}

}  // namespace

void NameEvidence::observe(std::string_view text) {
  auto words = text::split_words(text);
  if (is_title_case(words)) return;
  for (const auto& w : words) {
    if (w.is_number || w.sentence_start) continue;
    std::string f = text::fold(w.text);
    if (w.capitalized) ++capitalized_[f]; else ++lowercase_[f];
  }
}

void NameEvidence::merge(const NameEvidence& other) {
  for (const auto& [word, n] : other.capitalized_) capitalized_[word] += n;
  for (const auto& [word, n] : other.lowercase_) lowercase_[word] += n;
}

bool NameEvidence::is_name(const std::string& folded, bool capitalized, bool all_caps,
                           bool sentence_start) const {
  if (!capitalized && !all_caps) return false;
  auto count = [](const auto& map, const std::string& k) {
    auto it = map.find(k);
    return it == map.end() ? 0 : it->second;
  };
  int cap = count(capitalized_, folded), low = count(lowercase_, folded);
  if (all_caps && folded.size() >= 2 && low == 0) return true;  // NATO, CDU, USA
  if (sentence_start) return cap > low;
  return cap >= low;
}

std::string match_key(std::string_view text) { return text::fold_to_key(text); }

namespace {

Term make_term(std::string key, double weight, bool is_name, bool is_number) {
  Term t;
  t.key = std::move(key);
  t.weight = weight;
  t.is_name = is_name;
  t.is_number = is_number;
  return t;
}

// A word, or a chain of words joined by hyphens ("nord-coreano", "Jong-un").
struct Unit {
  std::string text;    // the words joined without hyphens
  std::string folded;  // fold(text)
  std::vector<std::string_view> parts;
  bool capitalized = false, all_caps = false, number = false, sentence_start = false;
};

// "80 000" and "1 200 000": digit groups after a space, as French, German and
// others write thousands.
bool continues_number(const std::string_view text, const text::Word& w, const text::Word& next) {
  if (!w.is_number || !next.is_number || next.text.size() != 3) return false;
  size_t gap_begin = w.offset + w.text.size();
  std::string_view gap = text.substr(gap_begin, next.offset - gap_begin);
  return gap == " " || gap == "\xC2\xA0" || gap == "\xE2\x80\xAF" || gap == "\xE2\x80\x89";
}

std::vector<Unit> make_units(std::string_view text, const std::vector<text::Word>& words,
                             bool title_case) {
  std::vector<Unit> units;
  for (size_t i = 0; i < words.size(); ++i) {
    Unit u;
    u.sentence_start = words[i].sentence_start || title_case;
    size_t end = i;
    while (end + 1 < words.size() &&
           (words[end].hyphen_next || continues_number(text, words[end], words[end + 1]))) {
      ++end;
    }
    for (size_t k = i; k <= end; ++k) {
      u.text.append(words[k].text);
      u.parts.push_back(words[k].text);
      u.capitalized = u.capitalized || words[k].capitalized;
      u.all_caps = u.all_caps || words[k].all_caps;
    }
    u.number = words[i].is_number && words[end].is_number &&
               (end == i || continues_number(text, words[i], words[i + 1]));
    u.folded = text::fold(u.text);
    units.push_back(std::move(u));
    i = end;
  }
  return units;
}

// The term a concept id stands for: numbers meet digits, a country meets its
// demonym ("Russia" / "russo"), anything else is its id.
Term concept_term(std::string_view id) {
  if (id.rfind("num:", 0) == 0) return make_term("#" + std::string(id.substr(4)), kNumberWeight, false, true);
  // A country or demonym says where, but news of one war names both sides: it
  // weighs between a word and a name and takes no part in name conflicts.
  if (id.rfind("nat:", 0) == 0 || id.rfind("country:", 0) == 0) {
    return make_term("@" + std::string(id.substr(id.find(':') + 1)), kNumberWeight, false, false);
  }
  // A city or an organisation is a name in any language: "Pechino" = "Beijing".
  if (id.rfind("city:", 0) == 0 || id.rfind("org:", 0) == 0) {
    return make_term("@" + std::string(id), kNameWeight, true, false);
  }
  return make_term("@" + std::string(id), kWordWeight, false, false);
}

// How an event concept written as one word is found across languages when the
// other side's lexicon lacks its word ("lawmakers" is @ev:parliament, Italian
// "legislatori" no concept): by that word's English, as any other word is.
std::vector<std::string> concept_pivots(const std::string& language, std::string_view id,
                                        std::string_view word) {
  if (id.rfind("ev:", 0) != 0) return {};
  std::string key = term_key(language, word);
  std::vector<std::string> pivots = text::english_keys(language, key);
  if (language == "en") pivots.insert(pivots.begin(), key);
  return pivots;
}

// describe_text without the match key, which describe_items makes otherwise.
ItemFeatures describe_terms(std::string_view compared, std::string_view full,
                            const std::string& language, const NameEvidence& names) {
  ItemFeatures f;
  f.language = language;

  auto add = [&](std::string_view text, std::vector<Term>* terms) {
    // The rest of a body only adds lookup forms: no names or pivots to judge there.
    const bool lookup_only = terms == nullptr;
    auto words = text::split_words(text);
    std::vector<Unit> units = make_units(text, words, is_title_case(words));
    std::vector<std::string> folded;
    for (const auto& u : units) folded.push_back(u.folded);
    // First the content terms in text order, then numbers learn their
    // neighbours, then repeats fold into one term of the highest weight.
    std::vector<Term> sequence;
    int spans = 0;
    size_t previous_name = SIZE_MAX;  // unit index of the last name seen
    for (size_t i = 0; i < units.size(); ++i) {
      const Unit& u = units[i];
      // Every written form is a lookup: a compound's parts, and two adjacent
      // words as one ("Jong Un" meets "Jong-un").
      if (u.parts.size() > 1) {
        for (auto part : u.parts) f.lookup.insert(term_key(language, part));
      }
      if (i + 1 < units.size()) f.lookup.insert(term_key(language, u.text + units[i + 1].text));
      std::string key = u.number ? number_key(u.folded) : term_key(language, u.text);
      f.lookup.insert(key);

      if (auto c = text::match_concept(language, folded, i)) {
        for (int k = 0; k < c->words; ++k) {
          f.lookup.insert(term_key(language, units[i + k].text));
        }
        sequence.push_back(concept_term(c->id));
        if (c->words == 1 && !lookup_only) sequence.back().pivots = concept_pivots(language, c->id, u.text);
        i += static_cast<size_t>(c->words) - 1;
        continue;
      }
      if (u.number) {
        sequence.push_back(make_term(std::move(key), kNumberWeight, false, true));
        sequence.back().in_digits = true;
        continue;
      }
      if (u.folded.size() < 2 || stopword(language, u.folded)) continue;
      if (lookup_only) continue;  // its key is in the lookup already
      bool name = names.is_name(u.folded, u.capitalized, u.all_caps, u.sentence_start);
      Term t = make_term(std::move(key), name ? kNameWeight : kWordWeight, name, false);
      t.pivots = text::english_keys(language, t.key);
      if (name) {
        if (previous_name == SIZE_MAX || previous_name + 1 != i) ++spans;
        t.span = spans;
        previous_name = i;
      }
      sequence.push_back(std::move(t));
    }
    if (!terms) {
      for (const auto& t : sequence) f.lookup.insert(t.key);
      return;
    }
    for (size_t k = 0; k < sequence.size(); ++k) {
      if (!sequence[k].is_number) continue;
      if (k > 0 && !sequence[k - 1].is_number) sequence[k].context.push_back(sequence[k - 1].key);
      if (k + 1 < sequence.size() && !sequence[k + 1].is_number) {
        sequence[k].context.push_back(sequence[k + 1].key);
      }
    }
    std::unordered_map<std::string, size_t> index;  // term key -> position in *terms
    for (auto& t : sequence) {
      f.lookup.insert(t.key);
      auto [it, inserted] = index.emplace(t.key, terms->size());
      if (inserted) {
        terms->push_back(std::move(t));
        continue;
      }
      Term& kept = (*terms)[it->second];
      kept.context.insert(kept.context.end(), t.context.begin(), t.context.end());
      if (t.weight > kept.weight) {
        t.context = std::move(kept.context);
        kept = std::move(t);
      }
    }
  };
  add(compared, &f.terms);
  if (full.size() > compared.size()) add(full, nullptr);
  for (const auto& t : f.terms) f.weight += t.weight;
  index_terms(f);
  return f;
}

}  // namespace

ItemFeatures describe_text(std::string_view compared, std::string_view full,
                           const std::string& language, const NameEvidence& names) {
  ItemFeatures f = describe_terms(compared, full, language, names);
  f.match_key = match_key(compared);
  return f;
}

namespace {

// Names, stems and words may match in part; numbers ("#12") and concepts ("@ev:kill") only whole.
bool may_match_in_part(const std::string& key) {
  return !key.empty() && key[0] != '@' && key[0] != '#';
}

uint64_t pack(const char* bytes, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[i]);
  return v;
}

}  // namespace

uint64_t term_hash(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }

uint64_t term_head(const std::string& key) {
  return may_match_in_part(key) && key.size() >= 5 ? pack(key.data(), 5) : 0;
}

uint64_t term_tail(const std::string& key) {
  return may_match_in_part(key) && key.size() >= 6 ? pack(key.data() + key.size() - 6, 6) : 0;
}

bool TermIndex::contains(uint64_t hash) const {
  return std::binary_search(lookup.begin(), lookup.end(), hash);
}

size_t TermIndex::bytes() const {
  return (lookup.capacity() + term_hash.capacity() + pivots.capacity() + term_pivots.capacity()) *
             sizeof(uint64_t) + term_pivot_begin.capacity() * sizeof(uint32_t) +
         (sorted_terms.capacity() + sorted_pivots.capacity() + heads.capacity() + tails.capacity()) *
             sizeof(heads[0]);
}

void index_terms(ItemFeatures& f) {
  TermIndex& x = f.index;
  x = TermIndex{};
  x.lookup.reserve(f.lookup.size());
  for (const auto& k : f.lookup) x.lookup.push_back(term_hash(k));
  std::sort(x.lookup.begin(), x.lookup.end());
  x.term_hash.reserve(f.terms.size());
  for (uint32_t i = 0; i < f.terms.size(); ++i) {
    const std::string& key = f.terms[i].key;
    x.term_hash.push_back(term_hash(key));
    x.sorted_terms.emplace_back(x.term_hash.back(), i);
    if (uint64_t h = term_head(key)) x.heads.emplace_back(h, i);
    if (uint64_t t = term_tail(key)) x.tails.emplace_back(t, i);
    x.term_pivot_begin.push_back(static_cast<uint32_t>(x.term_pivots.size()));
    for (const auto& p : f.terms[i].pivots) {
      x.term_pivots.push_back(term_hash(p));
      x.sorted_pivots.emplace_back(x.term_pivots.back(), i);
    }
  }
  x.term_pivot_begin.push_back(static_cast<uint32_t>(x.term_pivots.size()));
  x.pivots = x.term_pivots;
  std::sort(x.pivots.begin(), x.pivots.end());
  x.pivots.erase(std::unique(x.pivots.begin(), x.pivots.end()), x.pivots.end());
  std::sort(x.sorted_terms.begin(), x.sorted_terms.end());
  std::sort(x.sorted_pivots.begin(), x.sorted_pivots.end());
  std::sort(x.heads.begin(), x.heads.end());
  std::sort(x.tails.begin(), x.tails.end());
}

namespace {

// The title, each paragraph, and the body as a whole: a teaser may begin any of
// them, and may run on past a short first paragraph. Returns the body's key
// (its paragraphs' keys joined), so that no one folds the body twice.
std::string add_prefix_targets(const core::Item& item, ItemFeatures& f) {
  f.prefix_targets.push_back(match_key(item.title));
  std::string body;
  size_t pos = 0, paragraphs = 0;
  while (pos < item.body.size()) {
    size_t next = item.body.find("\n\n", pos);
    if (next == std::string::npos) next = item.body.size();
    f.prefix_targets.push_back(match_key(std::string_view(item.body).substr(pos, next - pos)));
    if (!f.prefix_targets.back().empty()) {
      if (!body.empty()) body.push_back(' ');
      body += f.prefix_targets.back();
      ++paragraphs;
    }
    pos = next + 2;
  }
  if (paragraphs > 1) f.prefix_targets.push_back(body);
  return body;
}

// The key of "a\n\nb" from the keys of a and b: words never run across the
// paragraph break, so the keys join with one space.
std::string join_keys(std::string a, const std::string& b) {
  if (!a.empty() && !b.empty()) a.push_back(' ');
  return a += b;
}

}  // namespace

ItemFeatures describe_for_dedup(const core::Item& item) {
  ItemFeatures f;
  std::string body_key = add_prefix_targets(item, f);
  f.match_key = join_keys(f.prefix_targets.front(), body_key);
  MinHash sig = minhash(f.match_key);
  f.signature.assign(sig.begin(), sig.end());
  return f;
}

std::vector<ItemFeatures> describe_items(const std::vector<core::Item>& items, int threads,
                                         bool keep_lookup_forms) {
  // Names are judged over the whole batch: each part's evidence, then the sum
  // (the same whatever the parts). A few parts a thread balance the threads;
  // more would make the serial sum the larger cost.
  size_t part_count = std::max<size_t>(1, std::min((items.size() + 63) / 64, 4 * static_cast<size_t>(std::max(1, threads))));
  size_t part_size = (items.size() + part_count - 1) / part_count;
  std::vector<NameEvidence> parts(part_count);
  core::parallel_for(parts.size(), threads, [&](size_t p) {
    for (size_t i = p * part_size; i < std::min(items.size(), (p + 1) * part_size); ++i) {
      parts[p].observe(items[i].title);
      if (!items[i].body.empty()) parts[p].observe(items[i].body);
    }
  });
  NameEvidence names = std::move(parts.front());
  for (size_t p = 1; p < parts.size(); ++p) names.merge(parts[p]);
  std::vector<ItemFeatures> features(items.size());
  core::parallel_for(items.size(), threads, [&](size_t i) {
    const core::Item& item = items[i];
    // An article is compared by its title and lead: news tells its event first,
    // and a later paragraph may well recall another event.
    std::string compared = item.body.empty() ? item.title : item.title + "\n\n" + lead_of(item.body);
    ItemFeatures f = describe_terms(compared, compared, item.language, names);
    std::string body_key = add_prefix_targets(item, f);
    f.match_key = join_keys(f.prefix_targets.front(), body_key);  // the key of title and body
    MinHash sig = minhash(f.match_key);
    f.signature.assign(sig.begin(), sig.end());
    if (!keep_lookup_forms) f.lookup = {};
    features[i] = std::move(f);
  });
  return features;
}

}  // namespace newsdesk::story
