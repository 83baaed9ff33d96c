// Snowball stemming (libstemmer) for the languages Snowball knows.
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace newsdesk::text {

// Not thread-safe (libstemmer keeps a buffer); use one per thread, or stem().
class Stemmer {
 public:
  explicit Stemmer(std::string_view language);  // ISO 639-1 code
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  bool available() const { return stemmer_ != nullptr; }
  // Stems a case-folded word; returns it unchanged when no stemmer exists.
  std::string stem(std::string_view folded_word) const;

 private:
  sb_stemmer* stemmer_ = nullptr;
};

// Stems with a per-thread Stemmer for `language`.
std::string stem(std::string_view language, std::string_view folded_word);

}  // namespace newsdesk::text
