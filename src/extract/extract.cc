#include "extract/extract.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <string>

#include "extract/ascii.h"
#include "extract/charset.h"
#include "extract/content.h"
#include "extract/dates.h"
#include "extract/html.h"
#include "extract/metadata.h"
#include "text/language.h"

namespace newsdesk::extract {
namespace {

// "de-DE" -> "de"; "en_US" -> "en".
std::string primary_language(std::string_view tag) {
  std::string l = lower_ascii(tag);
  size_t cut = l.find_first_of("-_ ,;");
  if (cut != std::string::npos) l.resize(cut);
  if (l.size() < 2 || l.size() > 3) return {};
  return l;
}

struct DateBound {
  int64_t max_day;  // the fetch day: nothing published later
  bool ok(const DateValue& d) const { return days_from_civil(d.year, d.month, d.day) <= max_day; }
  bool ok(const FoundDate& f) const {
    if (f.empty()) return false;
    int y = std::stoi(f.date.substr(0, 4)), m = std::stoi(f.date.substr(5, 2)), d = std::stoi(f.date.substr(8, 2));
    return days_from_civil(y, m, d) <= max_day;
  }
};

FoundDate from_value(const DateValue& v, std::string evidence) {
  FoundDate f;
  f.date = v.iso();
  f.time = v.time;
  f.evidence = std::move(evidence);
  return f;
}

// Whether a class or id (its first 256 bytes, ASCII case folded) holds one of the words
// that mark dates: one pass, switching on the first letter of each candidate.
bool date_hint(std::string_view cls) {
  if (cls.size() < 4) return false;
  size_t n = std::min<size_t>(cls.size(), 256);
  auto lc = [&](size_t k) {
    char c = cls[k];
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  };
  auto at = [&](size_t p, std::string_view w) {
    if (n - p < w.size()) return false;
    for (size_t k = 1; k < w.size(); ++k)
      if (lc(p + k) != w[k]) return false;
    return true;
  };
  for (size_t p = 0; p + 4 <= n; ++p) {
    switch (lc(p)) {
      case 'd': if (at(p, "date") || at(p, "datum") || at(p, "data")) return true; break;
      case 't': if (at(p, "time")) return true; break;
      case 'p': if (at(p, "publish") || at(p, "posted")) return true; break;
      case 'b': if (at(p, "byline")) return true; break;
      case 'm': if (at(p, "meta")) return true; break;
      case 'i': if (at(p, "info")) return true; break;
      case 'f': if (at(p, "fecha")) return true; break;
      default: break;
    }
  }
  return false;
}

// Dates shown to the reader in elements whose class/id speaks of dates, and in <time>
// text: they are in the site's own time zone, which machine-readable UTC values are not.
std::vector<DateValue> visible_dates(const HtmlDocument& doc, DayMonthOrder order) {
  std::vector<DateValue> out;
  std::string text;
  for (size_t k = 1; k < doc.nodes.size() && out.size() < 24; ++k) {
    const Node& nd = doc.nodes[k];
    if (nd.type != NodeType::kElement || nd.tag == Tag::kScript || nd.tag == Tag::kStyle ||
        nd.tag == Tag::kHtml || nd.tag == Tag::kBody)
      continue;
    int i = static_cast<int>(k);
    if (nd.tag != Tag::kTime && !date_hint(doc.attr(i, "class")) && !date_hint(doc.attr(i, "id"))) continue;
    text.clear();
    doc.append_text(i, text);
    if (text.size() > 400) continue;
    for (auto& d : find_dates(text, order, 2)) out.push_back(d);
  }
  return out;
}

// Last resort: machine-style dates anywhere in the source, scripts and attributes
// included ("2020/04/17", "2020-04-17T..."); the most frequent one wins.
FoundDate date_from_source(std::string_view html, const DateBound& bound) {
  std::vector<std::pair<int64_t, int>> counts;  // day -> count, in first-seen order
  auto digit = [&](size_t i) { return i < html.size() && html[i] >= '0' && html[i] <= '9'; };
  for (size_t i = 0; i + 10 <= html.size(); ++i) {
    if (!(html[i] == '1' || html[i] == '2') || !digit(i + 1) || !digit(i + 2) || !digit(i + 3)) continue;
    if (i > 0 && (digit(i - 1) || html[i - 1] == '/' )) continue;
    char sep = html[i + 4];
    if (sep != '-' && sep != '/' && sep != '.') continue;
    if (!digit(i + 5) || !digit(i + 6) || html[i + 7] != sep || !digit(i + 8) || !digit(i + 9) || digit(i + 10)) continue;
    int y = (html[i] - '0') * 1000 + (html[i + 1] - '0') * 100 + (html[i + 2] - '0') * 10 + (html[i + 3] - '0');
    int m = (html[i + 5] - '0') * 10 + (html[i + 6] - '0');
    int d = (html[i + 8] - '0') * 10 + (html[i + 9] - '0');
    if (y < 1995 || m < 1 || m > 12 || d < 1 || d > 31) continue;
    DateValue v;
    v.year = y;
    v.month = m;
    v.day = d;
    if (!bound.ok(v)) continue;
    int64_t day = days_from_civil(y, m, d);
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == day; });
    if (it == counts.end()) counts.emplace_back(day, 1);
    else ++it->second;
    i += 9;
  }
  if (counts.empty()) return {};
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it)
    if (it->second > best->second) best = it;
  // Back from days to a date.
  for (int y = 1995; y <= 2100; ++y) {
    if (days_from_civil(y + 1, 1, 1) <= best->first) continue;
    for (int m = 1; m <= 12; ++m) {
      int64_t start = days_from_civil(y, m, 1);
      int64_t next = m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1);
      if (best->first < next) {
        DateValue v;
        v.year = y;
        v.month = m;
        v.day = static_cast<int>(best->first - start) + 1;
        return from_value(v, "source");
      }
    }
  }
  return {};
}

