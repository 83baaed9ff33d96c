#include "extract/metadata.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "extract/ascii.h"
#include "extract/content.h"

namespace newsdesk::extract {
namespace {

using nlohmann::json;

std::string collapsed(std::string_view s) {
  std::string out;
  append_collapsed(s, out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string node_text(const HtmlDocument& doc, int i) {
  std::string raw;
  doc.append_text(i, raw);
  return collapsed(raw);
}

// Meta names (lower case) that carry the publication date, most specific first.
constexpr std::string_view kPublishedNames[] = {
    "article:published_time", "og:published_time", "og:article:published_time",
    "article:published", "datepublished", "published_time", "publish_date", "publish-date",
    "publishdate", "published-date", "published_date", "pubdate", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "dc.date", "dcterms.date", "citation_publication_date", "citation_date", "article.published",
    "originalpublicationdate", "og:pubdate", "rnews:datepublished", "date.created",
    "creation_date", "release_date", "displaydate", "date", "dc.date.published", "created",
    "article_date_original", "cxenseparse:recs:publishtime", "bt:pubdate", "date_published",
};
constexpr std::string_view kModifiedNames[] = {
    "article:modified_time", "og:updated_time", "datemodified", "article:modified",
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "modified_time",
    "updated_time", "revised",
};
constexpr std::string_view kAuthorNames[] = {
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
    "sailthru.author", "byl", "citation_author", "og:article:author", "article:author_name",
    "cxenseparse:author", "dc.creator.name",
};

int rank_of(std::string_view name, const std::string_view* list, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (list[i] == name) return static_cast<int>(i);
  return -1;
}

bool has_type(const json& obj, std::initializer_list<std::string_view> words) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  auto test = [&](const json& v) {
    if (!v.is_string()) return false;
    std::string t = v.get<std::string>();
    for (auto w : words)
      if (t.find(w) != std::string::npos) return true;
    return false;
  };
  if (it->is_array()) {
    for (const auto& v : *it)
      if (test(v)) return true;
    return false;
  }
  return test(*it);
}

std::string json_string(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && it->front().is_string()) return it->front().get<std::string>();
  if (it->is_object()) {
    auto n = it->find("name");
    if (n != it->end() && n->is_string()) return n->get<std::string>();
    auto id = it->find("@id");
    if (id != it->end() && id->is_string()) return id->get<std::string>();
  }
  return {};
}

void json_authors(const json& v, std::vector<std::string>& out) {
  if (v.is_string()) {
    for (auto& a : clean_authors(v.get<std::string>())) out.push_back(a);
  } else if (v.is_array()) {
    for (const auto& x : v) json_authors(x, out);
  } else if (v.is_object()) {
    if (has_type(v, {"Organization"})) return;
    auto n = v.find("name");
    if (n != v.end()) json_authors(*n, out);
  }
}

struct JsonLd {
  std::string headline, published, modified, site, url;
  std::vector<std::string> authors;
  int quality = -1;  // 2 article types, 1 web page, 0 anything else with a date
};

void visit_jsonld(const json& v, JsonLd& best, int depth) {
  if (depth > 8) return;
  if (v.is_array()) {
    for (const auto& x : v) visit_jsonld(x, best, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  auto graph = v.find("@graph");
  if (graph != v.end()) visit_jsonld(*graph, best, depth + 1);
  int q = has_type(v, {"Article", "BlogPosting", "Posting", "Report", "Review", "Recipe", "Story"}) ? 2
          : has_type(v, {"WebPage", "ItemPage"})                                                  ? 1
                                                                                                  : 0;
  bool has_date = v.contains("datePublished");
  bool has_head = v.contains("headline");
  if ((q > 0 || has_date || has_head) && q > best.quality) {
    JsonLd cur;
    cur.quality = q;
    cur.headline = json_string(v, "headline");
    if (cur.headline.empty() && q == 2) cur.headline = json_string(v, "name");
    cur.published = json_string(v, "datePublished");
    if (cur.published.empty()) cur.published = json_string(v, "dateCreated");
    cur.modified = json_string(v, "dateModified");
    auto a = v.find("author");
    if (a != v.end()) json_authors(*a, cur.authors);
    auto pub = v.find("publisher");
    if (pub != v.end() && pub->is_object()) cur.site = json_string(*pub, "name");
    if (pub != v.end() && pub->is_array() && !pub->empty() && pub->front().is_object())
      cur.site = json_string(pub->front(), "name");
    cur.url = json_string(v, "url");
    // Keep what a weaker object already found when this one lacks it.
    if (cur.published.empty()) cur.published = best.published;
    if (cur.modified.empty()) cur.modified = best.modified;
    if (cur.authors.empty()) cur.authors = best.authors;
    if (cur.site.empty()) cur.site = best.site;
    best = std::move(cur);
  } else {
    if (best.site.empty() && has_type(v, {"Organization", "NewsMediaOrganization", "WebSite"})) {
      best.site = json_string(v, "name");
    }
    if (best.published.empty() && has_date) best.published = json_string(v, "datePublished");
  }
  // Nested objects (mainEntity, itemListElement) may hold the article.
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (it.key() == "@graph" || it.key() == "author" || it.key() == "publisher") continue;
    if (it->is_object() || it->is_array()) visit_jsonld(*it, best, depth + 1);
  }
}

FoundDate to_found(std::string_view value, DayMonthOrder order, std::string evidence) {
  FoundDate f;
  auto d = parse_date_value(value, order);
  if (!d) return f;
  f.date = d->iso();
  f.time = d->time;
  f.evidence = std::move(evidence);
  return f;
}

bool is_url(std::string_view s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0;
}

// Whether a class or id (ASCII case folded) holds a word naming an author's byline
// ("byline", "author-name", "autor", "vcard") or one naming something about the author
// ("author-bio", "avatar", "comment-author").
// `which` 0: the byline words; 1: the words of things about the author.
bool byline_scan(std::string_view s, int which) {
  auto lc = [&](size_t k) {
    char c = s[k];
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  };
  auto at = [&](size_t p, std::string_view w) {
    if (s.size() - p < w.size()) return false;
    for (size_t k = 1; k < w.size(); ++k)
      if (lc(p + k) != w[k]) return false;
    return true;
  };
  for (size_t p = 0; p + 3 <= s.size(); ++p) {
    char c = lc(p);
    if (which == 0) {
      if ((c == 'b' && at(p, "byline")) || (c == 'a' && (at(p, "author") || at(p, "autor"))) ||
          (c == 'v' && (at(p, "vcard") || at(p, "verfasser"))) || (c == 'w' && at(p, "writer")))
        return true;
    } else {
      if ((c == 'b' && (at(p, "bio") || at(p, "box"))) || (c == 'a' && (at(p, "avatar") || at(p, "about"))) ||
          (c == 'c' && at(p, "comment")) || (c == 'd' && at(p, "description")))
        return true;
    }
  }
  return false;
}

void byline_words(std::string_view cls_attr, std::string_view id_attr, bool* byline, bool* not_name) {
  // The words hold no space, so none spans the " " that joined class and id before;
  // the second group is only looked for when the first is there (callers ask for both).
  *byline = byline_scan(cls_attr, 0) || byline_scan(id_attr, 0);
  *not_name = *byline && (byline_scan(cls_attr, 1) || byline_scan(id_attr, 1));
}

}  // namespace

std::vector<std::string> clean_authors(std::string_view byline) {
  std::string s = collapsed(byline);
  std::vector<std::string> out;
  if (s.empty() || s.size() > 200 || is_url(s) || s.find('@') != std::string::npos) return out;
  // Split on separators between names.
  std::vector<std::string> parts;
  std::string cur;
  auto push = [&] {
    std::string p = collapsed(cur);
    if (!p.empty()) parts.push_back(p);
    cur.clear();
  };
  std::string lower = lower_ascii(s);
  for (size_t i = 0; i < s.size();) {
    auto word_at = [&](std::string_view w) {
      return lower.compare(i, w.size(), w) == 0;
    };
    if (s[i] == ',' || s[i] == ';' || s[i] == '&' || s[i] == '|' || s[i] == '/') {
      push();
      ++i;
    } else if (word_at(" and ") || word_at(" und ") || word_at(" et ") || word_at(" y ") ||
               word_at(" e ") || word_at(" en ") || word_at(" i ")) {
      push();
      i += lower.find(' ', i + 1) - i;
    } else {
      cur += s[i++];
    }
  }
  push();
  constexpr std::string_view kPrefixes[] = {
      "post author", "posted by", "written by", "published by", "geschrieben von", "verfasst von",
      "veröffentlicht von", "publiziert von", "ein beitrag von", "beitrag von", "artikel von",
      "by:", "by", "von:", "von", "vom", "par", "por", "di", "door", "av", "autor:", "author:",
      "autorin:", "autoren:", "autor", "autorin", "author", "text:", "text", "from", "redaktion:",
      "bericht:", "interview:"};
  constexpr std::string_view kNotNames[] = {
      "minute", "read", "published", "publiziert", "veröffentlicht", "updated", "posted", "staff",
      "admin", "editor", "redaktion", "comments", "share", "follow", "view all", "more", "http",
      "www.", ".com", ".de", "uhr", "am ", "no author", "about", "gesponsert", "sponsored",
      "[at]", "foto", "photo", "designed", "theme", "powered",
  };
  auto is_letter_start = [](unsigned char c) { return std::isalpha(c) || c >= 0xC3; };
  for (auto& p : parts) {
    // Strip bullets and dashes around the name, then byline words ("Posted by", glued "AuthorJane").
    for (int round = 0; round < 3; ++round) {
      while (!p.empty() && !is_letter_start(static_cast<unsigned char>(p.front()))) p.erase(0, 1);
      while (!p.empty() && (p.back() == ' ' || p.back() == '-' || p.back() == ':' || p.back() == '|' ||
                            p.back() == ',' || p.back() == '.' || p.back() == ')' || p.back() == '('))
        p.pop_back();
      std::string lp = lower_ascii(p);
      bool stripped = false;
      for (auto pre : kPrefixes) {
        if (lp.rfind(pre, 0) != 0) continue;
        size_t n = pre.size();
        // A prefix counts when a space, a colon or a capital letter follows it.
        if (n < p.size() && !(p[n] == ' ' || p[n] == ':' || (p[n] >= 'A' && p[n] <= 'Z') ||
                              static_cast<unsigned char>(p[n]) >= 0xC3))
          continue;
        if (n == p.size()) {
          p.clear();
        } else {
          p = p.substr(n);
        }
        stripped = true;
        break;
      }
      if (!stripped) break;
    }
    p = collapsed(p);
    if (p.empty() || p.size() > 60) continue;
    bool digits = std::any_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) continue;
    bool bad = false;
    std::string lp = lower_ascii(p);
    for (auto w : kNotNames)
      if (lp.find(w) != std::string::npos) bad = true;
    if (bad) continue;
    size_t words = static_cast<size_t>(std::count(p.begin(), p.end(), ' ')) + 1;
    if (words > 5) continue;
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  return out;
}

Metadata read_metadata(const HtmlDocument& doc, DayMonthOrder order) {
  Metadata m;
  int published_rank = 1000, modified_rank = 1000, author_rank = 1000;
  std::string meta_site, app_name, og_url;
  JsonLd ld;
  FoundDate itemprop_date, time_date;
  std::vector<std::string> itemprop_authors, rel_authors, byline_authors;
  for (size_t k = 1; k < doc.nodes.size(); ++k) {
    const Node& nd = doc.nodes[k];
    if (nd.type != NodeType::kElement) continue;
    int i = static_cast<int>(k);
    switch (nd.tag) {
      case Tag::kHtml:
        if (m.declared_language.empty()) m.declared_language = std::string(doc.attr(i, "lang"));
        if (m.declared_language.empty()) m.declared_language = std::string(doc.attr(i, "xml:lang"));
        break;
      case Tag::kTitle:
        if (m.html_title.empty()) m.html_title = node_text(doc, i);
        break;
      case Tag::kH1:
        if (m.h1.size() < 3) {
          std::string t = node_text(doc, i);
          if (!t.empty()) m.h1.push_back(t);
        }
        break;
      case Tag::kLink: {
        std::string rel = lower_ascii(doc.attr(i, "rel"));
        if (rel == "canonical" && m.canonical.empty()) m.canonical = std::string(doc.attr(i, "href"));
        break;
      }
      case Tag::kScript: {
        std::string type = lower_ascii(doc.attr(i, "type"));
        if (type.find("ld+json") == std::string::npos) break;
        std::string raw;
        doc.append_text(i, raw);
        json j = json::parse(raw, nullptr, false);
        if (j.is_discarded()) {
          // Literal newlines inside strings are common; JSON forbids them.
          for (char& c : raw)
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
          j = json::parse(raw, nullptr, false);
        }
        if (!j.is_discarded()) visit_jsonld(j, ld, 0);
        break;
      }
      case Tag::kMeta: {
        std::string name = lower_ascii(doc.attr(i, "property"));
        if (name.empty()) name = lower_ascii(doc.attr(i, "name"));
        if (name.empty()) name = lower_ascii(doc.attr(i, "itemprop"));
        if (name.empty()) name = lower_ascii(doc.attr(i, "http-equiv"));
        std::string_view content = doc.attr(i, "content");
        if (name.empty() || content.empty()) break;
        if (name == "og:title" || (name == "twitter:title" && m.og_title.empty())) m.og_title = collapsed(content);
        else if (name == "og:site_name") meta_site = collapsed(content);
        else if (name == "application-name") app_name = collapsed(content);
        else if (name == "og:url") og_url = std::string(content);
        else if ((name == "description" || name == "og:description") && m.description.empty())
          m.description = collapsed(content);
        else if (name == "content-language" && m.declared_language.empty())
          m.declared_language = std::string(content);
        else if (name == "og:locale" && m.declared_language.empty()) m.declared_language = std::string(content);
        int r = rank_of(name, kPublishedNames, std::size(kPublishedNames));
        if (r >= 0 && r < published_rank) {
          FoundDate f = to_found(content, order, "meta:" + name);
          if (!f.empty()) {
            m.published = f;
            published_rank = r;
          }
        }
        r = rank_of(name, kModifiedNames, std::size(kModifiedNames));
        if (r >= 0 && r < modified_rank) {
          FoundDate f = to_found(content, order, "meta:" + name);
          if (!f.empty()) {
            m.modified = f;
            modified_rank = r;
          }
        }
        r = rank_of(name, kAuthorNames, std::size(kAuthorNames));
        if (r >= 0 && r < author_rank) {
          auto a = clean_authors(content);
          if (!a.empty()) {
            m.authors = a;
            author_rank = r;
          }
        }
        break;
      }
      default:
        break;
    }
    // Microdata and <time> in the body.
    std::string_view itemprop = doc.attr(i, "itemprop");
    if (!itemprop.empty() && nd.tag != Tag::kMeta) {
      if (itemprop == "datePublished" && itemprop_date.empty()) {
        std::string_view v = doc.attr(i, "datetime");
        if (v.empty()) v = doc.attr(i, "content");
        itemprop_date = v.empty() ? to_found(node_text(doc, i), order, "itemprop")
                                  : to_found(v, order, "itemprop");
      } else if (itemprop == "author" && itemprop_authors.empty()) {
        std::string t = node_text(doc, i);
        itemprop_authors = clean_authors(t);
      }
    }
    if (nd.tag == Tag::kTime && time_date.empty()) {
      std::string_view v = doc.attr(i, "datetime");
      bool pub = doc.has_attr(i, "pubdate") || lower_ascii(doc.attr(i, "class")).find("publish") != std::string::npos;
      FoundDate f = v.empty() ? to_found(node_text(doc, i), order, "time") : to_found(v, order, "time");
      if (!f.empty() && (pub || time_date.empty())) time_date = f;
    }
    if (nd.tag == Tag::kA && rel_authors.empty() && lower_ascii(doc.attr(i, "rel")) == "author") {
      rel_authors = clean_authors(node_text(doc, i));
    }
    // A byline element: class/id naming the author ("byline", "author-name", "autor", "vcard").
    if (byline_authors.empty() && nd.tag != Tag::kMeta && nd.tag != Tag::kBody && nd.tag != Tag::kHtml) {
      std::string_view cls_attr = doc.attr(i, "class"), id_attr = doc.attr(i, "id");
      bool byline = false, not_name = false;
      if (!cls_attr.empty() || !id_attr.empty()) byline_words(cls_attr, id_attr, &byline, &not_name);
      if (byline && !not_name) {
        std::string t = node_text(doc, i);
        if (!t.empty() && t.size() <= 80) byline_authors = clean_authors(t);
      }
    }
  }
  m.jsonld_headline = collapsed(ld.headline);
  // Dates: JSON-LD, then meta, then microdata, then <time>.
  FoundDate ld_pub = to_found(ld.published, order, "json-ld");
  // Generic names ("date", "dc.date") often carry an edit or build date: microdata and
  // <time> in the page come first.
  bool weak_meta = m.published.evidence == "meta:date" || m.published.evidence == "meta:dc.date" ||
                   m.published.evidence == "meta:dcterms.date" || m.published.evidence == "meta:created";
  if (!ld_pub.empty()) m.published = ld_pub;
  else if ((m.published.empty() || weak_meta) && !itemprop_date.empty()) m.published = itemprop_date;
  else if ((m.published.empty() || weak_meta) && !time_date.empty()) m.published = time_date;
  FoundDate ld_mod = to_found(ld.modified, order, "json-ld");
  if (!ld_mod.empty()) m.modified = ld_mod;
  // Authors: JSON-LD people, then meta, then microdata, then rel=author.
  if (!ld.authors.empty()) m.authors = ld.authors;
  else if (m.authors.empty() && !itemprop_authors.empty()) m.authors = itemprop_authors;
  else if (m.authors.empty() && !rel_authors.empty()) m.authors = rel_authors;
  else if (m.authors.empty()) m.authors = byline_authors;
  m.site_name = !meta_site.empty() ? meta_site : !ld.site.empty() ? collapsed(ld.site) : app_name;
  if (m.canonical.empty()) m.canonical = og_url;
  if (m.canonical.empty()) m.canonical = ld.url;
  return m;
}

std::string clean_title(const Metadata& meta) {
  std::string title = meta.html_title;
  // A heading that the <title> contains is the headline without the site name.
  for (const auto& h : meta.h1) {
    if (h.size() >= 10 && !title.empty() && title.find(h) != std::string::npos) return h;
  }
  for (const std::string* cand : {&meta.og_title, &meta.jsonld_headline}) {
    if (cand->size() >= 10 && !meta.h1.empty() && meta.h1.front() == *cand) return *cand;
  }
  if (title.empty()) title = !meta.og_title.empty() ? meta.og_title : meta.jsonld_headline;
  if (title.empty() && !meta.h1.empty()) title = meta.h1.front();
  if (!meta.og_title.empty() && meta.og_title.size() < title.size() && title.find(meta.og_title) != std::string::npos)
    title = meta.og_title;
  // The site name glued to either end with a separator: "Site: Headline", "Headline - Site".
  if (!meta.site_name.empty() && title.size() > meta.site_name.size() + 3) {
    const std::string& site = meta.site_name;
    auto strip_seps = [](std::string s) {
      auto sep = [](char c) { return c == ' ' || c == ':' || c == '|' || c == '-' || c == '/' || c == ','; };
      while (!s.empty() && sep(s.front())) s.erase(0, 1);
      while (!s.empty() && sep(s.back())) s.pop_back();
      return s;
    };
    if (title.rfind(site, 0) == 0) {
      std::string rest = strip_seps(title.substr(site.size()));
      if (rest.size() >= 10 && rest.size() + site.size() < title.size()) return rest;
    }
    if (title.size() > site.size() && title.compare(title.size() - site.size(), site.size(), site) == 0) {
      std::string rest = title.substr(0, title.size() - site.size());
      // Remove a trailing dash/pipe in any script ("–", "—", "|").
      for (std::string_view d : {" – ", " — ", " | ", " - ", " · ", " :: ", " » "}) {
        if (rest.size() >= d.size() && rest.compare(rest.size() - d.size(), d.size(), d) == 0) {
          rest.resize(rest.size() - d.size());
          break;
        }
      }
      rest = strip_seps(rest);
      if (rest.size() >= 10) return rest;
    }
  }
  // Split on separators; drop the part that is the site name, or a short end part.
  constexpr std::string_view kSeps[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " // ", " • ", " : "};
  for (auto sep : kSeps) {
    size_t first = title.find(sep);
    if (first == std::string::npos) continue;
    size_t last = title.rfind(sep);
    std::string head = title.substr(0, last);
    std::string tail = title.substr(last + sep.size());
    std::string pre = title.substr(0, first);
    std::string rest = title.substr(first + sep.size());
    std::string site = lower_ascii(meta.site_name);
    auto is_site = [&](const std::string& part) {
      std::string lp = lower_ascii(part);
      return !site.empty() && (lp == site || lp.find(site) != std::string::npos || site.find(lp) != std::string::npos);
    };
    auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    if (is_site(tail)) return head;
    if (is_site(pre)) return rest;
    if (words(tail) <= 4 && words(head) >= words(tail) + 2) return head;
    if (words(pre) <= 3 && words(rest) >= words(pre) + 3 && sep != " : " && sep != " - ") return rest;
  }
  return title;
}

}  // namespace newsdesk::extract
