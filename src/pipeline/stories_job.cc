#include "pipeline/stories_job.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "extract/extract.h"
#include "ingest/document_source.h"
#include "ingest/map_in_order.h"
#include "ingest/news_item.h"
#include "ingest/progress.h"
#include "story/engine.h"
#include "story/grouper.h"
#include "story/item_features.h"
#include "story/page_items.h"
#include "story/teasers.h"
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

struct Page {
  size_t first_item = 0, end_item = 0;  // its items in result.items
  int64_t time = 0;
};

// Streams each page's items through the engine in input order. Names are
// judged within each page, as a stream would see it.
void group_streaming(StoriesResult& result, const std::vector<Page>& pages,
                     const StoriesOptions& options) {
  story::StoryEngine engine = [&] {
    std::ifstream in(options.state_path);
    if (!options.state_path.empty() && in) return story::StoryEngine::load(in);
    story::EngineOptions o;
    o.window_seconds = options.window_hours * 3600;
    return story::StoryEngine(o);
  }();
  std::map<uint64_t, int> item_of_doc;
  std::vector<uint64_t> doc_of_item(result.items.size());
  for (const Page& page : pages) {
    std::vector<core::Item> batch(result.items.begin() + page.first_item,
                                  result.items.begin() + page.end_item);
    std::vector<story::ItemFeatures> features = story::describe_items(batch);
    engine.expire(page.time);
    // A teaser whose fuller text stands later on the same page waits for it.
    std::vector<int> truncated_of = story::find_truncations(batch, features);
    std::vector<size_t> order;
    for (size_t k = 0; k < batch.size(); ++k) if (truncated_of[k] < 0) order.push_back(k);
    for (size_t k = 0; k < batch.size(); ++k) if (truncated_of[k] >= 0) order.push_back(k);
    for (size_t k : order) {
      int index = static_cast<int>(page.first_item + k);
      core::Item& item = result.items[index];
      story::Decision d;
      uint64_t seq = engine.add(item, std::move(features[k]), page.time, &d);
      item_of_doc[seq] = index;
      doc_of_item[index] = seq;
      item.relation = d.relation;
      item.score = d.score;
      item.layer = d.layer;
      item.evidence = d.evidence;
      if (d.relation == core::Relation::kTruncated) item.kind = core::ItemKind::kTeaser;
      auto of = item_of_doc.find(d.of_doc);
      item.of_item = of == item_of_doc.end() ? -1 : of->second;
      // The page shows what a short teaser cuts short, where the stream's
      // lead index needs more words.
      int target = truncated_of[k];
      if (target >= 0 && d.relation != core::Relation::kTruncated && d.relation != core::Relation::kExactDuplicate &&
          d.story_id == engine.story_id_of(doc_of_item[page.first_item + target])) {
        item.kind = core::ItemKind::kTeaser;
        item.relation = core::Relation::kTruncated;
        item.of_item = static_cast<int>(page.first_item + target);
        item.score = 1.0;
        item.layer = "truncated";
      }
      if (d.of_doc != 0 && of == item_of_doc.end()) {
        item.evidence.push_back(fmt::format("document {} of an earlier run", d.of_doc));
      }
    }
  }
  // Stories as they stand at the end: a later item may have joined two.
  std::map<std::string, std::vector<int>> members;
  std::vector<std::string> order;
  for (size_t i = 0; i < result.items.size(); ++i) {
    std::string id = engine.story_id_of(doc_of_item[i]);
    if (members[id].empty()) order.push_back(id);
    members[id].push_back(static_cast<int>(i));
  }
  for (const auto& id : order) {
    result.stories.push_back(story::assemble_story(result.items, members[id], id));
  }
  if (!options.state_path.empty()) {
    // Written aside and renamed, so a crash leaves the previous state whole.
    std::string tmp = options.state_path + ".tmp";
    {
      std::ofstream out(tmp, std::ios::trunc);
      engine.save(out);
      if (!out) {
        result.diagnostics.push_back({options.state_path, "", "cannot write the engine state"});
        return;
      }
    }
    if (std::rename(tmp.c_str(), options.state_path.c_str()) != 0) {
      result.diagnostics.push_back({options.state_path, "", "cannot replace the engine state"});
    }
  }
}

}  // namespace

namespace {

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

namespace {

// What one input document gives: its items and dropped blocks, or why none.
// Computed on any thread; numbered in input order by the caller.
struct DocumentOutcome {
  std::optional<core::Diagnostic> error;
  std::vector<core::Item> items;
  std::vector<core::DroppedBlock> dropped;
  int64_t time = 0;
};

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
    if (!news) out.error = news.error();
    else add_news_item(*news, 0, doc, out.items);
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

}  // namespace

StoriesResult run_stories(const std::vector<std::string>& paths, const StoriesOptions& options) {
  StoriesResult result;
  std::vector<Page> pages;
  auto source = ingest::open_sources(paths);
  ingest::ProgressMeter meter(stderr, options.progress,
                              options.progress ? ingest::total_input_bytes(paths) : 0);
  int threads = options.threads > 0 ? options.threads
                                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Documents are read, extracted and cut into items on all threads; they are
  // numbered and kept in input order, so the output does not depend on the count.
  ingest::map_in_order<DocumentOutcome>(
      *source, threads, 64, read_document,
      [&](DocumentOutcome& out) {
        if (out.error) {
          result.diagnostics.push_back(std::move(*out.error));
          return;
        }
        int index = result.inputs++;
        Page page;
        page.first_item = result.items.size();
        page.time = out.time;
        for (auto& item : out.items) {
          item.source_index = index;
          result.items.push_back(std::move(item));
        }
        for (auto& d : out.dropped) {
          d.source_index = index;
          result.dropped.push_back(std::move(d));
        }
        page.end_item = result.items.size();
        if (page.end_item > page.first_item) pages.push_back(page);
      },
      [&] { meter.update(source->counts()); });
  result.counts = source->counts();
  meter.finish(result.counts);
  if (options.stream || !options.state_path.empty()) {
    group_streaming(result, pages, options);
  } else {
    auto features = story::describe_items(result.items);
    result.stories = story::group_items(result.items, features);
  }
  // One thread: the entity finder's word checks (Hunspell) are not independent
  // of what was checked before, and output must not depend on scheduling.
  result.analysis = analyze_stories(result.items, result.stories, 1);
  return result;
}

}  // namespace newsdesk::pipeline
