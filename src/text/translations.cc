#include "text/translations.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>

#include "text/normalize.h"
#include "text/stemmer.h"

extern "C" const char newsdesk_blob_bilingual[];
extern "C" const char newsdesk_blob_bilingual_end[];

namespace newsdesk::text {
namespace {

constexpr size_t kMaxKeys = 16;  // English keys kept per word key

using KeyTable = std::unordered_map<std::string, std::vector<std::string>>;

// One language's lines of the embedded table ("it\tgoverno\tadministration|government"),
// folded by word key. Words sharing a key ("corto", "cortar" -> "cort") give their
// translations in turns, first senses first, so that each keeps its main sense.
KeyTable build(std::string_view language) {
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> senses;
  std::unordered_map<std::string_view, std::string> english_key;  // English words recur: stem each once
  std::string_view blob(newsdesk_blob_bilingual, newsdesk_blob_bilingual_end - newsdesk_blob_bilingual);
  std::string prefix = std::string(language) + "\t";
  size_t pos = 0;
  while (pos < blob.size()) {
    size_t end = blob.find('\n', pos);
    if (end == std::string_view::npos) end = blob.size();
    std::string_view line = blob.substr(pos, end - pos);
    pos = end + 1;
    if (line.substr(0, prefix.size()) != prefix) continue;
    line.remove_prefix(prefix.size());
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::vector<std::string> english;
    for (std::string_view rest = line.substr(tab + 1); !rest.empty();) {
      size_t bar = rest.find('|');
      std::string_view word = rest.substr(0, bar);
      auto [it, fresh] = english_key.try_emplace(word);
      if (fresh) it->second = word_key("en", word);
      english.push_back(it->second);
      if (bar == std::string_view::npos) break;
      rest.remove_prefix(bar + 1);
    }
    senses[word_key(language, line.substr(0, tab))].push_back(std::move(english));
  }
  KeyTable out;
  out.reserve(senses.size());
  for (auto& [key, lists] : senses) {
    std::vector<std::string>& keys = out[key];
    for (size_t rank = 0; keys.size() < kMaxKeys; ++rank) {
      bool any = false;
      for (const auto& list : lists) {
        if (rank >= list.size()) continue;
        any = true;
        const std::string& english = list[rank];
        if (english != key && keys.size() < kMaxKeys &&
            std::find(keys.begin(), keys.end(), english) == keys.end()) {
          keys.push_back(english);
        }
      }
      if (!any) break;
    }
  }
  return out;
}

}  // namespace

std::string word_key(std::string_view language, std::string_view word) {
  return strip_marks(stem(language, fold_case(word)));
}

const std::vector<std::string>& english_keys(std::string_view language, std::string_view key) {
  static const std::vector<std::string> kNone;
  if (language.empty() || language == "en") return kNone;
  static std::mutex mutex;
  static std::map<std::string, KeyTable, std::less<>> tables;
  const KeyTable* table;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = tables.find(language);
    if (it == tables.end()) it = tables.emplace(std::string(language), build(language)).first;
    table = &it->second;  // never erased or moved: std::map nodes are stable
  }
  auto found = table->find(std::string(key));
  return found == table->end() ? kNone : found->second;
}

}  // namespace newsdesk::text
