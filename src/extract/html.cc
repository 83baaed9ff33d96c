#include "extract/html.h"

#include <algorithm>
#include <atomic>
#include <array>
#include <cstring>

#include "extract/entities.h"

namespace newsdesk::extract {
namespace {

struct TagName {
  std::string_view name;
  Tag tag;
};

// Sorted by name for binary search.
constexpr TagName kTagNames[] = {
    {"a", Tag::kA}, {"abbr", Tag::kAbbr}, {"address", Tag::kAddress}, {"area", Tag::kArea},
    {"article", Tag::kArticle}, {"aside", Tag::kAside}, {"audio", Tag::kAudio}, {"b", Tag::kB},
    {"base", Tag::kBase}, {"blockquote", Tag::kBlockquote}, {"body", Tag::kBody},
    {"br", Tag::kBr}, {"button", Tag::kButton}, {"canvas", Tag::kCanvas},
    {"caption", Tag::kCaption}, {"center", Tag::kCenter}, {"cite", Tag::kCite},
    {"code", Tag::kCode}, {"col", Tag::kCol}, {"colgroup", Tag::kColgroup}, {"dd", Tag::kDd},
    {"del", Tag::kDel}, {"details", Tag::kDetails}, {"dialog", Tag::kDialog}, {"div", Tag::kDiv},
    {"dl", Tag::kDl}, {"dt", Tag::kDt}, {"em", Tag::kEm}, {"embed", Tag::kEmbed},
    {"fieldset", Tag::kFieldset}, {"figcaption", Tag::kFigcaption}, {"figure", Tag::kFigure},
    {"font", Tag::kFont}, {"footer", Tag::kFooter}, {"form", Tag::kForm}, {"frame", Tag::kFrame},
    {"frameset", Tag::kFrameset}, {"h1", Tag::kH1}, {"h2", Tag::kH2}, {"h3", Tag::kH3},
    {"h4", Tag::kH4}, {"h5", Tag::kH5}, {"h6", Tag::kH6}, {"head", Tag::kHead},
    {"header", Tag::kHeader}, {"hgroup", Tag::kHgroup}, {"hr", Tag::kHr}, {"html", Tag::kHtml},
    {"i", Tag::kI}, {"iframe", Tag::kIframe}, {"img", Tag::kImg}, {"input", Tag::kInput},
    {"ins", Tag::kIns}, {"kbd", Tag::kKbd}, {"keygen", Tag::kKeygen}, {"label", Tag::kLabel},
    {"legend", Tag::kLegend}, {"li", Tag::kLi}, {"link", Tag::kLink}, {"main", Tag::kMain},
    {"mark", Tag::kMark}, {"math", Tag::kMath}, {"menu", Tag::kMenu}, {"meta", Tag::kMeta},
    {"nav", Tag::kNav}, {"noembed", Tag::kNoembed}, {"noframes", Tag::kNoframes},
    {"noscript", Tag::kNoscript}, {"object", Tag::kObject}, {"ol", Tag::kOl},
    {"optgroup", Tag::kOptgroup}, {"option", Tag::kOption}, {"p", Tag::kP},
    {"param", Tag::kParam}, {"picture", Tag::kPicture}, {"plaintext", Tag::kPlaintext},
    {"pre", Tag::kPre}, {"q", Tag::kQ}, {"s", Tag::kS}, {"samp", Tag::kSamp},
    {"script", Tag::kScript}, {"section", Tag::kSection}, {"select", Tag::kSelect},
    {"small", Tag::kSmall}, {"source", Tag::kSource}, {"span", Tag::kSpan},
    {"strike", Tag::kStrike}, {"strong", Tag::kStrong}, {"style", Tag::kStyle},
    {"sub", Tag::kSub}, {"summary", Tag::kSummary}, {"sup", Tag::kSup}, {"svg", Tag::kSvg},
    {"table", Tag::kTable}, {"tbody", Tag::kTbody}, {"td", Tag::kTd},
    {"template", Tag::kTemplate}, {"textarea", Tag::kTextarea}, {"tfoot", Tag::kTfoot},
    {"th", Tag::kTh}, {"thead", Tag::kThead}, {"time", Tag::kTime}, {"title", Tag::kTitle},
    {"tr", Tag::kTr}, {"track", Tag::kTrack}, {"tt", Tag::kTt}, {"u", Tag::kU},
    {"ul", Tag::kUl}, {"var", Tag::kVar}, {"video", Tag::kVideo}, {"wbr", Tag::kWbr},
    {"xmp", Tag::kXmp},
};

inline bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}
// Byte classes for the tag scanners: one table load instead of a chain of compares.
enum : uint8_t { kSpace = 1, kSlash = 2, kGt = 4, kEq = 8, kUpper = 16 };
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (char c : {' ', '\n', '\t', '\r', '\f'}) t[static_cast<unsigned char>(c)] = kSpace;
  t['/'] = kSlash;
  t['>'] = kGt;
  t['='] = kEq;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = kUpper;
  return t;
}();
inline uint8_t byte_class(char c) { return kByteClass[static_cast<unsigned char>(c)]; }

