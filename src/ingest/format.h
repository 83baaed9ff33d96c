// Format detection: what an input holds, judged from its first bytes (after
// gzip), with the file name only as the expectation to check them against.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::ingest {

enum class Format { kEmpty, kWarc, kFeed, kJsonLines, kHtml, kXml, kText };

// head: the first few KiB of the (decompressed) content.
Format detect_format(std::string_view head);

// What the name promises: kWarc for "x.warc(.gz)", kFeed for .rss/.atom/.rdf/.xml,
// kJsonLines for .jsonl/.ndjson/.json, kHtml, kText, or kEmpty when it says nothing.
Format format_from_name(std::string_view path);

std::string_view to_string(Format format);

// For a feed: the root element's local name ("rss", "feed", "RDF", "html", ...), or empty.
std::string xml_root_name(std::string_view head);

}  // namespace newsdesk::ingest
