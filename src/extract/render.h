// Rendering an Article for `newsdesk extract`: the JSON object (one per line in
// --format jsonl) and the plain-text form, so the CLI only calls these.
#pragma once

#include <string>
#include <string_view>

#include "extract/article.h"

namespace newsdesk::extract {

// {"path","url","title","text","date","authors","site","language","items", ...} on one line,
// `text` being the paragraphs separated by a blank line and `date` YYYY-MM-DD or null.
std::string article_to_json(const Article& article, std::string_view path);

// Title, a metadata line, then the paragraphs.
std::string article_to_text(const Article& article);

}  // namespace newsdesk::extract
