#include "extract/content.h"

#include "extract/ascii.h"
#include "extract/dates.h"
#include "extract/lexicon.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

namespace newsdesk::extract {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Tags whose content is never main text.
bool is_dropped_tag(Tag t) {
  switch (t) {
    case Tag::kScript: case Tag::kStyle: case Tag::kNoscript: case Tag::kTemplate: case Tag::kSvg:
    case Tag::kMath: case Tag::kIframe: case Tag::kObject: case Tag::kEmbed: case Tag::kVideo:
    case Tag::kAudio: case Tag::kCanvas: case Tag::kButton: case Tag::kSelect: case Tag::kOption:
    case Tag::kInput: case Tag::kTextarea: case Tag::kNav: case Tag::kAside: case Tag::kFooter:
    case Tag::kHead: case Tag::kTitle: case Tag::kFigcaption: case Tag::kDialog: case Tag::kLabel:
    case Tag::kMenu: case Tag::kHeader: case Tag::kNoembed: case Tag::kNoframes: case Tag::kXmp:
    case Tag::kMeta: case Tag::kLink: case Tag::kBase: case Tag::kFrameset:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(Tag t) {
  switch (t) {
    case Tag::kP: case Tag::kDiv: case Tag::kSection: case Tag::kArticle: case Tag::kMain:
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
    case Tag::kLi: case Tag::kUl: case Tag::kOl: case Tag::kDl: case Tag::kDt: case Tag::kDd:
    case Tag::kBlockquote: case Tag::kPre: case Tag::kTable: case Tag::kTr: case Tag::kTbody:
    case Tag::kThead: case Tag::kTfoot: case Tag::kHeader: case Tag::kFooter: case Tag::kFigure:
    case Tag::kForm: case Tag::kCenter: case Tag::kAddress: case Tag::kDetails: case Tag::kSummary:
    case Tag::kHr: case Tag::kFieldset: case Tag::kHgroup: case Tag::kCaption: case Tag::kLegend:
    case Tag::kBody: case Tag::kHtml: case Tag::kAside: case Tag::kNav: case Tag::kFigcaption:
    case Tag::kTd: case Tag::kTh:
      return true;
    default:
      return false;
  }
}

bool is_heading(Tag t) { return t >= Tag::kH1 && t <= Tag::kH6; }

// Class/id words (data/html_boilerplate/class_words.txt) are matched against tokens split
// at non-letters and camelCase humps ("ArticlePage-contentFooter" -> article page content footer).
struct Hints {
  bool strong_negative = false;
  bool negative = false;
  bool positive = false;
};

inline bool ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

// Splits at non-alphanumerics (ASCII, as in the "C" locale) and camelCase humps, lower
// case; tokens go to `chars` and their [begin, end) offsets to `spans`.
void add_tokens(std::string_view raw, std::string& chars, std::vector<std::pair<uint32_t, uint32_t>>& spans) {
  size_t begin = chars.size();
  char prev = 0;
  for (char c : raw) {
    bool alnum = ascii_alnum(static_cast<unsigned char>(c));
    bool hump = c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z';
    if (!alnum || hump) {
      if (chars.size() > begin) spans.emplace_back(static_cast<uint32_t>(begin), static_cast<uint32_t>(chars.size()));
      begin = chars.size();
    }
    if (alnum) chars += ascii_lower(c);
    prev = c;
  }
  if (chars.size() > begin) spans.emplace_back(static_cast<uint32_t>(begin), static_cast<uint32_t>(chars.size()));
}

Hints compute_class_hints(std::string_view cls, std::string_view id) {
  Hints h;
  if (cls.empty() && id.empty()) return h;
  thread_local std::string chars;
  thread_local std::vector<std::pair<uint32_t, uint32_t>> spans;
  thread_local std::string lower;
  chars.clear();
  spans.clear();
  add_tokens(cls, chars, spans);
  add_tokens(id, chars, spans);
  lower.clear();
  for (char c : cls) lower += ascii_lower(c);
  lower += ' ';
  for (char c : id) lower += ascii_lower(c);
  // The lexicon's words indexed by first byte: one pass over each string instead of one
  // search per word.
  struct Index {
    std::vector<std::string_view> phrases[256], prefixes[256], strong[256], negative[256], positive[256];
    bool empty_phrase = false, empty_positive = false;
  };
  static const Index index = [] {
    Index x;
    const HtmlLexicon& lex = html_lexicon();
    auto add = [](std::vector<std::string_view>* by, const std::vector<std::string>& words, bool* empty) {
      for (const auto& w : words) {
        if (w.empty()) {
          if (empty) *empty = true;
          continue;
        }
        by[static_cast<unsigned char>(w[0])].push_back(w);
      }
    };
    add(x.phrases, lex.strong_phrases, &x.empty_phrase);
    add(x.prefixes, lex.strong_prefixes, nullptr);
    add(x.strong, lex.strong_tokens, nullptr);
    add(x.negative, lex.negative_tokens, nullptr);
    add(x.positive, lex.positive, &x.empty_positive);
    return x;
  }();
  auto contains_any = [](std::string_view s, const std::vector<std::string_view>* by) {
    for (size_t p = 0; p < s.size(); ++p) {
      const auto& bucket = by[static_cast<unsigned char>(s[p])];
      if (bucket.empty()) continue;
      for (std::string_view w : bucket)
        if (s.size() - p >= w.size() && (w.size() < 2 || s[p + 1] == w[1]) &&
            std::memcmp(s.data() + p, w.data(), w.size()) == 0)
          return true;
    }
    return false;
  };
  auto equals_any = [](std::string_view tok, const std::vector<std::string_view>* by) {
    if (tok.empty()) return false;
    for (std::string_view w : by[static_cast<unsigned char>(tok[0])])
      if (tok == w) return true;
    return false;
  };
  h.strong_negative = index.empty_phrase || contains_any(lower, index.phrases);
  for (const auto& [b, e] : spans) {
    std::string_view tok(chars.data() + b, e - b);
    if (!h.strong_negative) {
      for (std::string_view w : index.prefixes[static_cast<unsigned char>(tok[0])]) {
        // "commentary" is journalism, not a comment section.
        if (tok.size() >= w.size() && std::memcmp(tok.data(), w.data(), w.size()) == 0 &&
            !(w == "comment" && tok.substr(0, 10) == "commentary")) {
          h.strong_negative = true;
          break;
        }
      }
      if (equals_any(tok, index.strong)) h.strong_negative = true;
    }
    if (!h.negative && equals_any(tok, index.negative)) h.negative = true;
    if (!h.positive && tok.size() >= 4 && (index.empty_positive || contains_any(tok, index.positive))) h.positive = true;
  }
  return h;
}

// The hints are a function of the class and id strings alone, and pages repeat them
// (and sites repeat them across pages): a per-thread open-addressing table from the
// two strings to the bits, bounded in size.
class HintMemo {
 public:
  // The slot for (cls, id): bits == 0 when new (the caller fills it in).
  uint8_t& at(std::string_view cls, std::string_view id) {
    uint64_t h = hash(cls, 0x9E3779B97F4A7C15ull);
    h = hash(id, h ^ 0xC2B2AE3D27D4EB4Full) | 1;  // 0 marks an empty slot
    if (slots_.empty() || used_ * 2 >= slots_.size()) grow();
    size_t mask = slots_.size() - 1;
    for (size_t k = static_cast<size_t>(h) & mask;; k = (k + 1) & mask) {
      Slot& s = slots_[k];
      if (s.hash == 0) {
        s.hash = h;
        s.off = static_cast<uint32_t>(keys_.size());
        s.cls_len = static_cast<uint32_t>(cls.size());
        s.id_len = static_cast<uint32_t>(id.size());
        keys_.append(cls);
        keys_.append(id);
        s.bits = 0;
        ++used_;
        return s.bits;
      }
      if (s.hash == h && s.cls_len == cls.size() && s.id_len == id.size() &&
          same_bytes(keys_.data() + s.off, cls) && same_bytes(keys_.data() + s.off + cls.size(), id))
        return s.bits;
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t off = 0, cls_len = 0, id_len = 0;
    uint8_t bits = 0;
  };
  static constexpr size_t kMaxSlots = size_t{1} << 13;

  // memcmp with an empty (possibly null) view is undefined: compare only bytes there are.
  static bool same_bytes(const char* stored, std::string_view v) {
    return v.empty() || std::memcmp(stored, v.data(), v.size()) == 0;
  }

  static uint64_t hash(std::string_view s, uint64_t h) {
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0x100000001B3ull;
      h ^= h >> 29;
    }
    uint64_t tail = s.size();
    for (; i < s.size(); ++i) tail = (tail << 8) | static_cast<unsigned char>(s[i]);
    h = (h ^ tail) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
  }

  void grow() {
    if (slots_.size() >= kMaxSlots || keys_.size() > (size_t{1} << 20)) {  // full: start over
      slots_.assign(slots_.size() ? slots_.size() : 1024, Slot{});
      keys_.clear();
      used_ = 0;
      return;
    }
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.hash == 0) continue;
      size_t k = static_cast<size_t>(s.hash) & mask;
      while (slots_[k].hash != 0) k = (k + 1) & mask;
      slots_[k] = s;
    }
  }

  std::vector<Slot> slots_;
  std::string keys_;
  size_t used_ = 0;
};

uint8_t hint_bits(std::string_view cls, std::string_view id) {
  if (cls.empty() && id.empty()) return 1;
  thread_local HintMemo memo;
  uint8_t& bits = memo.at(cls, id);
  if (bits == 0) {
    Hints h = compute_class_hints(cls, id);
    bits = static_cast<uint8_t>(1 | (h.strong_negative ? 2 : 0) | (h.negative ? 4 : 0) | (h.positive ? 8 : 0));
  }
  return bits;
}

// Per-thread cache: the same document asks about the same node several times.
struct HintCache {
  uint64_t doc = 0;  // HtmlDocument::serial, not its address: addresses are reused
  size_t nodes = 0;
  std::vector<uint8_t> state;  // 0 unknown, else 1 + bits
};

Hints class_hints(const HtmlDocument& doc, int i) {
  thread_local HintCache cache;
  if (cache.doc != doc.serial || cache.nodes != doc.nodes.size()) {
    cache.doc = doc.serial;
    cache.nodes = doc.nodes.size();
    cache.state.assign(doc.nodes.size(), 0);
  }
  uint8_t& st = cache.state[static_cast<size_t>(i)];
  if (st == 0) st = hint_bits(doc.attr(i, "class"), doc.attr(i, "id"));
  Hints h;
  h.strong_negative = st & 2;
  h.negative = st & 4;
  h.positive = st & 8;
  return h;
}

// "display:none" or "visibility:hidden" in an inline style, ignoring case and spaces.
bool style_hides(std::string_view style) {
  thread_local std::string st;
  st.clear();
  for (char c : style)
    if (c != ' ') st += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  return st.find("display:none") != std::string::npos || st.find("visibility:hidden") != std::string::npos;
}

int count_commas(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // ， 、 。 (CJK punctuation: E3 80 81/82, EF BC 8C)
    else if (static_cast<unsigned char>(s[i]) == 0xE3 && i + 2 < s.size() &&
             static_cast<unsigned char>(s[i + 1]) == 0x80 &&
             (static_cast<unsigned char>(s[i + 2]) == 0x81 || static_cast<unsigned char>(s[i + 2]) == 0x82))
      ++n;
  }
  return n;
}