inline bool is_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

void append_utf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Numeric references in 0x80..0x9F mean windows-1252 characters (HTML5 rule).
constexpr uint16_t kC1Remap[32] = {
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};

bool is_raw_text(Tag t) {
  return t == Tag::kScript || t == Tag::kStyle || t == Tag::kTextarea || t == Tag::kTitle ||
         t == Tag::kXmp || t == Tag::kIframe || t == Tag::kNoembed || t == Tag::kNoframes ||
         t == Tag::kNoscript || t == Tag::kPlaintext;
}

// Start tags that close an open <p> (HTML5 "close a p element in button scope").
bool closes_p(Tag t) {
  switch (t) {
    case Tag::kAddress: case Tag::kArticle: case Tag::kAside: case Tag::kBlockquote:
    case Tag::kCenter: case Tag::kDetails: case Tag::kDialog: case Tag::kDiv: case Tag::kDl:
    case Tag::kFieldset: case Tag::kFigcaption: case Tag::kFigure: case Tag::kFooter:
    case Tag::kForm: case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5:
    case Tag::kH6: case Tag::kHeader: case Tag::kHgroup: case Tag::kHr: case Tag::kMain:
    case Tag::kMenu: case Tag::kNav: case Tag::kOl: case Tag::kP: case Tag::kPre:
    case Tag::kSection: case Tag::kTable: case Tag::kUl: case Tag::kLi: case Tag::kDd:
    case Tag::kDt: case Tag::kPlaintext: case Tag::kXmp:
      return true;
    default:
      return false;
  }
}

bool is_heading(Tag t) { return t >= Tag::kH1 && t <= Tag::kH6; }

// Elements that bound the search for an implied end tag.
bool is_scope_boundary(Tag t) {
  return t == Tag::kTable || t == Tag::kTd || t == Tag::kTh || t == Tag::kHtml ||
         t == Tag::kCaption || t == Tag::kObject || t == Tag::kTemplate || t == Tag::kButton ||
         t == Tag::kBody || t == Tag::kSvg || t == Tag::kMath;
}

class TreeBuilder {
 public:
  TreeBuilder(HtmlDocument& doc, const ParseOptions& options) : doc_(doc), options_(options) {
    doc_.nodes.reserve(doc_.src.size() / 40 + 16);
    doc_.attributes.reserve(doc_.src.size() / 80 + 16);
    Node root;
    root.text = "#document";
    doc_.nodes.push_back(root);
    stack_.push_back(0);
    tags_.push_back(Tag::kOther);
  }

  void run() {
    std::string_view s = doc_.src;
    const char* p = s.data();
    const char* end = p + s.size();
    const char* text_start = p;
    while (p < end) {
      const char* lt = static_cast<const char*>(std::memchr(p, '<', static_cast<size_t>(end - p)));
      if (!lt) break;
      if (lt + 1 >= end) { p = lt + 1; break; }
      char c = lt[1];
      if (is_alpha(c)) {
        add_text(text_start, lt);
        p = start_tag(lt + 1, end);
        text_start = p;
      } else if (c == '/') {
        if (lt + 2 < end && is_alpha(lt[2])) {
          add_text(text_start, lt);
          p = end_tag(lt + 2, end);
          text_start = p;
        } else {
          // "</>" is dropped; "</ x" is a bogus comment up to '>'.
          add_text(text_start, lt);
          const char* gt = static_cast<const char*>(std::memchr(lt, '>', static_cast<size_t>(end - lt)));
          p = gt ? gt + 1 : end;
          text_start = p;
        }
      } else if (c == '!') {
        add_text(text_start, lt);
        p = markup_declaration(lt + 2, end);
        text_start = p;
      } else if (c == '?') {
        add_text(text_start, lt);
        const char* gt = static_cast<const char*>(std::memchr(lt, '>', static_cast<size_t>(end - lt)));
        p = gt ? gt + 1 : end;
        text_start = p;
      } else {
        p = lt + 1;  // a literal '<' stays in the text
      }
    }
    add_text(text_start, end);
  }

