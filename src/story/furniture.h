// Page furniture: the lines of a scraped page that are not news — skip links,
// "read also", share bars, cookie banners, menus. A lexicon per language
// (data/boilerplate/<lang>.txt, linked in) plus structural cues.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "story/block_shape.h"

namespace newsdesk::story {

struct FurnitureMatch {
  std::string reason;  // "boilerplate"
  std::string rule;    // "lexicon:it:read_also", "structure:menu", ...
};

// Whether a block is furniture. Lexicons of all languages apply to every page:
// an Italian site's cookie banner may well be in English.
std::optional<FurnitureMatch> match_furniture(std::string_view text, const BlockShape& shape);

}  // namespace newsdesk::story