// Characters that are not white space, counting UTF-8 sequences once (continuation
// bytes are skipped). Branch-free so that the compiler vectorises it.
size_t visible_len(std::string_view s) {
  size_t n = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = p[i];
    n += static_cast<size_t>((c != 0x20) & (static_cast<unsigned char>(c - 9) > 4) & ((c & 0xC0) != 0x80));
  }
  return n;
}

// Below this many characters the best container is not trusted to be the text.
constexpr size_t kBaselineBelow = 1000;
constexpr size_t kBaselineRatio = 3;

class ContentFinder {
 public:
  ContentFinder(const HtmlDocument& doc, std::string_view title, std::string_view base_url)
      : doc_(doc), title_(title), base_url_(base_url) {}

  Content run(bool find_links) {
    size_t n = doc_.nodes.size();
    skip_.assign(n, 0);
    text_len_.assign(n, -1);
    text_.assign(n, 0);
    link_.assign(n, 0);
    ptext_.assign(n, 0);
    blocks_.assign(n, 0);
    score_.assign(n, 0.0);
    scored_.assign(n, 0);
    Content out;
    bool state_with_hints = true;  // skip_ .. blocks_ hold mark_skipped(true) + measure()
    for (bool use_hints : {true, false}) {
      if (!use_hints) reset();  // the first pass starts from the zeros of assign()
      state_with_hints = use_hints;
      candidates_.clear();
      out.blocks.clear();
      mark_skipped(use_hints);
      measure();
      score_paragraphs();
      int root = pick_root();
      out.root = root;
      if (root >= 0) {
        emit_root(root, out.blocks);
        prepend_lead(root, out.blocks);
      }
      size_t chars = 0;
      for (const auto& b : out.blocks) chars += b.text.size();
      // Class hints that hid the article: retry on structure alone (as Readability does).
      if (chars >= 250) break;
    }
    // Still little text, while the page has much more outside boilerplate: the page is not
    // built around one container (product, home and event pages). Take the whole body
    // minus boilerplate, as trafilatura's baseline does.
    {
      size_t chars = 0;
      for (const auto& b : out.blocks) chars += b.text.size();
      int body = doc_.find_first(Tag::kBody);
      if (body > 0 && chars < kBaselineBelow) {
        // The scoring after mark_skipped + measure changed only score_ and scored_: when
        // the hinted pass was the last, its skip_ and counts are what a new pass would give.
        if (!state_with_hints) {
          std::fill(skip_.begin(), skip_.end(), 0);
          std::fill(text_.begin(), text_.end(), 0);
          std::fill(link_.begin(), link_.end(), 0);
          std::fill(ptext_.begin(), ptext_.end(), 0);
          std::fill(blocks_.begin(), blocks_.end(), 0);
          mark_skipped(true);
          measure();
        }
        size_t body_text = static_cast<size_t>(text_[static_cast<size_t>(body)] - link_[static_cast<size_t>(body)]);
        if (body_text > chars * kBaselineRatio && body_text > 300) {
          std::vector<Block> all;
          emit(body, all);
          size_t all_chars = 0;
          for (const auto& b : all) all_chars += b.text.size();
          if (all_chars * 2 > chars * kBaselineRatio) {
            out.blocks = std::move(all);
            out.root = body;
          }
        }
      }
    }
    drop_title_heading(out.blocks);
    drop_boilerplate_blocks(out.blocks);
    if (find_links) collect_links(out);
    size_t body_chars = 0;
    for (const auto& b : out.blocks) body_chars += b.text.size();
    out.is_listing = out.links.size() >= 8 && body_chars < 60 * out.links.size();
    return out;
  }

