// Language identification: fastText's lid.176 model (linked into the binary) for
// short texts such as headlines, cross-checked with CLD2's full tables on long ones.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::text {

struct LanguageGuess {
  std::string code;         // ISO 639-1 where one exists ("it", "de"), else 639-3; "" if unknown
  double confidence = 0.0;  // 0..1
};

// Thread-safe; the model loads once, on first use.
LanguageGuess identify_language(std::string_view utf8);

}  // namespace newsdesk::text