 private:
  const char* markup_declaration(const char* p, const char* end) {
    if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
      // Comment: up to "-->" (or "--!>"); an unterminated one swallows the rest.
      const char* q = p + 2;
      if (q < end && *q == '>') return q + 1;  // "<!-->"
      if (end - q >= 2 && q[0] == '-' && q[1] == '>') return q + 2;
      while (q < end) {
        const char* dash = static_cast<const char*>(std::memchr(q, '-', static_cast<size_t>(end - q)));
        if (!dash) return end;
        if (end - dash >= 3 && dash[1] == '-' && dash[2] == '>') return dash + 3;
        if (end - dash >= 4 && dash[1] == '-' && dash[2] == '!' && dash[3] == '>') return dash + 4;
        q = dash + 1;
      }
      return end;
    }
    if (end - p >= 7 && std::memcmp(p, "[CDATA[", 7) == 0) {
      const char* q = p + 7;
      const char* stop = q;
      while (true) {
        stop = static_cast<const char*>(std::memchr(stop, ']', static_cast<size_t>(end - stop)));
        if (!stop || end - stop < 3) { stop = end; break; }
        if (stop[1] == ']' && stop[2] == '>') break;
        ++stop;
      }
      if (q < stop) append_text_node(std::string_view(q, static_cast<size_t>(stop - q)));
      return stop == end ? end : stop + 3;
    }
    // DOCTYPE and other declarations: skip to '>'.
    const char* gt = static_cast<const char*>(std::memchr(p, '>', static_cast<size_t>(end - p)));
    return gt ? gt + 1 : end;
  }

  const char* start_tag(const char* p, const char* end) {
    const char* name_start = p;
    while (p < end && !(byte_class(*p) & (kSpace | kSlash | kGt))) ++p;
    std::string_view raw_name(name_start, static_cast<size_t>(p - name_start));
    char buf[32];
    std::string_view name;
    Tag tag = Tag::kOther;
    if (raw_name.size() < sizeof(buf)) {
      for (size_t i = 0; i < raw_name.size(); ++i) buf[i] = lower(raw_name[i]);
      name = std::string_view(buf, raw_name.size());
      tag = tag_from_name(name);
    }
    uint32_t attr_begin = static_cast<uint32_t>(doc_.attributes.size());
    bool self_closing = false;
    // Attributes.
    while (p < end) {
      while (p < end && (is_space(*p) || *p == '/')) {
        if (*p == '/' && p + 1 < end && p[1] == '>') self_closing = true;
        ++p;
      }
      if (p >= end) break;
      if (*p == '>') { ++p; break; }
      const char* an = p;
      ++p;  // the first char may be '=' (HTML5 keeps it in the name)
      uint8_t seen = byte_class(*an);
      while (p < end) {
        uint8_t k = byte_class(*p);
        if (k & (kSpace | kSlash | kGt | kEq)) break;
        seen |= k;
        ++p;
      }
      std::string_view aname(an, static_cast<size_t>(p - an));
      while (p < end && is_space(*p)) ++p;
      std::string_view value;
      bool has_value = false;
      if (p < end && *p == '=') {
        ++p;
        while (p < end && is_space(*p)) ++p;
        if (p < end && (*p == '"' || *p == '\'')) {
          char q = *p++;
          const char* vs = p;
          const char* ve = static_cast<const char*>(std::memchr(p, q, static_cast<size_t>(end - p)));
          if (!ve) ve = end;
          value = std::string_view(vs, static_cast<size_t>(ve - vs));
          p = ve < end ? ve + 1 : end;
        } else {
          const char* vs = p;
          while (p < end && !is_space(*p) && *p != '>') ++p;
          value = std::string_view(vs, static_cast<size_t>(p - vs));
        }
        has_value = true;
      }
      if (doc_.attributes.size() - attr_begin < 64)
        add_attribute(aname, value, has_value, (seen & kUpper) != 0, attr_begin);
    }
    uint32_t attr_end = static_cast<uint32_t>(doc_.attributes.size());
    std::string_view stored_name = tag == Tag::kOther ? doc_.store(name.empty() ? raw_name : name)
                                                      : tag_name_view(tag);
    open_element(tag, stored_name, attr_begin, attr_end, self_closing);
    if (is_raw_text(tag) && !self_closing) p = raw_text(tag, stored_name, p, end);
    return p;
  }

  void add_attribute(std::string_view name, std::string_view value, bool has_value, bool has_upper,
                     uint32_t begin) {
    // Names are stored lower case; most already are, and then point into the source.
    std::string_view lname = name;
    if (has_upper) {
      std::string tmp(name);
      for (char& c : tmp) c = lower(c);
      lname = doc_.store(tmp);
    }
    for (uint32_t i = begin; i < doc_.attributes.size(); ++i)
      if (doc_.attributes[i].name == lname) return;  // first one wins
    Attribute a;
    a.name = lname;
    a.key = attribute_key(a.name);
    if (has_value && value.find('&') != std::string_view::npos) {
      std::string decoded;
      decode_entities(value, decoded, true);
      a.value = doc_.store(decoded);
    } else {
      a.value = value;
    }
    doc_.attributes.push_back(a);
  }

  static std::string_view tag_name_view(Tag tag) {
    static const auto names = [] {
      std::array<std::string_view, static_cast<size_t>(Tag::kCount)> a{};
      for (const auto& tn : kTagNames) a[static_cast<size_t>(tn.tag)] = tn.name;
      return a;
    }();
    return names[static_cast<size_t>(tag)];
  }

  // Raw text content: everything up to the matching end tag, case-insensitive.
  const char* raw_text(Tag tag, std::string_view name, const char* p, const char* end) {
    const char* content = p;
    const char* stop = end;
    const char* after = end;
    if (tag != Tag::kPlaintext) {
      const char* q = p;
      while (q < end) {
        const char* lt = static_cast<const char*>(std::memchr(q, '<', static_cast<size_t>(end - q)));
        if (!lt) break;
        if (lt + 1 < end && lt[1] == '/' && static_cast<size_t>(end - lt - 2) >= name.size()) {
          bool match = true;
          for (size_t i = 0; i < name.size(); ++i)
            if (lower(lt[2 + i]) != name[i]) { match = false; break; }
          const char* r = lt + 2 + name.size();
          if (match && (r == end || is_space(*r) || *r == '>' || *r == '/')) {
            stop = lt;
            const char* gt = static_cast<const char*>(std::memchr(r, '>', static_cast<size_t>(end - r)));
            after = gt ? gt + 1 : end;
            break;
          }
        }
        q = lt + 1;
      }
    }
    if (content < stop) {
      std::string_view raw(content, static_cast<size_t>(stop - content));
      // Title and textarea are "escapable" raw text; script/style are not.
      if ((tag == Tag::kTitle || tag == Tag::kTextarea) && raw.find('&') != std::string_view::npos) {
        std::string decoded;
        decode_entities(raw, decoded, false);
        append_text_node(doc_.store(decoded));
      } else {
        append_text_node(raw);
      }
    }
    close_element(tag, name);
    return after;
  }

  const char* end_tag(const char* p, const char* end) {
    const char* name_start = p;
    while (p < end && !(byte_class(*p) & (kSpace | kSlash | kGt))) ++p;
    std::string_view raw_name(name_start, static_cast<size_t>(p - name_start));
    const char* gt = static_cast<const char*>(std::memchr(p, '>', static_cast<size_t>(end - p)));
    const char* after = gt ? gt + 1 : end;
    char buf[32];
    if (raw_name.size() >= sizeof(buf)) return after;
    for (size_t i = 0; i < raw_name.size(); ++i) buf[i] = lower(raw_name[i]);
    std::string_view name(buf, raw_name.size());
    Tag tag = tag_from_name(name);
    if (tag == Tag::kBr) {  // "</br>" acts as "<br>"
      open_element(Tag::kBr, "br", 0, 0, true);
      return after;
    }
    if (tag == Tag::kHtml || tag == Tag::kBody || tag == Tag::kHead) {
      // Content after </body> still belongs to the body in practice; keep it open.
      if (tag == Tag::kHead) close_element(tag, name);
      return after;
    }
    close_element(tag, name);
    return after;
  }

  int find_open(Tag tag, std::string_view name, bool stop_at_scope) const {
    for (size_t i = stack_.size(); i-- > 1;) {
      Tag t = tags_[i];
      if (t == tag && (tag != Tag::kOther || doc_.nodes[static_cast<size_t>(stack_[i])].text == name))
        return static_cast<int>(i);
      if (stop_at_scope && is_scope_boundary(t)) return -1;
    }
    return -1;
  }

  void pop_to(int stack_index) {
    if (stack_index < 1) return;
    stack_.resize(static_cast<size_t>(stack_index));
    tags_.resize(static_cast<size_t>(stack_index));
    depth_overflow_ = 0;
  }

  void close_element(Tag tag, std::string_view name) {
    if (depth_overflow_ > 0 && !is_void_tag(tag)) {
      --depth_overflow_;  // matches an element we never pushed
      return;
    }
    // Table parts close within their table; everything else anywhere on the stack.
    bool scoped = tag == Tag::kP || tag == Tag::kLi || tag == Tag::kDd || tag == Tag::kDt ||
                  tag == Tag::kTr || tag == Tag::kOption;
    int at = find_open(tag, name, scoped);
    if (at < 0 && is_heading(tag)) {  // </h3> closes an open <h2>
      for (size_t i = stack_.size(); i-- > 1;) {
        if (is_heading(tags_[i])) { at = static_cast<int>(i); break; }
        if (is_scope_boundary(tags_[i])) break;
      }
    }
    if (at > 0) pop_to(at);
  }

  void close_in_scope(Tag tag, Tag boundary1, Tag boundary2) {
    for (size_t i = stack_.size(); i-- > 1;) {
      Tag t = tags_[i];
      if (t == tag) { pop_to(static_cast<int>(i)); return; }
      if (t == boundary1 || t == boundary2 || is_scope_boundary(t)) return;
    }
  }

  void open_element(Tag tag, std::string_view name, uint32_t attr_begin, uint32_t attr_end,
                    bool self_closing) {
    // Single html/head/body: repeated ones only lend their attributes (dropped here).
    if (tag == Tag::kHtml || tag == Tag::kBody || tag == Tag::kHead) {
      if (find_open(tag, name, false) > 0) return;
      if (tag == Tag::kBody) close_in_scope(Tag::kHead, Tag::kOther, Tag::kOther);
    }
    // Implied end tags.
    if (closes_p(tag)) close_in_scope(Tag::kP, Tag::kOther, Tag::kOther);
    switch (tag) {
      case Tag::kLi: close_in_scope(Tag::kLi, Tag::kUl, Tag::kOl); break;
      case Tag::kDd: case Tag::kDt:
        close_in_scope(Tag::kDd, Tag::kDl, Tag::kOther);
        close_in_scope(Tag::kDt, Tag::kDl, Tag::kOther);
        break;
      case Tag::kTr:
        close_in_scope(Tag::kTd, Tag::kTable, Tag::kOther);
        close_in_scope(Tag::kTh, Tag::kTable, Tag::kOther);
        close_in_scope(Tag::kTr, Tag::kTable, Tag::kOther);
        break;
      case Tag::kTd: case Tag::kTh:
        close_in_scope(Tag::kTd, Tag::kTr, Tag::kTable);
        close_in_scope(Tag::kTh, Tag::kTr, Tag::kTable);
        break;
      case Tag::kThead: case Tag::kTbody: case Tag::kTfoot:
        close_in_scope(Tag::kTd, Tag::kTable, Tag::kOther);
        close_in_scope(Tag::kTh, Tag::kTable, Tag::kOther);
        close_in_scope(Tag::kTr, Tag::kTable, Tag::kOther);
        close_in_scope(Tag::kThead, Tag::kTable, Tag::kOther);
        close_in_scope(Tag::kTbody, Tag::kTable, Tag::kOther);
        close_in_scope(Tag::kTfoot, Tag::kTable, Tag::kOther);
        break;
      case Tag::kOption: close_in_scope(Tag::kOption, Tag::kSelect, Tag::kOther); break;
      case Tag::kA: {
        int at = find_open(Tag::kA, name, true);
        if (at > 0) pop_to(at);
        break;
      }
      default:
        if (is_heading(tag) && is_heading(tags_.back())) pop_to(static_cast<int>(stack_.size()) - 1);
        break;
    }
    Node n;
    n.type = NodeType::kElement;
    n.tag = tag;
    n.attr_begin = attr_begin;
    n.attr_end = attr_end;
    n.text = name;
    int id = append_node(n);
    bool is_void = is_void_tag(tag) || (self_closing && (tag == Tag::kOther || tag == Tag::kSvg || tag == Tag::kMath));
    if (is_void) return;
    if (static_cast<int>(stack_.size()) > options_.max_depth) {
      ++depth_overflow_;
      return;
    }
    stack_.push_back(id);
    tags_.push_back(tag);
  }

  int append_node(const Node& n) {
    int id = static_cast<int>(doc_.nodes.size());
    int parent = stack_.back();
    doc_.nodes.push_back(n);
    Node& node = doc_.nodes.back();
    node.parent = parent;
    Node& par = doc_.nodes[static_cast<size_t>(parent)];
    if (par.last_child >= 0) doc_.nodes[static_cast<size_t>(par.last_child)].next_sibling = id;
    else par.first_child = id;
    par.last_child = id;
    return id;
  }

  void append_text_node(std::string_view text) {
    if (text.empty()) return;
    Node n;
    n.type = NodeType::kText;
    n.text = text;
    append_node(n);
  }

  void add_text(const char* b, const char* e) {
    if (b >= e) return;
    std::string_view raw(b, static_cast<size_t>(e - b));
    if (raw.find('&') == std::string_view::npos) {
      append_text_node(raw);
      return;
    }
    std::string decoded;
    decode_entities(raw, decoded, false);
    append_text_node(doc_.store(decoded));
  }

  HtmlDocument& doc_;
  const ParseOptions& options_;
  std::vector<int> stack_;
  std::vector<Tag> tags_;
  int depth_overflow_ = 0;
};

}  // namespace