 private:
  void reset() {
    std::fill(skip_.begin(), skip_.end(), 0);
    std::fill(text_.begin(), text_.end(), 0);
    std::fill(link_.begin(), link_.end(), 0);
    std::fill(ptext_.begin(), ptext_.end(), 0);
    std::fill(blocks_.begin(), blocks_.end(), 0);
    std::fill(score_.begin(), score_.end(), 0.0);
    std::fill(scored_.begin(), scored_.end(), 0);
  }

  void mark_skipped(bool use_hints) {
    size_t n = doc_.nodes.size();
    std::vector<uint8_t> hard(n, 0), soft(n, 0);
    // Pre-order: a node's parent comes before it, so inheritance is one pass.
    for (size_t i = 1; i < n; ++i) {
      const Node& nd = doc_.nodes[i];
      if (nd.parent > 0 && hard[static_cast<size_t>(nd.parent)]) {
        hard[i] = 1;
        continue;
      }
      if (nd.type != NodeType::kElement) continue;
      // <header>, <footer>, <aside> are soft: some sites wrap the whole page in one.
      Tag t = nd.tag;
      if (t == Tag::kHeader || t == Tag::kFooter) {
        // Inside an article or a list item it heads that item (accordion, card), not the page.
        bool nested = false;
        for (int a = nd.parent; a > 0 && !nested; a = doc_.node(a).parent) {
          Tag at = doc_.node(a).tag;
          nested = at == Tag::kLi || at == Tag::kDetails;
        }
        if (!nested) soft[i] = 1;
      } else if (t == Tag::kAside) {
        soft[i] = 1;
      }
      else if (is_structural_boilerplate(doc_, static_cast<int>(i))) hard[i] = 1;
      else if (use_hints && has_boilerplate_hints(doc_, static_cast<int>(i))) soft[i] = 1;
    }
    // Paragraph text under each node, to keep a hinted wrapper that holds most of it
    // ("page header-style", "widget Blog" around the post).
    std::vector<int> ptext(n, 0);
    for (size_t i = n; i-- > 1;) {
      const Node& nd = doc_.nodes[i];
      if (hard[i]) continue;
      if (nd.type == NodeType::kText) {
        Tag pt = doc_.nodes[static_cast<size_t>(nd.parent)].tag;
        if (pt == Tag::kP || pt == Tag::kPre || pt == Tag::kBlockquote || pt == Tag::kTd ||
            pt == Tag::kDiv || pt == Tag::kSpan || pt == Tag::kLi || pt == Tag::kB || pt == Tag::kStrong ||
            pt == Tag::kEm || pt == Tag::kI || pt == Tag::kFont || pt == Tag::kSection || pt == Tag::kArticle)
          ptext[i] = text_len(i);
      }
      ptext[static_cast<size_t>(nd.parent)] += ptext[i];
    }
    int total = ptext[0];
    for (size_t i = 1; i < n; ++i) {
      const Node& nd = doc_.nodes[i];
      if (nd.parent > 0 && skip_[static_cast<size_t>(nd.parent)]) {
        skip_[i] = 1;
        continue;
      }
      if (hard[i] || (soft[i] && ptext[i] * 2 < total)) skip_[i] = 1;
    }
  }

  void measure() {
    for (size_t i = doc_.nodes.size(); i-- > 1;) {
      const Node& nd = doc_.nodes[i];
      if (skip_[i]) continue;
      if (nd.type == NodeType::kText) {
        Tag pt = doc_.nodes[static_cast<size_t>(nd.parent)].tag;
        if (pt == Tag::kScript || pt == Tag::kStyle) continue;
        text_[i] = text_len(i);
      } else if (nd.tag == Tag::kA) {
        link_[i] = text_[i];
      } else if (nd.tag == Tag::kP || nd.tag == Tag::kBlockquote || nd.tag == Tag::kPre) {
        ptext_[i] = text_[i] - link_[i];  // children are done: reverse pre-order
        if (ptext_[i] > 0) blocks_[i] += kParagraphUnit;
      } else if (is_heading(nd.tag) && text_[i] > 0) {
        blocks_[i] += 1;
      }
      size_t p = static_cast<size_t>(nd.parent);
      text_[p] += text_[i];
      link_[p] += link_[i];
      ptext_[p] += ptext_[i];
      blocks_[p] += blocks_[i];
    }
  }

  // visible_len of text node i, computed once per document (passes ask again).
  int text_len(size_t i) {
    int& v = text_len_[i];
    if (v < 0) v = static_cast<int>(visible_len(doc_.nodes[i].text));
    return v;
  }

  double link_density(int i) const {
    int t = text_[static_cast<size_t>(i)];
    return t > 0 ? static_cast<double>(link_[static_cast<size_t>(i)]) / t : 0.0;
  }

