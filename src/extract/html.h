// HtmlDocument: a purpose-built HTML tokenizer and lightweight tree builder, made
// for extraction speed (see bench/ for the measurement against libxml2 and gumbo).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::extract {

// Tags the extractor reasons about; everything else is kOther (name kept).
enum class Tag : uint8_t {
  kOther, kA, kAbbr, kAddress, kArea, kArticle, kAside, kAudio, kB, kBase, kBlockquote,
  kBody, kBr, kButton, kCanvas, kCaption, kCenter, kCite, kCode, kCol, kColgroup, kDd,
  kDel, kDetails, kDialog, kDiv, kDl, kDt, kEm, kEmbed, kFieldset, kFigcaption, kFigure,
  kFont, kFooter, kForm, kFrame, kFrameset, kH1, kH2, kH3, kH4, kH5, kH6, kHead, kHeader,
  kHgroup, kHr, kHtml, kI, kIframe, kImg, kInput, kIns, kKbd, kLabel, kLegend, kLi, kLink,
  kMain, kMark, kMenu, kMeta, kNav, kNoembed, kNoframes, kNoscript, kObject, kOl,
  kOptgroup, kOption, kP, kParam, kPicture, kPlaintext, kPre, kQ, kS, kSamp, kScript,
  kSection, kSelect, kSmall, kSource, kSpan, kStrike, kStrong, kStyle, kSub, kSummary,
  kSup, kSvg, kTable, kTbody, kTd, kTemplate, kTextarea, kTfoot, kTh, kThead, kTime,
  kTitle, kTr, kTrack, kTt, kU, kUl, kVar, kVideo, kWbr, kXmp, kMath, kKeygen,
  kCount
};

enum class NodeType : uint8_t { kElement, kText };

struct Attribute {
  std::string_view name;   // lower case
  std::string_view value;  // entities decoded
  uint8_t key = 0;         // attribute_key(name): lookups compare one byte
};

// A small id for the attribute names the extractor asks about (0 for all others).
// Inline and constexpr: with a literal name (doc.attr(i, "class")) it folds to a constant.
namespace detail {
// Size first, then bytes: __builtin_memcmp on a literal folds to a constant or to a few
// integer compares, where string_view's == may stay a call.
[[gnu::always_inline]] constexpr bool name_is(std::string_view n, std::string_view lit) {
  return n.size() == lit.size() && __builtin_memcmp(n.data(), lit.data(), lit.size()) == 0;
}
}  // namespace detail

[[gnu::always_inline]] constexpr uint8_t attribute_key(std::string_view n) {
  using detail::name_is;
  switch (n.size()) {
    case 2: return name_is(n, "id") ? 2 : 0;
    case 3: return name_is(n, "rel") ? 9 : name_is(n, "src") ? 18 : 0;
    case 4:
      return name_is(n, "role") ? 4 : name_is(n, "href") ? 8 : name_is(n, "name") ? 10
           : name_is(n, "type") ? 14 : name_is(n, "lang") ? 15 : 0;
    case 5: return name_is(n, "class") ? 1 : name_is(n, "style") ? 3 : name_is(n, "title") ? 19 : 0;
    case 6: return name_is(n, "hidden") ? 5 : 0;
    case 7: return name_is(n, "content") ? 12 : name_is(n, "charset") ? 16 : name_is(n, "pubdate") ? 20 : 0;
    case 8:
      return name_is(n, "itemprop") ? 7 : name_is(n, "property") ? 11 : name_is(n, "datetime") ? 13
           : name_is(n, "xml:lang") ? 21 : 0;
    case 10: return name_is(n, "http-equiv") ? 17 : 0;
    case 11: return name_is(n, "aria-hidden") ? 6 : 0;
    default: return 0;
  }
}

// Nodes live in one vector; links are indices (-1 = none). Node 0 is the document root.
struct Node {
  NodeType type = NodeType::kElement;
  Tag tag = Tag::kOther;
  int32_t parent = -1;
  int32_t first_child = -1;
  int32_t last_child = -1;
  int32_t next_sibling = -1;
  uint32_t attr_begin = 0;  // into HtmlDocument::attributes
  uint32_t attr_end = 0;
  std::string_view text;    // text nodes: the decoded text; elements: the tag name
};

struct ParseOptions {
  int max_depth = 400;  // deeper elements are attached flat to the deepest open one
};

class HtmlDocument {
 public:
  std::vector<Node> nodes;
  std::vector<Attribute> attributes;

  const Node& node(int i) const { return nodes[static_cast<size_t>(i)]; }
  // Value of attribute `name` (lower case) on element `i`, or "" when absent.
  [[gnu::always_inline]] std::string_view attr(int i, std::string_view name) const {
    const Node& n = node(i);
    if (n.attr_begin == n.attr_end) return {};
    uint8_t key = attribute_key(name);
    if (key) {
      for (uint32_t a = n.attr_begin; a < n.attr_end; ++a)
        if (attributes[a].key == key) return attributes[a].value;
      return {};
    }
    return attr_slow(n, name);
  }
  [[gnu::always_inline]] bool has_attr(int i, std::string_view name) const {
    const Node& n = node(i);
    if (n.attr_begin == n.attr_end) return false;
    uint8_t key = attribute_key(name);
    for (uint32_t a = n.attr_begin; a < n.attr_end; ++a) {
      const Attribute& at = attributes[a];
      if (key ? at.key == key : at.name == name) return true;
    }
    return false;
  }
  // First element with this tag in document order, or -1.
  int find_first(Tag tag) const;
  // Concatenated text of the subtree (no separators added between blocks).
  void append_text(int i, std::string& out) const;

  // The UTF-8 text parsed: `source` when the document owns it, else the caller's
  // bytes (parse_html_borrowed).
  std::string_view src;

  // Owned storage that the string_views above point into; heap blocks keep their
  // addresses when the document moves.
  std::unique_ptr<std::string> source;  // null when borrowed
  std::vector<std::unique_ptr<char[]>> arena;
  size_t arena_left = 0;
  char* arena_next = nullptr;
  std::string_view store(std::string_view s);  // copies s into the arena

  // Unique per parse in the process: caches keyed by a document use it, since
  // a later document may be allocated at the same address.
  uint64_t serial = 0;

 private:
  std::string_view attr_slow(const Node& n, std::string_view name) const;
};

// Parses UTF-8 HTML. Never fails: broken markup yields some tree.
HtmlDocument parse_html(std::string utf8, const ParseOptions& options = {});
// Parses without copying: `utf8` must outlive the document.
HtmlDocument parse_html_borrowed(std::string_view utf8, const ParseOptions& options = {});

Tag tag_from_name(std::string_view lower_name);
bool is_void_tag(Tag tag);

// Decodes character references (&amp; &#233; &#x1F600; and named ones) in `in`,
// appending to `out`. `in_attribute` applies the legacy rule for "&amp=" in URLs.
void decode_entities(std::string_view in, std::string& out, bool in_attribute);

}  // namespace newsdesk::extract