std::string_view HtmlDocument::store(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > arena_left) {
    size_t size = std::max<size_t>(s.size(), 64 * 1024);
    arena.emplace_back(new char[size]);
    arena_next = arena.back().get();
    arena_left = size;
  }
  std::memcpy(arena_next, s.data(), s.size());
  std::string_view out(arena_next, s.size());
  arena_next += s.size();
  arena_left -= s.size();
  return out;
}

std::string_view HtmlDocument::attr_slow(const Node& n, std::string_view name) const {
  for (uint32_t a = n.attr_begin; a < n.attr_end; ++a)
    if (attributes[a].name == name) return attributes[a].value;
  return {};
}

int HtmlDocument::find_first(Tag tag) const {
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].type == NodeType::kElement && nodes[i].tag == tag) return static_cast<int>(i);
  return -1;
}

void HtmlDocument::append_text(int i, std::string& out) const {
  // Iterative walk: the tree may be deep.
  const Node& root = node(i);
  if (root.type == NodeType::kText) {
    out += root.text;
    return;
  }
  int cur = root.first_child;
  while (cur >= 0) {
    const Node& n = node(cur);
    if (n.type == NodeType::kText) {
      out += n.text;
    } else if (n.first_child >= 0 && n.tag != Tag::kScript && n.tag != Tag::kStyle) {
      cur = n.first_child;
      continue;
    }
    while (cur >= 0 && node(cur).next_sibling < 0) {
      cur = node(cur).parent;
      if (cur == i) return;
    }
    if (cur < 0) return;
    cur = node(cur).next_sibling;
  }
}

