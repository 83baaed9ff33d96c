#include "ingest/format.h"

#include <algorithm>
#include <cctype>

namespace newsdesk::ingest {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && starts_with_ci(s.substr(s.size() - suffix.size()), suffix);
}

std::string_view skip_space(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

std::string_view skip_bom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

// Past the XML declaration, comments, processing instructions and doctype.
std::string_view skip_prolog(std::string_view s) {
  for (;;) {
    s = skip_space(s);
    if (s.substr(0, 4) == "<!--") {
      size_t end = s.find("-->");
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 3);
    } else if (s.substr(0, 2) == "<?") {
      size_t end = s.find("?>");
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 2);
    } else if (starts_with_ci(s, "<!doctype")) {
      if (starts_with_ci(s, "<!doctype html")) return s;
      size_t end = s.find('>');
      size_t bracket = s.find('[');
      if (bracket != std::string_view::npos && bracket < end) end = s.find("]>");
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 1);
    } else {
      return s;
    }
  }
}

}  // namespace

std::string xml_root_name(std::string_view head) {
  std::string_view s = skip_prolog(skip_bom(head));
  if (starts_with_ci(s, "<!doctype html")) return "html";
  if (s.size() < 2 || s[0] != '<' || !(std::isalpha(static_cast<unsigned char>(s[1])) || s[1] == '_'))
    return {};
  size_t end = 1;
  while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end])) && s[end] != '>' && s[end] != '/')
    ++end;
  std::string_view name = s.substr(1, end - 1);
  size_t colon = name.rfind(':');
  if (colon != std::string_view::npos) name.remove_prefix(colon + 1);
  return std::string(name);
}

Format detect_format(std::string_view head) {
  std::string_view s = skip_space(skip_bom(head));
  if (s.empty()) return Format::kEmpty;
  if (s.substr(0, 7) == "WARC/1." || s.substr(0, 7) == "WARC/0.") return Format::kWarc;
  if (s.front() == '{') return Format::kJsonLines;
  if (s.front() == '<') {
    if (starts_with_ci(s, "<!doctype html")) return Format::kHtml;
    std::string root = xml_root_name(s);
    std::string lower = root;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (root == "rss" || root == "feed" || root == "RDF" || lower == "channel") return Format::kFeed;
    if (lower == "html" || lower == "head" || lower == "body" || lower == "meta" || lower == "title" ||
        lower == "div" || lower == "p" || lower == "article" || lower == "section" || lower == "link" ||
        lower == "script" || lower == "style" || lower == "h1" || lower == "header" || lower == "main")
      return Format::kHtml;
    if (s.substr(0, 5) == "<?xml" || !root.empty()) {
      // XML declaration with an unknown root, or some other markup.
      return s.substr(0, 5) == "<?xml" ? Format::kXml : Format::kHtml;
    }
  }
  return Format::kText;
}

Format format_from_name(std::string_view path) {
  std::string_view p = path;
  if (ends_with_ci(p, ".gz")) p.remove_suffix(3);
  if (ends_with_ci(p, ".warc")) return Format::kWarc;
  for (std::string_view e : {".rss", ".atom", ".rdf", ".xml"})
    if (ends_with_ci(p, e)) return Format::kFeed;
  for (std::string_view e : {".jsonl", ".ndjson", ".json"})
    if (ends_with_ci(p, e)) return Format::kJsonLines;
  for (std::string_view e : {".html", ".htm", ".xhtml", ".shtml"})
    if (ends_with_ci(p, e)) return Format::kHtml;
  for (std::string_view e : {".txt", ".text"})
    if (ends_with_ci(p, e)) return Format::kText;
  return Format::kEmpty;
}

std::string_view to_string(Format format) {
  switch (format) {
    case Format::kEmpty: return "empty";
    case Format::kWarc: return "WARC";
    case Format::kFeed: return "feed";
    case Format::kJsonLines: return "JSON lines";
    case Format::kHtml: return "HTML";
    case Format::kXml: return "XML";
    case Format::kText: return "text";
  }
  return "unknown";
}

}  // namespace newsdesk::ingest
