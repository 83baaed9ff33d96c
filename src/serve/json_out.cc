#include "serve/json_out.h"

#include "core/json_writer.h"

namespace newsdesk::serve {
namespace {

using core::JsonWriter;

void summary_fields(JsonWriter& w, const store::StorySummary& s) {
  w.field("id", s.id)
      .field("title", s.title)
      .field("language", s.language)
      .string_array("languages", s.languages)
      .field("items", s.items)
      .field("documents", s.documents)
      .string_array("sites", s.sites)
      .field("first_seen", s.first_seen)
      .field("last_seen", s.last_seen);
}

void stories_and_cursor(JsonWriter& w, const store::StoryPage& page) {
  w.key("stories").begin_array();
  for (const auto& s : page.stories) {
    w.begin_object();
    summary_fields(w, s);
    w.end_object();
  }
  w.end_array().optional_string("next_cursor", page.next_cursor);
}

void item_json(JsonWriter& w, const store::StoredItem& i) {
  w.begin_object()
      .field("id", i.id)
      .field("kind", i.kind)
      .field("title", i.title)
      .field("text", i.text)
      .field("language", i.language)
      .field("url", i.url)
      .field("site", i.site)
      .field("source", i.source)
      .field("line", i.line)
      .field("published", i.published)
      .field("relation", i.relation);
  w.key("of_item");
  if (i.of_item) w.value(i.of_item);
  else w.null();
  w.field("score", i.score).field("layer", i.layer).string_array("evidence", i.evidence).end_object();
}

std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string story_page_json(const store::StoryPage& page) {
  std::string out;
  out.reserve(512 + page.stories.size() * 400);
  JsonWriter w(out);
  w.begin_object();
  stories_and_cursor(w, page);
  w.end_object();
  return out;
}

std::string story_detail_json(const store::StoryDetail& d) {
  std::string out;
  out.reserve(4096);
  JsonWriter w(out);
  w.begin_object();
  summary_fields(w, d.summary);
  w.key("variants").begin_array();
  for (const auto& i : d.items) item_json(w, i);
  w.end_array();
  w.key("entities").raw(dump(d.entities));
  w.key("dates").raw(dump(d.dates));
  w.key("quantities").raw(dump(d.quantities));
  w.key("quotes").raw(dump(d.quotes));
  w.end_object();
  return out;
}

std::string entity_detail_json(const store::EntityDetail& d) {
  const auto& e = d.entity;
  std::string out;
  out.reserve(1024 + d.stories.stories.size() * 400);
  JsonWriter w(out);
  w.begin_object()
      .field("id", e.id)
      .field("name", e.name)
      .field("type", e.type)
      .string_array("variants", e.variants)
      .field("mentions", e.mentions)
      .field("stories_count", e.stories)
      .optional_string("country", e.country);
  w.key("lat");
  if (e.lat) w.value(*e.lat);
  else w.null();
  w.key("lon");
  if (e.lon) w.value(*e.lon);
  else w.null();
  stories_and_cursor(w, d.stories);
  w.end_object();
  return out;
}

std::string search_page_json(const store::SearchPage& page) {
  std::string out;
  out.reserve(512 + page.hits.size() * 500);
  JsonWriter w(out);
  w.begin_object().key("hits").begin_array();
  for (const auto& h : page.hits) {
    w.begin_object()
        .field("item_id", h.item_id)
        .field("story_id", h.story_id)
        .field("title", h.title)
        .field("snippet", h.snippet)
        .field("language", h.language)
        .field("url", h.url)
        .field("site", h.site)
        .field("published", h.published)
        .field("rank", h.rank)
        .end_object();
  }
  w.end_array().optional_string("next_cursor", page.next_cursor).end_object();
  return out;
}

}  // namespace newsdesk::serve