  bool has_block_child(int i) const {
    for (int c = doc_.node(i).first_child; c >= 0; c = doc_.node(c).next_sibling) {
      const Node& ch = doc_.node(c);
      if (ch.type == NodeType::kElement && is_block_tag(ch.tag) && !skip_[static_cast<size_t>(c)]) return true;
    }
    return false;
  }

  double initial_score(int i) {
    const Node& nd = doc_.node(i);
    double s = 0;
    switch (nd.tag) {
      case Tag::kDiv: case Tag::kArticle: case Tag::kMain: s += 5; break;
      case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: s += 3; break;
      case Tag::kAddress: case Tag::kOl: case Tag::kUl: case Tag::kDl: case Tag::kDd: case Tag::kDt:
      case Tag::kLi: case Tag::kForm: s -= 3; break;
      case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
      case Tag::kTh: s -= 5; break;
      default: break;
    }
    Hints h = class_hints(doc_, i);
    // Class words only count on containers with some text: "articleMeta" is not the article.
    bool sizable = text_[static_cast<size_t>(i)] >= 140;
    if (h.positive && sizable) s += 25;
    if (h.negative) s -= 25;
    if (doc_.attr(i, "itemprop") == "articleBody" && sizable) s += 50;
    if (nd.tag == Tag::kArticle && sizable) s += 10;
    return s;
  }

  void add_score(int i, double s) {
    size_t k = static_cast<size_t>(i);
    if (!scored_[k]) {
      scored_[k] = 1;
      score_[k] = initial_score(i);
      candidates_.push_back(i);
    }
    score_[k] += s;
  }

  void score_paragraphs() {
    std::string buf;
    for (size_t i = 1; i < doc_.nodes.size(); ++i) {
      const Node& nd = doc_.nodes[i];
      if (skip_[i] || nd.type != NodeType::kElement) continue;
      bool para = nd.tag == Tag::kP || nd.tag == Tag::kPre || nd.tag == Tag::kTd ||
                  ((nd.tag == Tag::kDiv || nd.tag == Tag::kSection || nd.tag == Tag::kBlockquote ||
                    nd.tag == Tag::kLi) && !has_block_child(static_cast<int>(i)));
      if (!para) continue;
      int len = text_[i];
      if (len < 25) continue;
      if (nd.tag == Tag::kTd && has_block_child(static_cast<int>(i))) continue;
      buf.clear();
      doc_.append_text(static_cast<int>(i), buf);
      double s = 1 + count_commas(buf) + std::min(len / 100, 3);
      s *= 1.0 - std::min(1.0, link_density(static_cast<int>(i)));
      int anc = nd.parent;
      for (int level = 0; anc > 0 && level < 5; ++level) {
        const Node& an = doc_.node(anc);
        if (an.tag == Tag::kBody || an.tag == Tag::kHtml) break;
        double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        add_score(anc, s / div);
        anc = an.parent;
      }
    }
  }

  int pick_root() {
    int best = -1;
    double best_score = -1e9;
    for (int c : candidates_) {
      size_t k = static_cast<size_t>(c);
      score_[k] *= 1.0 - link_density(c);
      if (score_[k] > best_score) {
        best_score = score_[k];
        best = c;
      }
    }
    if (debug_) {
      std::vector<int> c = candidates_;
      std::sort(c.begin(), c.end(), [&](int x, int y) { return score_[static_cast<size_t>(x)] > score_[static_cast<size_t>(y)]; });
      for (size_t j = 0; j < std::min<size_t>(c.size(), 6); ++j)
        std::fprintf(stderr, "cand %s.%s#%s score=%.1f text=%d ld=%.2f\n", std::string(doc_.node(c[j]).text).c_str(),
                     std::string(doc_.attr(c[j], "class")).c_str(), std::string(doc_.attr(c[j], "id")).c_str(),
                     score_[static_cast<size_t>(c[j])], text_[static_cast<size_t>(c[j])], link_density(c[j]));
    }
    if (best < 0) {
      best = doc_.find_first(Tag::kBody);
      if (best < 0) best = 0;
      return best;
    }
    // Climb while the parent is a wrapper that holds little more than the best.
    for (int guard = 0; guard < 6; ++guard) {
      int p = doc_.node(best).parent;
      if (p <= 0) break;
      const Node& pn = doc_.node(p);
      if (pn.tag == Tag::kBody || pn.tag == Tag::kHtml) break;
      int bt = text_[static_cast<size_t>(best)];
      int pt = text_[static_cast<size_t>(p)];
      if (pt <= bt * 1.1 + 20) {
        best = p;
        continue;
      }
      break;
    }
    // Readability's rule: when several strong candidates share an ancestor, the article
    // is split into sections and the ancestor holds it all.
    {
      std::vector<int> top;
      double floor = best_score * 0.75;  // of the top candidate, not of the wrapper climbed to
      for (int c : candidates_)
        if (c != best && score_[static_cast<size_t>(c)] >= floor) top.push_back(c);
      std::sort(top.begin(), top.end(), [&](int x, int y) { return score_[static_cast<size_t>(x)] > score_[static_cast<size_t>(y)]; });
      if (top.size() > 4) top.resize(4);
      if (top.size() >= 2) {
        for (int anc = doc_.node(best).parent, level = 0; anc > 0 && level < 6; anc = doc_.node(anc).parent, ++level) {
          const Node& an = doc_.node(anc);
          if (an.tag == Tag::kBody || an.tag == Tag::kHtml) break;
          int inside = 0;
          for (int c : top)
            for (int x = c; x > 0; x = doc_.node(x).parent)
              if (x == anc) { ++inside; break; }
          if (inside >= 2) {
            best = anc;
            break;
          }
        }
      }
    }
    // Climb when what an ancestor adds is mostly paragraphs: the article continues
    // beside the chosen box (split by ad slots, boxes, sections, or page-builder columns
    // nested a few levels apart). The highest such ancestor within reach wins.
    {
      int climb_to = best;
      int x = best;
      for (int level = 0; level < 5; ++level) {
        int p = doc_.node(x).parent;
        if (p <= 0 || doc_.node(p).tag == Tag::kBody || doc_.node(p).tag == Tag::kHtml) break;
        x = p;
        if (link_density(x) >= 0.3) break;
        size_t b = static_cast<size_t>(climb_to), pk = static_cast<size_t>(x);
        int extra_text = text_[pk] - text_[b];
        int extra_p = ptext_[pk] - ptext_[b];
        // Teaser cards (a heading over each short paragraph) are not the text going on.
        int extra_paras = blocks_[pk] / kParagraphUnit - blocks_[b] / kParagraphUnit;
        int extra_heads = blocks_[pk] % kParagraphUnit - blocks_[b] % kParagraphUnit;
        bool cards = extra_heads * 2 > extra_paras;
        if (extra_p >= 200 && extra_p * 10 >= extra_text * 6 && !cards) climb_to = x;
      }
      best = climb_to;
    }
    best_score_ = std::max(best_score, 1.0);
    if (debug_) {
      int x = best;
      for (int level = 0; x > 0 && level < 8; ++level, x = doc_.node(x).parent)
        std::fprintf(stderr, "up%d %s.%s text=%d ptext=%d ld=%.2f\n", level, std::string(doc_.node(x).text).c_str(),
                     std::string(doc_.attr(x, "class")).substr(0, 40).c_str(), text_[static_cast<size_t>(x)],
                     ptext_[static_cast<size_t>(x)], link_density(x));
    }
    return best;
  }

