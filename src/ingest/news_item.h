// NewsItem: a feed item or JSON line that already carries its title and text,
// carried in a RawDoc as a small JSON payload so the pipeline can make headline items of it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/raw_doc.h"
#include "core/result.h"

namespace newsdesk::ingest {

// The RawDoc media type whose bytes are one NewsItem as JSON (docs/ingest.md).
inline constexpr std::string_view kNewsItemMediaType = "application/x-newsdesk-item+json";

struct NewsItem {
  std::string title;
  std::string text;     // plain text body or summary, when the source gives plain text
  std::string html;     // HTML body or summary, when the source gives markup
  std::string url;
  std::string published;  // UTC ISO 8601 when it could be read, else as given
  std::string language;   // as declared (e.g. "it", "en-GB"), empty when not
  std::vector<std::string> categories;
  std::string id;         // guid / atom id / JSON "id"
  std::string feed;       // title of the feed it came from
};

// The payload: only the fields that are set, keys in a fixed order.
std::string news_item_to_json(const NewsItem& item);

// Reads a RawDoc of kNewsItemMediaType back; a Diagnostic when the payload is not one.
core::Result<NewsItem> parse_news_item(const core::RawDoc& doc);

bool is_news_item(const core::RawDoc& doc);

// True when text has markup in it ("<p>", "<a href", "&amp;"), so it goes in html, not text.
bool looks_like_markup(std::string_view text);

}  // namespace newsdesk::ingest