// Dates written in the page: first in elements whose class/id speaks of dates, then
// the first date in the body text — both looked for after the headline (<h1>) first,
// since dates before it are often the site's "today" in the masthead.
FoundDate date_from_text(const HtmlDocument& doc, DayMonthOrder order, const DateBound& bound) {
  int h1 = doc.find_first(Tag::kH1);
  std::string text;
  for (int from : {0}) {
    for (size_t k = static_cast<size_t>(from) + 1; k < doc.nodes.size(); ++k) {
      const Node& nd = doc.nodes[k];
      if (nd.type != NodeType::kElement || nd.tag == Tag::kScript || nd.tag == Tag::kStyle ||
          nd.tag == Tag::kHtml || nd.tag == Tag::kBody)
        continue;
      int i = static_cast<int>(k);
      if (!date_hint(doc.attr(i, "class")) && !date_hint(doc.attr(i, "id"))) continue;
      text.clear();
      doc.append_text(i, text);
      if (text.size() > 400) continue;
      for (const auto& d : find_dates(text, order, 4))
        if (bound.ok(d)) return from_value(d, "text:" + std::string(nd.text));
    }
  }
  for (int from : {h1, 0}) {
    if (from < 0) continue;
    text.clear();
    for (size_t k = static_cast<size_t>(from) + 1; k < doc.nodes.size() && text.size() < 64 * 1024; ++k) {
      const Node& nd = doc.nodes[k];
      if (nd.type != NodeType::kText) continue;
      Tag pt = doc.nodes[static_cast<size_t>(nd.parent)].tag;
      if (pt == Tag::kScript || pt == Tag::kStyle || pt == Tag::kTitle || pt == Tag::kNoscript) continue;
      append_collapsed(nd.text, text);
      text += ' ';
    }
    for (const auto& d : find_dates(text, order, 32))
      if (bound.ok(d)) return from_value(d, "text");
  }
  return {};
}