  // A lead (standfirst, intro, excerpt) often sits in the article's <header> beside the
  // title, apart from the body the scores chose: one or two paragraph-like blocks just
  // before the root, in its article, are the start of the text.
  void prepend_lead(int root, std::vector<Block>& blocks) {
    // The window: from the article's start (up to 3 levels above the root) to the root's
    // first paragraph text.
    int top = root;
    for (int level = 0; level < 3; ++level) {
      int p = doc_.node(top).parent;
      if (p <= 0 || doc_.node(p).tag == Tag::kBody || doc_.node(p).tag == Tag::kHtml) break;
      top = p;
    }
    int first_text = -1;
    for (size_t i = static_cast<size_t>(root); i < doc_.nodes.size(); ++i) {
      if (!in_subtree(static_cast<int>(i), root)) break;
      const Node& nd = doc_.nodes[i];
      if (!skip_[i] && nd.type == NodeType::kText && visible_len(nd.text) >= 40) {
        first_text = static_cast<int>(i);
        break;
      }
    }
    if (first_text < 0) return;
    // A lead follows the headline: no <h1> in the window, no lead.
    int h1 = -1;
    for (int i = first_text; i-- > top;)
      if (doc_.node(i).type == NodeType::kElement && doc_.node(i).tag == Tag::kH1) {
        h1 = i;
        break;
      }
    if (h1 < 0) return;
    std::vector<int> leads;
    for (int i = first_text; i-- > h1 && leads.size() < 2;) {
      const Node& nd = doc_.node(i);
      if (nd.type != NodeType::kElement) continue;
      bool inside = in_subtree(i, root);
      if (inside && !skip_[static_cast<size_t>(i)]) continue;  // already emitted
      Tag t = nd.tag;
      bool leaf = t == Tag::kP || ((t == Tag::kDiv || t == Tag::kH2) && !has_element_block_child(i));
      if (!leaf || !lead_allowed(i, top)) continue;
      std::string text = visible_text(i);
      size_t len = visible_len(text);
      if (len >= 100 && ends_sentence(text) && link_chars(i) * 5 < static_cast<int>(len)) leads.push_back(i);
    }
    if (leads.empty()) return;
    std::reverse(leads.begin(), leads.end());
    std::vector<Block> head;
    for (int i : leads) {
      Block b;
      b.kind = BlockKind::kParagraph;
      b.text = visible_text(i);
      bool dup = b.text == title_;
      for (const auto& x : blocks) dup = dup || x.text == b.text;
      if (!dup) head.push_back(std::move(b));
    }
    blocks.insert(blocks.begin(), std::make_move_iterator(head.begin()), std::make_move_iterator(head.end()));
  }

