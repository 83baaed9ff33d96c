// Tokens for the fact finders (dates, quantities): words, digit runs and marks of a
// text with byte offsets, each word folded fast (lower case, Latin accents removed).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::analyze {

enum class TokenKind { kWord, kDigits, kMark };

struct FactToken {
  TokenKind kind = TokenKind::kMark;
  size_t begin = 0, end = 0;  // byte span in the text
  std::string folded;         // words: fold_fast(); digits: the digits; marks: the mark itself
  bool space_before = false;  // whitespace (any amount) between this token and the previous one
  bool newline_before = false;
  bool capitalized = false;   // words: first letter upper case
};

// Lower case and Latin diacritics removed ("Décembre" -> "decembre", "ß" -> "ss").
// Purpose-built for speed on Latin scripts; other scripts are lower-cased only.
std::string fold_fast(std::string_view utf8);

// Splits text into tokens. Digit runs stop at any non-digit: "2.000" is three tokens
// ("2", ".", "000") with no space between them; the number reader joins them.
std::vector<FactToken> tokenize_facts(std::string_view text);

// The first token that begins at or after byte `byte` (t.size() when none).
size_t token_at(const std::vector<FactToken>& t, size_t byte);

// The folded word at token i, or "" out of range or not a word.
std::string_view word_at(const std::vector<FactToken>& t, size_t i);

}  // namespace newsdesk::analyze
