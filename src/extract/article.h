// Article: what extraction finds in one HTML page — title, main text as blocks,
// dates with their evidence, authors, site, URL, language, and a listing's links.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace newsdesk::extract {

enum class BlockKind { kParagraph, kHeading, kListItem, kQuote, kPre, kTableRow };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;  // headings: 1..6
  std::string text;
};

// A date as YYYY-MM-DD, with the time ("HH:MM[:SS][zone]") when the page gives one.
struct FoundDate {
  std::string date;
  std::string time;
  std::string evidence;  // "json-ld", "meta:article:published_time", "time", "url", "text", ...
  bool empty() const { return date.empty(); }
};

// A headline on a listing or home page, with its absolute link.
struct Link {
  std::string headline;
  std::string href;
};

struct Article {
  std::string title;          // without the site-name prefix or suffix
  std::vector<Block> blocks;  // main text, in page order
  FoundDate date;             // publication
  FoundDate modified;
  std::vector<std::string> authors;
  std::string site_name;
  std::string url;            // canonical when declared, else the fetch URL
  std::string language;       // declared when it agrees with detection, else detected
  std::string declared_language;
  std::string detected_language;
  std::string charset;
  std::string description;
  bool is_listing = false;    // a home or section page: see links
  std::vector<Link> links;

  // Blocks joined as paragraphs separated by a blank line.
  std::string text() const;
};

struct ExtractOptions {
  size_t max_bytes = 16u << 20;  // larger pages are refused with a Diagnostic
  bool detect_language = true;
  bool find_links = true;
  // Day/month order for "03/04/2021" when the page does not say: "" = from the page's language.
  std::string date_order;
};

}  // namespace newsdesk::extract