  // The collapsed text under `i`, without scripts, styles and hidden parts.
  std::string visible_text(int i) const {
    std::string out;
    std::vector<int> stack{i};
    while (!stack.empty()) {
      int x = stack.back();
      stack.pop_back();
      const Node& nd = doc_.node(x);
      if (nd.type == NodeType::kText) {
        append_collapsed(nd.text, out);
        continue;
      }
      if (nd.type != NodeType::kElement || (x != i && is_structural_boilerplate(doc_, x))) continue;
      size_t mark = stack.size();
      for (int c = nd.first_child; c >= 0; c = doc_.node(c).next_sibling) stack.push_back(c);
      std::reverse(stack.begin() + static_cast<long>(mark), stack.end());
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }

  bool in_subtree(int i, int root) const {
    for (int x = i; x >= root; x = doc_.node(x).parent)
      if (x == root) return true;
    return false;
  }

  // Headers and weakly hinted boxes ("header", "teaser") may hold a lead; boilerplate by
  // structure or strong hints may not.
  bool lead_allowed(int i, int top) const {
    for (int x = i; x > top; x = doc_.node(x).parent) {
      if (doc_.node(x).tag == Tag::kHeader) continue;
      if (is_structural_boilerplate(doc_, x) || class_hints(doc_, x).strong_negative) return false;
    }
    return true;
  }

  bool has_element_block_child(int i) const {
    for (int c = doc_.node(i).first_child; c >= 0; c = doc_.node(c).next_sibling) {
      const Node& ch = doc_.node(c);
      if (ch.type == NodeType::kElement && is_block_tag(ch.tag)) return true;
    }
    return false;
  }

  // Characters inside links under `i`, counted whether or not the node was skipped.
  int link_chars(int i) const {
    int n = 0;
    for (int c = doc_.node(i).first_child; c >= 0; c = doc_.node(c).next_sibling) {
      const Node& ch = doc_.node(c);
      if (ch.type != NodeType::kElement) continue;
      if (ch.tag == Tag::kA) {
        std::string raw;
        doc_.append_text(c, raw);
        n += static_cast<int>(visible_len(raw));
      } else {
        n += link_chars(c);
      }
    }
    return n;
  }

  // The root's siblings that look like continuation of the article join it.
  bool sibling_joins(int sib, double threshold) {
    size_t k = static_cast<size_t>(sib);
    if (skip_[k]) return false;
    const Node& nd = doc_.node(sib);
    if (nd.type == NodeType::kText) return false;
    if (scored_[k] && score_[k] >= threshold) return true;
    // A box of plain paragraphs beside the root (a lead, a second column of the text).
    if ((nd.tag == Tag::kDiv || nd.tag == Tag::kSection) && ptext_[k] >= 100 && link_density(sib) < 0.2 &&
        ptext_[k] * 10 >= text_[k] * 8)
      return true;
    if (nd.tag == Tag::kP) {
      int len = text_[k];
      double ld = link_density(sib);
      if (len > 80 && ld < 0.25) return true;
      if (len > 0 && len <= 80 && ld == 0) {
        std::string t;
        doc_.append_text(sib, t);
        while (!t.empty() && is_space(t.back())) t.pop_back();
        if (!t.empty() && t.back() == '.') return true;
      }
    }
    return false;
  }

  void emit_root(int root, std::vector<Block>& blocks) {
    int parent = doc_.node(root).parent;
    const Node& pn = doc_.node(parent >= 0 ? parent : 0);
    if (parent <= 0 || pn.tag == Tag::kBody || pn.tag == Tag::kHtml) {
      emit(root, blocks);
      return;
    }
    double threshold = std::max(10.0, score_[static_cast<size_t>(root)] * 0.2);
    for (int c = pn.first_child; c >= 0; c = doc_.node(c).next_sibling) {
      if (c == root || sibling_joins(c, threshold)) emit(c, blocks);
    }
  }

  struct Pending {
    std::string text;
    int link_chars = 0;
    BlockKind kind = BlockKind::kParagraph;
    int level = 0;
  };

  void flush(Pending& p, std::vector<Block>& blocks) {
    while (!p.text.empty() && p.text.back() == ' ') p.text.pop_back();
    if (!p.text.empty()) {
      size_t len = visible_len(p.text);
      double density = len ? static_cast<double>(p.link_chars) / static_cast<double>(len) : 0;
      // A block that is all link and short is navigation or a related-story link.
      bool link_block = density > 0.8 && len < 120 && p.kind != BlockKind::kHeading;
      if (!link_block) {
        Block b;
        b.kind = p.kind;
        b.level = p.level;
        b.text = std::move(p.text);
        blocks.push_back(std::move(b));
      }
    }
    p.text.clear();
    p.link_chars = 0;
    p.kind = BlockKind::kParagraph;
    p.level = 0;
  }

  static void append_space(std::string& out) {
    if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
  }

  void emit(int start, std::vector<Block>& blocks) {
    Pending p;
    // Iterative walk; `context` tracks quote/list/pre nesting by a depth counter per kind.
    struct Frame {
      int node;
      bool entered;
    };
    std::vector<Frame> stack;
    stack.push_back({start, false});
    int in_pre = 0, in_quote = 0, in_link = 0;
    std::vector<BlockKind> kinds;
    while (!stack.empty()) {
      Frame& f = stack.back();
      const Node& nd = doc_.node(f.node);
      size_t k = static_cast<size_t>(f.node);
      if (!f.entered) {
        f.entered = true;
        if (skip_[k] && f.node != start) {
          stack.pop_back();
          continue;
        }
        if (nd.type == NodeType::kText) {
          Tag pt = doc_.node(nd.parent).tag;
          if (pt != Tag::kScript && pt != Tag::kStyle) {
            size_t before = p.text.size();
            if (in_pre) p.text += nd.text;
            else append_collapsed(nd.text, p.text);
            if (in_link) p.link_chars += static_cast<int>(visible_len(std::string_view(p.text).substr(before)));
          }
          stack.pop_back();
          continue;
        }
        Tag t = nd.tag;
        if (t == Tag::kBr) {
          if (in_pre) p.text += '\n';
          else if (!p.text.empty() && p.text.back() != '\n') {
            while (!p.text.empty() && p.text.back() == ' ') p.text.pop_back();
            // Two <br> in a row separate paragraphs; one is a line break inside one.
            p.text += '\n';
          } else if (!p.text.empty()) {
            p.text.pop_back();
            BlockKind kind = p.kind;
            flush(p, blocks);
            p.kind = kind;
          }
          stack.pop_back();
          continue;
        }
        bool soft_tag = t == Tag::kHeader || t == Tag::kFooter || t == Tag::kAside;
        if (t == Tag::kImg || t == Tag::kHr || (is_dropped_tag(t) && !soft_tag)) {
          if (t == Tag::kHr) flush(p, blocks);
          stack.pop_back();
          continue;
        }
        if (t == Tag::kTd || t == Tag::kTh) append_space(p.text);
        if (is_block_tag(t) && t != Tag::kTd && t != Tag::kTh) {
          flush(p, blocks);
          if (is_heading(t)) {
            p.kind = BlockKind::kHeading;
            p.level = static_cast<int>(t) - static_cast<int>(Tag::kH1) + 1;
          } else if (t == Tag::kLi || t == Tag::kDd || t == Tag::kDt) {
            p.kind = BlockKind::kListItem;
          } else if (t == Tag::kPre) {
            p.kind = BlockKind::kPre;
          } else if (t == Tag::kTr) {
            p.kind = BlockKind::kTableRow;
          } else if (in_quote) {
            p.kind = BlockKind::kQuote;
          }
        }
        if (t == Tag::kPre) ++in_pre;
        if (t == Tag::kBlockquote) {
          ++in_quote;
          p.kind = BlockKind::kQuote;
        }
        if (t == Tag::kA) ++in_link;
        // Push children in reverse so they pop in order.
        size_t mark = stack.size();
        for (int c = nd.first_child; c >= 0; c = doc_.node(c).next_sibling) stack.push_back({c, false});
        std::reverse(stack.begin() + static_cast<long>(mark), stack.end());
        continue;
      }
      // Leaving an element.
      Tag t = nd.tag;
      if (t == Tag::kPre) --in_pre;
      if (t == Tag::kBlockquote) --in_quote;
      if (t == Tag::kA) --in_link;
      if (is_block_tag(t) && t != Tag::kTd && t != Tag::kTh) flush(p, blocks);
      if (in_quote && p.text.empty()) p.kind = BlockKind::kQuote;
      stack.pop_back();
    }
    flush(p, blocks);
    // Line breaks kept inside a block read as spaces in prose; keep them only in <pre>.
    for (auto& b : blocks) {
      if (b.kind == BlockKind::kPre) continue;
      for (char& c : b.text)
        if (c == '\n') c = ' ';
    }
  }

  void drop_title_heading(std::vector<Block>& blocks) {
    if (title_.empty() || blocks.empty()) return;
    for (size_t i = 0; i < std::min<size_t>(blocks.size(), 3); ++i) {
      if (blocks[i].kind == BlockKind::kHeading && blocks[i].text == title_) {
        blocks.erase(blocks.begin() + static_cast<long>(i));
        return;
      }
    }
  }

  // Furniture phrases (data/html_boilerplate/phrases.txt) match the lower-cased start of a
  // short block.
  // Indexed by first byte: only the phrases that can match are compared.
  struct PrefixIndex {
    std::vector<std::string_view> by[256];
    bool any_empty = false;
    explicit PrefixIndex(const std::vector<std::string>& phrases) {
      for (const auto& w : phrases) {
        if (w.empty()) any_empty = true;
        else by[static_cast<unsigned char>(w[0])].push_back(w);
      }
    }
  };
  static bool starts_with_any(std::string_view text, const PrefixIndex& index) {
    if (index.any_empty) return true;
    if (text.empty()) return false;
    for (std::string_view w : index.by[static_cast<unsigned char>(text[0])])
      if (text.size() >= w.size() && std::memcmp(text.data(), w.data(), w.size()) == 0) return true;
    return false;
  }

  void drop_boilerplate_blocks(std::vector<Block>& blocks) {
    static const PrefixIndex section_starts(html_lexicon().section_starts);
    static const PrefixIndex furniture(html_lexicon().furniture);
    size_t cut = blocks.size();
    for (size_t i = 0; i < blocks.size(); ++i) {
      const Block& b = blocks[i];
      if (b.text.size() > 80) continue;
      std::string l = lower_latin1(b.text);
      bool section = (b.kind == BlockKind::kHeading || b.text.size() < 40) && starts_with_any(l, section_starts);
      // Cut the rest only in the second half: an early "Related" is a box inside the text.
      if (section && i * 2 >= blocks.size() && i > 0) {
        if (std::getenv("NEWSDESK_EXTRACT_DEBUG")) std::fprintf(stderr, "cut at block %zu/%zu: %s\n", i, blocks.size(), b.text.c_str());
        cut = i;
        break;
      }
    }
    blocks.resize(cut);
    std::vector<Block> kept;
    kept.reserve(blocks.size());
    std::string l;
    for (auto& b : blocks) {
      // Lower-cased once for the tests below, which all look at blocks under 400 bytes.
      if (b.text.size() < 400) l = lower_latin1(b.text);
      // Consent notices that sit inside the article container.
      if (b.text.size() < 400) {
        if (l.find("cookie") != std::string::npos || l.find("javascript") != std::string::npos) continue;
      }
      if (b.text.size() < 250 && b.kind != BlockKind::kHeading && is_credit_lower(l)) continue;
      if (b.text.size() <= 60) {
        if (starts_with_any(l, furniture) || starts_with_any(l, section_starts)) continue;
        // Times, counters and dates alone ("19:49", "3:59 PM") are metadata.
        bool letters = false;
        for (char c : l)
          if (std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0xC3)) letters = true;
        if (!letters || (l.size() <= 8 && l.find(':') != std::string::npos)) continue;
        // A short line around a date is a dateline or byline ("Verfasst von X | 31. Dezember 2008").
        if (b.kind != BlockKind::kHeading && !find_dates(b.text, DayMonthOrder::kDayFirst, 1).empty()) {
          size_t words = static_cast<size_t>(std::count(b.text.begin(), b.text.end(), ' ')) + 1;
          if (words <= 10) continue;
        }
      }
      kept.push_back(std::move(b));
    }
    blocks = std::move(kept);
    drop_tail_promos(blocks);
    trim_tail(blocks);
    trim_head(blocks);
  }

