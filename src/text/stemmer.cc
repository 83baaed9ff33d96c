#include "text/stemmer.h"

#include <libstemmer.h>

#include <map>
#include <memory>

namespace newsdesk::text {

Stemmer::Stemmer(std::string_view language) {
  if (language.empty()) return;
  stemmer_ = sb_stemmer_new(std::string(language).c_str(), "UTF_8");
}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::stem(std::string_view folded_word) const {
  if (!stemmer_) return std::string(folded_word);
  const sb_symbol* out = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(folded_word.data()),
      static_cast<int>(folded_word.size()));
  if (!out) return std::string(folded_word);
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

std::string stem(std::string_view language, std::string_view folded_word) {
  thread_local std::map<std::string, std::unique_ptr<Stemmer>, std::less<>> stemmers;
  auto it = stemmers.find(language);
  if (it == stemmers.end()) {
    it = stemmers.emplace(std::string(language), std::make_unique<Stemmer>(language)).first;
  }
  return it->second->stem(folded_word);
}

}  // namespace newsdesk::text
