#include "story/item_features.h"

#include <algorithm>

#include "text/normalize.h"
#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/words.h"

namespace newsdesk::story {
namespace {

// Paragraphs of an article that describe the event: news is written lead first.
constexpr int kLeadParagraphs = 3;

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
  return text::strip_marks(text::stem(language, text::fold_case(word)));
}

std::string lead_of(std::string_view body) {
  size_t pos = 0;
  for (int i = 0; i < kLeadParagraphs; ++i) {
    size_t next = body.find("\n\n", pos);
    if (next == std::string_view::npos) return std::string(body);
    pos = next + 2;
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

std::string match_key(std::string_view text) {
  std::string key;
  for (const auto& w : text::split_words(text)) {
    if (!key.empty()) key.push_back(' ');
    key += text::fold(w.text);
  }
  return key;
}

ItemFeatures describe_text(std::string_view compared, std::string_view full,
                           const std::string& language, const NameEvidence& names) {
  ItemFeatures f;
  f.match_key = match_key(compared);

  auto add_lookups = [&](std::string_view text, std::vector<Term>* terms) {
    auto words = text::split_words(text);
    bool title_case = is_title_case(words);
    std::unordered_map<std::string, size_t> index;  // term key -> position in *terms
    for (size_t i = 0; i < words.size(); ++i) {
      // A hyphenated compound ("nord-coreano", "Jong-un") is one term; its parts
      // and its joined form are all lookups.
      size_t end = i;
      while (end + 1 < words.size() && words[end].hyphen_next) ++end;
      std::string joined;
      bool capitalized = false, all_caps = false, any_number = false;
      for (size_t k = i; k <= end; ++k) {
        joined.append(words[k].text);
        capitalized = capitalized || words[k].capitalized;
        all_caps = all_caps || words[k].all_caps;
        any_number = any_number || words[k].is_number;
        if (end > i) f.lookup.insert(term_key(language, words[k].text));
      }
      const text::Word& first = words[i];
      // Two adjacent words written as one elsewhere: "Jong Un" / "Jong-un".
      if (end + 1 < words.size()) {
        f.lookup.insert(term_key(language, joined + std::string(words[end + 1].text)));
      }
      std::string folded = text::fold(joined);
      bool number = any_number && end == i;
      std::string key = number ? number_key(folded) : term_key(language, joined);
      f.lookup.insert(key);
      i = end;
      if (!terms) continue;
      if (!number && (folded.size() < 2 || stopword(language, folded))) continue;
      bool name = !number && names.is_name(folded, capitalized, all_caps,
                                           first.sentence_start || title_case);
      double weight = number ? kNumberWeight : name ? kNameWeight : kWordWeight;
      auto [it, inserted] = index.emplace(key, terms->size());
      if (inserted) {
        terms->push_back(Term{key, weight, name, number});
      } else if (weight > (*terms)[it->second].weight) {
        (*terms)[it->second].weight = weight;
        (*terms)[it->second].is_name = name;
      }
    }
  };
  add_lookups(compared, &f.terms);
  if (full.size() > compared.size()) add_lookups(full, nullptr);
  for (const auto& t : f.terms) f.weight += t.weight;
  return f;
}

std::vector<ItemFeatures> describe_items(const std::vector<core::Item>& items) {
  NameEvidence names;
  for (const auto& item : items) {
    names.observe(item.title);
    if (!item.body.empty()) names.observe(item.body);
  }
  std::vector<ItemFeatures> features;
  features.reserve(items.size());
  for (const auto& item : items) {
    std::string full = core::item_text(item);
    std::string compared = item.body.empty() ? item.title : item.title + "\n\n" + lead_of(item.body);
    ItemFeatures f = describe_text(compared, full, item.language, names);
    f.match_key = match_key(full);
    f.prefix_targets.push_back(match_key(item.title));
    size_t pos = 0;
    while (pos < item.body.size()) {
      size_t next = item.body.find("\n\n", pos);
      if (next == std::string::npos) next = item.body.size();
      f.prefix_targets.push_back(match_key(std::string_view(item.body).substr(pos, next - pos)));
      pos = next + 2;
    }
    features.push_back(std::move(f));
  }
  return features;
}

}  // namespace newsdesk::story