// The page's own headline element: itemprop=headline, else a heading whose class names
// it a title ("entry-title", "post-title", "headline"), else the only <h1>.
std::string headline_element(const HtmlDocument& doc) {
  auto text_of = [&](int i) {
    std::string raw, out;
    doc.append_text(i, raw);
    append_collapsed(raw, out);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  auto usable = [](const std::string& t) { return t.size() >= 4 && t.size() <= 300; };
  int classed = -1, h1 = -1, h1_count = 0;
  for (size_t k = 1; k < doc.nodes.size(); ++k) {
    const Node& nd = doc.nodes[k];
    if (nd.type != NodeType::kElement) continue;
    int i = static_cast<int>(k);
    if (nd.tag != Tag::kMeta && doc.attr(i, "itemprop") == "headline") {
      std::string t = text_of(i);
      if (usable(t)) return t;
    }
    bool heading = nd.tag == Tag::kH1 || nd.tag == Tag::kH2 || nd.tag == Tag::kH3;
    if (!heading) continue;
    // Not a heading of the navigation, a sidebar widget or the comment form.
    bool furniture = false;
    for (int a = i; a > 0 && !furniture; a = doc.node(a).parent) {
      Tag t = doc.node(a).tag;
      furniture = t == Tag::kNav || t == Tag::kAside || t == Tag::kFooter || t == Tag::kForm ||
                  (t != Tag::kHeader && has_boilerplate_hints(doc, a) && a != i) ||
                  (a == i && has_boilerplate_hints(doc, a) && doc.attr(a, "class").find("title") == std::string_view::npos);
    }
    if (furniture) continue;
    if (nd.tag == Tag::kH1) {
      ++h1_count;
      if (h1 < 0) h1 = i;
    }
    if (classed < 0) {
      std::string cls(doc.attr(i, "class"));
      for (char& c : cls) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (cls.find("title") != std::string::npos || cls.find("headline") != std::string::npos) {
        if (cls.find("widget") == std::string::npos && cls.find("sidebar") == std::string::npos &&
            cls.find("site") == std::string::npos && cls.find("section") == std::string::npos)
          classed = i;
      }
    }
  }
  if (classed >= 0) {
    std::string t = text_of(classed);
    if (usable(t)) return t;
  }
  if (h1_count == 1) {
    std::string t = text_of(h1);
    if (usable(t)) return t;
  }
  return {};
}

// True when half of the shorter text's words (ASCII-folded) occur in the other.
bool shares_words(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
      if (c == ' ' || c == '-' || c == '|' || c == ':' || c == ',') {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
      } else {
        cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
      }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
  };
  auto wa = words(a), wb = words(b);
  if (wa.empty() || wb.empty()) return false;
  const auto& small = wa.size() <= wb.size() ? wa : wb;
  const auto& large = wa.size() <= wb.size() ? wb : wa;
  size_t hit = 0;
  for (const auto& w : small)
    if (std::find(large.begin(), large.end(), w) != large.end()) ++hit;
  return hit * 2 >= small.size();
}

}  // namespace

