#include "pipeline/document_items.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <string>
#include <string_view>

#include "extract/extract.h"
#include "ingest/news_item.h"
#include "ingest/timestamps.h"
#include "story/page_items.h"
#include "text/decode.h"
#include "text/language.h"
#include "text/normalize.h"

namespace newsdesk::pipeline {
namespace {

bool looks_like_html(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || text[start] != '<') return false;
  std::string head(text.substr(start, 512));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos;
}

std::string base_language(std::string_view tag) {
  std::string lang(tag.substr(0, tag.find_first_of("-_")));
  for (char& c : lang) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lang;
}

bool ends_with_ellipsis(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return (s.size() >= 3 && s.substr(s.size() - 3) == "...") ||
         (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

core::Item make_item(core::ItemKind kind, int source_index, const std::string& path, int line,
                     std::string title, std::string body) {
  core::Item item;
  item.kind = kind;
  item.source_index = source_index;
  item.path = path;
  item.line = item.end_line = line;
  item.title = text::clean(title);
  item.body = std::move(body);
  item.ends_with_ellipsis = kind != core::ItemKind::kArticle && ends_with_ellipsis(item.title);
  return item;
}

// A feed item or JSON line: an article when it carries a text of some length,
// else a headline (its summary, if short, says little more than the title).
void add_news_item(const ingest::NewsItem& news, int index, const core::RawDoc& doc,
                   std::vector<core::Item>& items) {
  if (news.title.empty() && news.text.empty()) return;
  std::string body = news.text;
  size_t words = static_cast<size_t>(std::count(body.begin(), body.end(), ' '));
  bool article = words >= 40;
  core::Item item = make_item(article ? core::ItemKind::kArticle : core::ItemKind::kHeadline, index,
                              doc.source, 1, news.title.empty() ? body : news.title,
                              article ? text::clean(body) : "");
  item.url = news.url;
  item.published = news.published.substr(0, 10);
  item.language = base_language(news.language);
  if (item.language.empty()) item.language = text::identify_language(core::item_text(item)).code;
  items.push_back(std::move(item));
}

// An HTML page: its article, or a listing's headlines with their links.
void add_html_page(const extract::Article& a, int index, const core::RawDoc& doc,
                   std::vector<core::Item>& items) {
  if (a.is_listing) {
    int n = 0;
    for (const auto& link : a.links) {
      core::Item item = make_item(core::ItemKind::kHeadline, index, doc.source, ++n, link.headline, "");
      item.url = link.href;
      item.language = a.language;
      items.push_back(std::move(item));
    }
    return;
  }
  std::string body = a.text();
  if (a.title.empty() && body.empty()) return;
  core::Item item = make_item(body.empty() ? core::ItemKind::kHeadline : core::ItemKind::kArticle,
                              index, doc.source, 1, a.title, body);
  item.url = a.url;
  item.published = a.date.date;
  item.language = a.language;
  items.push_back(std::move(item));
}

}  // namespace

DocumentOutcome read_document(core::Result<core::RawDoc>& entry) {
  DocumentOutcome out;
  if (!entry.ok()) {
    out.error = entry.error();
    return out;
  }
  core::RawDoc& doc = entry.value();
  out.time = doc.fetch_time > 0 ? doc.fetch_time : static_cast<int64_t>(std::time(nullptr));
  if (ingest::is_news_item(doc)) {
    auto news = ingest::parse_news_item(doc);
    if (!news) {
      out.error = news.error();
    } else {
      // A news item's time is when it was published: weeks of JSON lines read
      // at once still form stories day by day, and the window closes them.
      if (auto t = ingest::parse_timestamp(news->published)) out.time = *t;
      add_news_item(*news, 0, doc, out.items);
    }
  } else if (doc.media_type.find("html") != std::string::npos ||
             (doc.media_type.empty() && looks_like_html(std::string_view(doc.bytes).substr(0, 4096)))) {
    auto article = extract::extract_article(doc);
    if (!article) out.error = article.error();
    else add_html_page(*article, 0, doc, out.items);
  } else {
    auto text_page = text::decode_plain_text(doc);
    if (!text_page) {
      out.error = text_page.error();
    } else {
      story::PageItems parsed = story::read_page_items(*text_page, 0, doc.source);
      out.items = std::move(parsed.items);
      out.dropped = std::move(parsed.dropped);
    }
  }
  return out;
}

}  // namespace newsdesk::pipeline