  // Captions and copyright lines carry a credit: "(Foto: Getty)", "© AFP / X".
  static bool is_credit_lower(std::string_view l) {
    for (const auto& w : html_lexicon().credit_marks)
      if (l.find(w) != std::string::npos) return true;
    return false;
  }

  // The site's own appeals close many articles: "Follow us on Telegram", "Download our app",
  // "Support our work". Only short blocks at the very end, which news rarely ends on.
  static void drop_tail_promos(std::vector<Block>& blocks) {
    const std::vector<std::string>& words = html_lexicon().tail_promos;
    for (int k = 0; k < 2 && blocks.size() > 2; ++k) {
      const Block& b = blocks.back();
      if (b.text.size() >= 300 || b.kind == BlockKind::kHeading) break;
      std::string l = lower_latin1(b.text);
      bool promo = false;
      for (const auto& w : words)
        if (l.find(w) != std::string::npos) promo = true;
      if (!promo) break;
      blocks.pop_back();
    }
  }

  // Before the first paragraph: credits, datelines and kickers ("Judy Eddy/WENN.com").
  static void trim_head(std::vector<Block>& blocks) {
    size_t drop = 0;
    while (drop + 1 < blocks.size() && drop < 3) {
      const Block& b = blocks[drop];
      if (b.kind == BlockKind::kHeading || b.text.size() >= 50 || ends_sentence(b.text)) break;
      ++drop;
    }
    if (drop > 0 && blocks[drop].text.size() >= 100) blocks.erase(blocks.begin(), blocks.begin() + static_cast<long>(drop));
  }

  // What follows the last sentence of an article is furniture: short lines that end
  // without punctuation ("Bildergalerie", "Mehr zum Ereignis", "Tags: a, b").
  static bool ends_sentence(const std::string& t) {
    size_t n = t.size();
    while (n > 0 && (t[n - 1] == ' ')) --n;
    if (n == 0) return false;
    unsigned char c = static_cast<unsigned char>(t[n - 1]);
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == '"' || c == ')' || c == '\'') return true;
    // Closing quotes and CJK full stop: ” » 」 。 ！ ？ (last byte of their UTF-8 forms).
    if (n >= 2 && static_cast<unsigned char>(t[n - 2]) == 0xC2 && c == 0xBB) return true;
    if (n >= 3) {
      std::string_view tail(t.data() + n - 3, 3);
      for (std::string_view q : {"\xE2\x80\x9D", "\xE2\x80\x9C", "\xE3\x80\x82", "\xEF\xBC\x81",
                                 "\xEF\xBC\x9F", "\xE3\x80\x8D", "\xE2\x80\xA6"})
        if (tail == q) return true;
    }
    return false;
  }

  static void trim_tail(std::vector<Block>& blocks) {
    while (blocks.size() > 1) {
      const Block& b = blocks.back();
      if (b.kind == BlockKind::kPre || b.kind == BlockKind::kTableRow || b.kind == BlockKind::kListItem) break;
      bool short_line = b.text.size() < 100;
      char last = b.text.empty() ? ' ' : b.text.back();
      bool lead_in = b.text.size() < 40 && (last == '?' || last == ':');  // "Schon gelesen?"
      if ((short_line && (!ends_sentence(b.text) || b.kind == BlockKind::kHeading)) || lead_in) {
        blocks.pop_back();
        continue;
      }
      break;
    }
  }

  void collect_links(Content& out) {
    std::unordered_set<std::string> seen;
    std::string text;
    for (size_t i = 1; i < doc_.nodes.size() && out.links.size() < 300; ++i) {
      const Node& nd = doc_.nodes[i];
      if (nd.type != NodeType::kElement || nd.tag != Tag::kA || skip_[i]) continue;
      std::string_view href = doc_.attr(static_cast<int>(i), "href");
      if (href.empty()) continue;
      // A headline link sits in a heading or is long enough to be one.
      bool in_heading = false;
      int a = nd.parent;
      for (int level = 0; a > 0 && level < 4; ++level, a = doc_.node(a).parent) {
        if (is_heading(doc_.node(a).tag)) { in_heading = true; break; }
      }
      text.clear();
      std::string raw;
      doc_.append_text(static_cast<int>(i), raw);
      append_collapsed(raw, text);
      size_t words = static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
      if (text.size() < 20 || words < 4) continue;
      if (!in_heading && words < 6) continue;
      std::string url = resolve_url(base_url_, href);
      if (url.empty() || !seen.insert(url).second) continue;
      out.links.push_back({text, url});
    }
  }

  const HtmlDocument& doc_;
  std::string_view title_;
  std::string_view base_url_;
  std::vector<uint8_t> skip_;
  std::vector<int> text_len_;  // -1 until asked
  std::vector<int> text_;
  std::vector<int> link_;
  std::vector<int> ptext_;  // text in <p>, <blockquote>, <pre>, outside links
  // Paragraphs (in units of kParagraphUnit) plus headings under each node.
  static constexpr int kParagraphUnit = 1 << 16;
  std::vector<int> blocks_;
  std::vector<double> score_;
  std::vector<uint8_t> scored_;
  std::vector<int> candidates_;
  double best_score_ = 0;
  bool debug_ = std::getenv("NEWSDESK_EXTRACT_DEBUG") != nullptr;
};

}  // namespace