core::Result<Article> extract_article(const core::RawDoc& raw, const ExtractOptions& options) {
  if (raw.bytes.size() > options.max_bytes) {
    return core::Diagnostic{raw.source, "",
                            "page too large: " + std::to_string(raw.bytes.size()) + " bytes, limit " +
                                std::to_string(options.max_bytes)};
  }
  // UTF-8 input is parsed in place (raw outlives doc); other charsets are converted.
  auto decoded = decode_html_borrowing(raw.bytes, raw.charset, raw.source);
  if (!decoded.ok()) return decoded.error();
  Article a;
  a.charset = decoded->charset;
  HtmlDocument doc = decoded->is_borrowed ? parse_html_borrowed(decoded->borrowed)
                                          : parse_html(std::move(decoded->utf8));

  int html = doc.find_first(Tag::kHtml);
  std::string lang_attr = html >= 0 ? std::string(doc.attr(html, "lang")) : std::string();
  DayMonthOrder order = options.date_order == "mdy"   ? DayMonthOrder::kMonthFirst
                        : options.date_order == "dmy" ? DayMonthOrder::kDayFirst
                                                      : order_for_locale(lang_attr);
  Metadata meta = read_metadata(doc, order);
  a.title = clean_title(meta);
  a.site_name = meta.site_name;
  a.description = meta.description;
  a.url = !meta.canonical.empty() ? resolve_url(raw.url, meta.canonical) : raw.url;
  if (a.url.empty()) a.url = raw.url;

  Content content = extract_content(doc, a.title, a.url.empty() ? raw.url : a.url, options.find_links);
  a.blocks = std::move(content.blocks);
  // The heading that opens the main text names the article when <title> names only the
  // site (blogs, small sites): prefer it unless markup gave a headline.
  std::string heading = headline_element(doc);
  if (!heading.empty() && heading != a.title) {
    bool markup_headline = !meta.og_title.empty() || !meta.jsonld_headline.empty();
    bool in_title = meta.html_title.find(heading) != std::string::npos;
    if (in_title || (!markup_headline && !shares_words(heading, a.title))) {
      a.title = heading;
      for (size_t i = 0; i < std::min<size_t>(a.blocks.size(), 3); ++i) {
        if (a.blocks[i].text == heading) {
          a.blocks.erase(a.blocks.begin() + static_cast<long>(i));
          break;
        }
      }
    }
  }
  a.is_listing = content.is_listing;
  if (a.is_listing || options.find_links) a.links = std::move(content.links);
  if (!a.is_listing) a.links.clear();

  // Dates, never later than the fetch (or now when the fetch time is unknown).
  int64_t fetch = raw.fetch_time > 0 ? raw.fetch_time : static_cast<int64_t>(std::time(nullptr));
  DateBound bound{fetch / 86400};
  if (bound.ok(meta.published)) a.date = meta.published;
  // A full date in the URL path is written once, by the publisher, at publication: it wins
  // over markup that may carry a later re-publication date.
  {
    for (const std::string* u : {static_cast<const std::string*>(&a.url), &raw.url}) {
      auto d = date_from_url(*u);
      if (d && bound.ok(*d)) {
        a.date = from_value(*d, "url");
        break;
      }
    }
  }
  if (a.date.empty()) a.date = date_from_text(doc, order, bound);
  if (a.date.empty()) a.date = date_from_source(doc.src, bound);
  // A UTC timestamp near midnight falls on another day than the page shows: when the
  // visible dates hold the day before or after, and not the day itself, take theirs.
  if (!a.date.empty() && !a.date.time.empty() && a.date.evidence == "json-ld") {
    auto shown = visible_dates(doc, order);
    int y = std::stoi(a.date.date.substr(0, 4)), m = std::stoi(a.date.date.substr(5, 2)),
        d = std::stoi(a.date.date.substr(8, 2));
    int64_t day = days_from_civil(y, m, d);
    bool same = false;
    const DateValue* neighbour = nullptr;
    for (const auto& v : shown) {
      int64_t vd = days_from_civil(v.year, v.month, v.day);
      if (vd == day) same = true;
      else if ((vd == day - 1 || vd == day + 1) && !neighbour && bound.ok(v)) neighbour = &v;
    }
    // A page that shows only its update date was republished: the date it shows is the date.
    if (!same && bound.ok(meta.modified) && meta.modified.date != a.date.date) {
      int my = std::stoi(meta.modified.date.substr(0, 4)), mm = std::stoi(meta.modified.date.substr(5, 2)),
          md = std::stoi(meta.modified.date.substr(8, 2));
      int64_t mday = days_from_civil(my, mm, md);
      for (const auto& v : shown) {
        if (days_from_civil(v.year, v.month, v.day) == mday) {
          a.date = meta.modified;
          a.date.evidence += "+shown";
          neighbour = nullptr;
          break;
        }
      }
    }
    if (!same && neighbour) {
      a.date = from_value(*neighbour, a.date.evidence + "+shown");
    }
  }
  if (bound.ok(meta.modified)) a.modified = meta.modified;

  a.authors = meta.authors;

  a.declared_language = primary_language(meta.declared_language);
  if (options.detect_language) {
    std::string sample;
    for (const auto& b : a.blocks) {
      sample += b.text;
      sample += '\n';
      if (sample.size() > 600) break;  // enough for identification; fastText cost grows with length
    }
    if (sample.size() > 800) {  // one long first block: cut it after a word
      size_t cut = sample.find_first_of(" \n", 600);
      if (cut != std::string::npos && cut <= 800) sample.resize(cut);
    }
    if (sample.size() < 200) sample = a.title + "\n" + meta.description + "\n" + sample;
    auto guess = text::identify_language(sample);
    if (guess.confidence >= 0.5) a.detected_language = guess.code;
  }
  a.language = !a.detected_language.empty() ? a.detected_language : a.declared_language;
  if (!a.declared_language.empty() && a.detected_language.empty()) a.language = a.declared_language;
  return a;
}

}  // namespace newsdesk::extract
