// Main-text finder: scores the page's containers by text density, link density,
// paragraph and comma counts and generic class/id hints, then emits the winner's blocks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/html.h"

namespace newsdesk::extract {

struct Content {
  std::vector<Block> blocks;
  std::vector<Link> links;  // headline links, for listing pages
  bool is_listing = false;
  int root = -1;            // the chosen container node
};

// `title` lets a heading that repeats it be dropped; `base_url` resolves links.
Content extract_content(const HtmlDocument& doc, std::string_view title, std::string_view base_url,
                        bool find_links);

// Boilerplate by structure: tag (nav, aside, footer, script...), role, or hidden.
bool is_structural_boilerplate(const HtmlDocument& doc, int node);
// Boilerplate by generic words in class and id ("comment", "share", "related", "cookie").
bool has_boilerplate_hints(const HtmlDocument& doc, int node);
// Either of the two.
bool is_boilerplate_element(const HtmlDocument& doc, int node);

// Resolves `href` against `base` (absolute http(s) URL); returns "" for javascript:/mailto: etc.
std::string resolve_url(std::string_view base, std::string_view href);

// Collapses runs of whitespace to one space and trims.
void append_collapsed(std::string_view in, std::string& out);

}  // namespace newsdesk::extract
