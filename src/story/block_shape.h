// BlockShape: the measurements that tell a headline from a body paragraph from a
// menu line, independent of language.
#pragma once

#include <string_view>

namespace newsdesk::story {

struct BlockShape {
  int words = 0;
  int letters_words = 0;    // words with at least one letter
  int sentences = 0;        // terminal punctuation followed by more text, plus the last one
  size_t chars = 0;         // code points
  bool ends_terminal = false;   // . ! ? or a closing quote after one
  bool ends_ellipsis = false;   // "..." (clean() turns "…" into "...")
  bool ends_colon = false;
  int separators = 0;       // " | ", " · ", " • ", " / " between words: menus
};

BlockShape measure_block(std::string_view text);

// A paragraph of running text: long, or several sentences.
bool is_body_like(const BlockShape& s);

}  // namespace newsdesk::story
