#include "analyze/gazetteer_words.h"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#ifdef NEWSDESK_HAVE_HUNSPELL
#include <hunspell.hxx>
#endif

namespace newsdesk::analyze {
namespace {

#ifdef NEWSDESK_HAVE_HUNSPELL
// Debian's hunspell-<lang> packages; the first file found is used.
constexpr std::pair<std::string_view, std::string_view> kDictionaries[] = {
    {"it", "it_IT"}, {"en", "en_US"}, {"en", "en_GB"}, {"de", "de_DE"}, {"fr", "fr_FR"},
    {"fr", "fr"},    {"es", "es_ES"}, {"pt", "pt_PT"}, {"pt", "pt_BR"}, {"nl", "nl_NL"},
    {"nl", "nl"}};
constexpr std::string_view kDir = "/usr/share/hunspell/";

struct Dictionaries {
  std::mutex mu;  // Hunspell keeps state while it checks a word
  std::map<std::string, std::unique_ptr<Hunspell>, std::less<>> by_language;
};

Dictionaries& dictionaries() {
  static Dictionaries& d = *new Dictionaries;  // never destroyed: no work at exit
  return d;
}

Hunspell* open_locked(Dictionaries& d, std::string_view language) {
  auto it = d.by_language.find(language);
  if (it != d.by_language.end()) return it->second.get();
  std::unique_ptr<Hunspell> h;
  for (const auto& [lang, file] : kDictionaries) {
    if (lang != language) continue;
    std::string base = std::string(kDir) + std::string(file);
    if (std::filesystem::exists(base + ".dic") && std::filesystem::exists(base + ".aff")) {
      h = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
      break;
    }
  }
  Hunspell* raw = h.get();
  d.by_language.emplace(std::string(language), std::move(h));
  return raw;
}
#endif

}  // namespace

bool is_common_word(std::string_view language, std::string_view folded_word) {
#ifdef NEWSDESK_HAVE_HUNSPELL
  if (language.empty() || folded_word.empty()) return false;
  // Words repeat (Zipf): a cache per thread answers most without Hunspell.
  thread_local std::unordered_map<std::string, bool> cache;
  std::string key(language);
  key.push_back('\t');
  key.append(folded_word);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  bool known = false;
  {
    Dictionaries& d = dictionaries();
    std::lock_guard<std::mutex> lock(d.mu);
    Hunspell* h = open_locked(d, language);
    known = h && h->spell(std::string(folded_word));
  }
  if (cache.size() > 200000) cache.clear();
  cache.emplace(std::move(key), known);
  return known;
#else
  (void)language;
  (void)folded_word;
  return false;
#endif
}

bool has_word_list(std::string_view language) {
#ifdef NEWSDESK_HAVE_HUNSPELL
  Dictionaries& d = dictionaries();
  std::lock_guard<std::mutex> lock(d.mu);
  return open_locked(d, language) != nullptr;
#else
  (void)language;
  return false;
#endif
}

}  // namespace newsdesk::analyze
