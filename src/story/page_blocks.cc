#include "story/page_blocks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normalize.h"

namespace newsdesk::story {
namespace {

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\f\v";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

bool starts_lowercase(std::string_view s) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_islower(c);
}

// A line that stops mid-sentence and a next line that starts in lower case are
// one paragraph wrapped by the page or the scraper.
bool continues(std::string_view previous, std::string_view next) {
  if (previous.empty() || next.empty()) return false;
  char last = previous.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
  if (previous.size() >= 3 && previous.substr(previous.size() - 3) == "...") return false;
  return starts_lowercase(next);
}

}  // namespace

std::vector<Block> split_blocks(std::string_view page) {
  std::vector<Block> blocks;
  int line_no = 0;
  bool previous_blank = true;
  size_t pos = 0;
  while (pos <= page.size()) {
    size_t eol = page.find('\n', pos);
    if (eol == std::string_view::npos) eol = page.size();
    std::string_view raw = page.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    std::string line = text::clean(trim(raw));
    std::string_view t = trim(line);
    if (t.empty()) {
      previous_blank = true;
      if (eol == page.size()) break;
      continue;
    }
    if (!previous_blank && !blocks.empty() && continues(blocks.back().text, t)) {
      blocks.back().text.push_back(' ');
      blocks.back().text.append(t);
      blocks.back().end_line = line_no;
    } else {
      blocks.push_back(Block{line_no, line_no, std::string(t)});
    }
    previous_blank = false;
    if (eol == page.size()) break;
  }
  return blocks;
}

}  // namespace newsdesk::story
