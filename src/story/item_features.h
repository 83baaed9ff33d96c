// What grouping compares: each item's normalised forms (for exact repeats and
// cut-short teasers) and its weighted content terms — names, numbers and stems
// of content words — with the aliases that let "Jong-un" meet "Jong Un".
#pragma once

#include <string>
#include <string_view>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/item.h"

namespace newsdesk::story {

struct Term {
  std::string key;  // stem of the folded word, "#<digits>" for numbers
  double weight = 1.0;
  bool is_name = false;
  bool is_number = false;
  bool in_digits = false;  // a figure written in digits; "dozens" or "sette" only match
  int span = -1;  // names written next to each other ("Vladimir Putin") share a span
  // For a number, the terms written around it: what it counts ("300 pessoas",
  // "140 km/h"), so that only figures of the same thing can disagree.
  std::vector<std::string> context;
  // English stems of the word's translations (for English, the lemma of an
  // irregular form: "said" -> "say"; none for numbers and concepts): how it is
  // found in an item of another language.
  std::vector<std::string> pivots;
};

// Hashed forms of an item's terms, so that comparing two items costs lookups in
// sorted integer arrays, not string hashing and compares (most of the grouping
// time on full articles). Derived by index_terms(); never saved.
struct TermIndex {
  std::vector<uint64_t> lookup;     // sorted hashes of every `lookup` form
  std::vector<uint64_t> term_hash;  // hash of each term's key, in term order
  // The same hashes sorted, with each term's position: a pair of items is
  // compared by merging sorted arrays, linear in their sizes.
  std::vector<std::pair<uint64_t, uint32_t>> sorted_terms;
  // Terms that may match in part (see similarity.cc): by their first five and
  // their last six bytes, packed into an integer, with the term's position.
  std::vector<std::pair<uint64_t, uint32_t>> heads, tails;
  std::vector<uint64_t> pivots;            // sorted hashes of all terms' pivots
  std::vector<uint64_t> term_pivots;       // each term's pivot hashes, term after term,
  std::vector<uint32_t> term_pivot_begin;  // from term_pivot_begin[i] to [i + 1]
  std::vector<std::pair<uint64_t, uint32_t>> sorted_pivots;  // (pivot hash, term position), sorted
  bool contains(uint64_t hash) const;
  size_t bytes() const;
};

struct ItemFeatures {
  std::string match_key;                    // folded words joined by one space
  std::vector<std::string> prefix_targets;  // match keys of the title and each paragraph
  std::vector<Term> terms;                  // unique content terms of the title and lead
  std::unordered_set<std::string> lookup;   // every term form found anywhere in the item
  double weight = 0.0;                      // sum of term weights
  // MinHash of match_key, for the near-duplicate layer; computed with the rest so
  // that it runs on the feature threads, not in the engine's single thread.
  std::vector<uint32_t> signature;
  std::string language;  // ISO 639-1 of the text, "" when unknown
  TermIndex index;  // of `terms` and `lookup`
};

// Builds `f.index` from its terms and lookup; describe_text does it, and so must
// whoever fills or changes them otherwise (the engine when it loads its state).
void index_terms(ItemFeatures& f);

// The packed first five / last six bytes of a key that may match in part, 0 if none.
uint64_t term_head(const std::string& key);
uint64_t term_tail(const std::string& key);
uint64_t term_hash(std::string_view key);

// Which capitalised words are names, judged over a whole batch: a word is a name
// where it is written capitalised in mid-sentence more often than not.
class NameEvidence {
 public:
  void observe(std::string_view text);
  // Adds what `other` observed: evidence gathered in parts sums to the whole.
  void merge(const NameEvidence& other);
  bool is_name(const std::string& folded, bool capitalized, bool all_caps, bool sentence_start) const;

 private:
  std::unordered_map<std::string, int> capitalized_;
  std::unordered_map<std::string, int> lowercase_;
};

// The weights of the three kinds of term; names and numbers say most about which
// event a text reports.
inline constexpr double kNameWeight = 3.0;
inline constexpr double kNumberWeight = 2.0;
inline constexpr double kWordWeight = 1.0;

// Features of a text: `compared` gives the terms, `full` (a superset) the lookup.
ItemFeatures describe_text(std::string_view compared, std::string_view full,
                           const std::string& language, const NameEvidence& names);

// Features of each item: a headline whole, an article by its title and first
// paragraphs. The same on any number of threads. Without keep_lookup_forms the
// lookup's strings are dropped once hashed into the index: a batch compares by
// the index alone, and the strings are most of an item's memory; only the
// engine, which saves them with its state, needs them.
std::vector<ItemFeatures> describe_items(const std::vector<core::Item>& items, int threads = 1,
                                         bool keep_lookup_forms = true);

// Only what the dedup layers need (match key, prefix targets): the cheap path
// for streams where the event layer is off.
ItemFeatures describe_for_dedup(const core::Item& item);

// Folded words joined by one space; punctuation dropped.
std::string match_key(std::string_view text);

}  // namespace newsdesk::story
