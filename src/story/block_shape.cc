#include "story/block_shape.h"

#include <unicode/utf8.h>

#include "text/words.h"

namespace newsdesk::story {
namespace {

bool has_suffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

BlockShape measure_block(std::string_view text) {
  BlockShape s;
  for (const auto& w : text::split_words(text)) {
    ++s.words;
    if (!w.is_number) ++s.letters_words;
  }
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    ++s.chars;
  }
  std::string_view t = text;
  while (!t.empty() && (t.back() == ' ')) t.remove_suffix(1);
  s.ends_ellipsis = has_suffix(t, "...");
  // Strip closing quotes and brackets before looking at the last punctuation.
  while (!t.empty()) {
    if (t.back() == '"' || t.back() == '\'' || t.back() == ')') { t.remove_suffix(1); continue; }
    if (has_suffix(t, "\xC2\xBB")) { t.remove_suffix(2); continue; }      // »
    if (has_suffix(t, "\xE2\x80\x9D")) { t.remove_suffix(3); continue; }  // ”
    break;
  }
  if (!t.empty()) {
    char last = t.back();
    s.ends_terminal = !s.ends_ellipsis && (last == '.' || last == '!' || last == '?');
    s.ends_colon = last == ':';
  }
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] != ' ') continue;
    std::string_view rest = text.substr(i + 1);
    if ((rest.size() >= 2 && (rest[0] == '|' || rest[0] == '/') && rest[1] == ' ') ||
        rest.rfind("\xC2\xB7 ", 0) == 0 || rest.rfind("\xE2\x80\xA2 ", 0) == 0) {
      ++s.separators;
    }
  }
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && text[i + 1] == ' ') ++s.sentences;
  }
  if (s.ends_terminal || s.words > 0) ++s.sentences;
  return s;
}

bool is_body_like(const BlockShape& s) {
  return s.chars >= 280 || (s.words >= 40 && s.sentences >= 2);
}

}  // namespace newsdesk::story