namespace {
// Bytes that end a run in append_collapsed: white space and 0xC2 (a possible NBSP).
constexpr std::array<bool, 256> kCollapseStop = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\n', '\t', '\r', '\f', '\v'}) t[c] = true;
  t[0xC2] = true;
  return t;
}();
}  // namespace

void append_collapsed(std::string_view in, std::string& out) {
  bool space = !out.empty() && (out.back() == ' ' || out.back() == '\n');
  const char* p = in.data();
  const char* end = p + in.size();
  while (p < end) {
    // A run of ordinary bytes goes in with one append.
    const char* run = p;
    while (p < end && !kCollapseStop[static_cast<unsigned char>(*p)]) ++p;
    if (p > run) {
      out.append(run, static_cast<size_t>(p - run));
      space = false;
      continue;
    }
    char c = *p;
    if (is_space(c)) {
      if (!space && !out.empty()) {
        out += ' ';
        space = true;
      }
      ++p;
      continue;
    }
    // 0xC2: NBSP reads as a space; other C2 sequences are ordinary.
    if (p + 1 < end && static_cast<unsigned char>(p[1]) == 0xA0) {
      if (!space && !out.empty()) {
        out += ' ';
        space = true;
      }
      p += 2;
      continue;
    }
    out += c;
    space = false;
    ++p;
  }
}

bool is_structural_boilerplate(const HtmlDocument& doc, int i) {
  const Node& nd = doc.node(i);
  if (is_dropped_tag(nd.tag)) return true;
  if (nd.tag == Tag::kBody || nd.tag == Tag::kHtml) return false;
  // One pass over the attributes (names are unique per element): hidden, aria-hidden,
  // an inline style that hides, or a role of page furniture.
  constexpr uint8_t kHidden = attribute_key("hidden"), kAriaHidden = attribute_key("aria-hidden"),
                    kStyle = attribute_key("style"), kRole = attribute_key("role");
  for (uint32_t a = nd.attr_begin; a < nd.attr_end; ++a) {
    const Attribute& at = doc.attributes[a];
    if (at.key == kHidden) return true;
    if (at.key == kAriaHidden) {
      if (at.value == "true") return true;
    } else if (at.key == kStyle) {
      if (!at.value.empty() && style_hides(at.value)) return true;
    } else if (at.key == kRole) {
      std::string_view role = at.value;
      if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
          role == "menu" || role == "menubar" || role == "dialog" || role == "alert" || role == "search")
        return true;
    }
  }
  return false;
}

bool has_boilerplate_hints(const HtmlDocument& doc, int i) {
  const Node& nd = doc.node(i);
  if (nd.tag == Tag::kBody || nd.tag == Tag::kHtml || nd.tag == Tag::kMain || nd.tag == Tag::kArticle) return false;
  std::string_view itemprop = doc.attr(i, "itemprop");
  if (itemprop == "articleBody" || itemprop == "text") return false;
  Hints h = class_hints(doc, i);
  if (h.strong_negative) return true;
  if (h.negative && !h.positive) return true;
  return false;
}

bool is_boilerplate_element(const HtmlDocument& doc, int i) {
  return is_structural_boilerplate(doc, i) || has_boilerplate_hints(doc, i);
}

std::string resolve_url(std::string_view base, std::string_view href) {
  while (!href.empty() && is_space(href.front())) href.remove_prefix(1);
  while (!href.empty() && is_space(href.back())) href.remove_suffix(1);
  if (href.empty() || href[0] == '#') return {};
  std::string lh = lower_ascii(href.substr(0, std::min<size_t>(href.size(), 12)));
  if (lh.rfind("http://", 0) == 0 || lh.rfind("https://", 0) == 0) return std::string(href);
  if (lh.rfind("javascript:", 0) == 0 || lh.rfind("mailto:", 0) == 0 || lh.rfind("tel:", 0) == 0 ||
      lh.rfind("data:", 0) == 0)
    return {};
  size_t scheme = base.find("://");
  if (scheme == std::string_view::npos) return std::string(href);
  if (href.size() >= 2 && href[0] == '/' && href[1] == '/')
    return std::string(base.substr(0, scheme + 1)) + std::string(href);
  size_t host_end = base.find('/', scheme + 3);
  std::string_view origin = base.substr(0, host_end == std::string_view::npos ? base.size() : host_end);
  if (href[0] == '/') return std::string(origin) + std::string(href);
  std::string_view path = host_end == std::string_view::npos ? std::string_view("/") : base.substr(host_end);
  size_t q = path.find_first_of("?#");
  if (q != std::string_view::npos) path = path.substr(0, q);
  size_t slash = path.rfind('/');
  return std::string(origin) + std::string(path.substr(0, slash + 1)) + std::string(href);
}

Content extract_content(const HtmlDocument& doc, std::string_view title, std::string_view base_url,
                        bool find_links) {
  ContentFinder finder(doc, title, base_url);
  return finder.run(find_links);
}

}  // namespace newsdesk::extract
