// Splits a plain-text page into blocks: one per line, except that a paragraph
// hard-wrapped over several lines is joined back into one block.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::story {

struct Block {
  int line = 0;      // 1-based first line
  int end_line = 0;  // 1-based last line, inclusive
  std::string text;  // clean()ed, trimmed, wrapped lines joined by a space
};

std::vector<Block> split_blocks(std::string_view page);

}  // namespace newsdesk::story