Tag tag_from_name(std::string_view lower_name) {
  // Names grouped by first letter (kTagNames is sorted), then compared by length first.
  struct Buckets {
    uint8_t begin[27] = {};
  };
  static const Buckets buckets = [] {
    Buckets b;
    size_t k = 0;
    for (int c = 0; c < 26; ++c) {
      b.begin[c] = static_cast<uint8_t>(k);
      while (k < std::size(kTagNames) && kTagNames[k].name[0] == 'a' + c) ++k;
    }
    b.begin[26] = static_cast<uint8_t>(k);
    return b;
  }();
  if (lower_name.empty()) return Tag::kOther;
  unsigned c = static_cast<unsigned char>(lower_name[0]) - 'a';
  if (c >= 26) return Tag::kOther;
  for (size_t k = buckets.begin[c]; k < buckets.begin[c + 1]; ++k) {
    const TagName& t = kTagNames[k];
    if (t.name.size() == lower_name.size() && std::memcmp(t.name.data(), lower_name.data(), t.name.size()) == 0)
      return t.tag;
  }
  return Tag::kOther;
}

bool is_void_tag(Tag t) {
  switch (t) {
    case Tag::kArea: case Tag::kBase: case Tag::kBr: case Tag::kCol: case Tag::kEmbed:
    case Tag::kHr: case Tag::kImg: case Tag::kInput: case Tag::kLink: case Tag::kMeta:
    case Tag::kParam: case Tag::kSource: case Tag::kTrack: case Tag::kWbr: case Tag::kKeygen:
    case Tag::kFrame:
      return true;
    default:
      return false;
  }
}

void decode_entities(std::string_view in, std::string& out, bool in_attribute) {
  out.reserve(out.size() + in.size());
  size_t i = 0;
  while (i < in.size()) {
    size_t amp = in.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(in.substr(i));
      return;
    }
    out.append(in.substr(i, amp - i));
    i = amp + 1;
    if (i < in.size() && in[i] == '#') {
      size_t j = i + 1;
      bool hex = j < in.size() && (in[j] == 'x' || in[j] == 'X');
      if (hex) ++j;
      uint32_t cp = 0;
      size_t digits = 0;
      while (j < in.size()) {
        char c = in[j];
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
        else break;
        if (cp < 0x110000) cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
        ++digits;
        ++j;
      }
      if (digits == 0) {
        out += '&';
        continue;
      }
      if (j < in.size() && in[j] == ';') ++j;
      if (cp >= 0x80 && cp <= 0x9F) cp = kC1Remap[cp - 0x80];
      if (cp == 0 || cp >= 0x110000 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
      append_utf8(cp, out);
      i = j;
      continue;
    }
    size_t j = i;
    while (j < in.size() && j - i < 32 && is_alnum(in[j])) ++j;
    if (j == i) {
      out += '&';
      continue;
    }
    std::string_view name = in.substr(i, j - i);
    if (j < in.size() && in[j] == ';') {
      std::string_view v = lookup_entity(name);
      if (!v.empty()) {
        out.append(v);
        i = j + 1;
        continue;
      }
    }
    // Legacy: the longest prefix that is a semicolon-less name ("&copy2020", "&nbsp").
    bool done = false;
    for (size_t len = std::min<size_t>(name.size(), 6); len >= 2 && !done; --len) {
      std::string_view prefix = name.substr(0, len);
      if (!entity_allows_no_semicolon(prefix)) continue;
      char next = i + len < in.size() ? in[i + len] : '\0';
      if (in_attribute && (is_alnum(next) || next == '=')) break;
      out.append(lookup_entity(prefix));
      i += len;
      done = true;
    }
    if (!done) out += '&';
  }
}

namespace {
std::atomic<uint64_t> g_parses{0};  // HtmlDocument::serial
}  // namespace

HtmlDocument parse_html(std::string utf8, const ParseOptions& options) {
  HtmlDocument doc;
  doc.serial = ++g_parses;
  doc.source = std::make_unique<std::string>(std::move(utf8));
  doc.src = *doc.source;
  TreeBuilder builder(doc, options);
  builder.run();
  return doc;
}

HtmlDocument parse_html_borrowed(std::string_view utf8, const ParseOptions& options) {
  HtmlDocument doc;
  doc.serial = ++g_parses;
  doc.src = utf8;
  TreeBuilder builder(doc, options);
  builder.run();
  return doc;
}

}  // namespace newsdesk::extract
