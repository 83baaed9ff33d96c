#include "serve/json_out.h"

namespace newsdesk::serve {

using nlohmann::json;

json story_summary_json(const store::StorySummary& s) {
  return json{{"id", s.id},
              {"title", s.title},
              {"language", s.language},
              {"languages", s.languages},
              {"items", s.items},
              {"documents", s.documents},
              {"sites", s.sites},
              {"first_seen", s.first_seen},
              {"last_seen", s.last_seen}};
}

json story_page_json(const store::StoryPage& page) {
  json stories = json::array();
  for (const auto& s : page.stories) stories.push_back(story_summary_json(s));
  return json{{"stories", std::move(stories)},
              {"next_cursor", page.next_cursor.empty() ? json(nullptr) : json(page.next_cursor)}};
}

static json item_json(const store::StoredItem& i) {
  json j{{"id", i.id},           {"kind", i.kind},         {"title", i.title},
         {"text", i.text},       {"language", i.language}, {"url", i.url},
         {"site", i.site},       {"source", i.source},     {"line", i.line},
         {"published", i.published}, {"relation", i.relation},
         {"of_item", i.of_item ? json(i.of_item) : json(nullptr)},
         {"score", i.score},     {"layer", i.layer},       {"evidence", i.evidence}};
  return j;
}

json story_detail_json(const store::StoryDetail& d) {
  json j = story_summary_json(d.summary);
  json items = json::array();
  for (const auto& i : d.items) items.push_back(item_json(i));
  j["variants"] = std::move(items);
  j["entities"] = d.entities;
  j["dates"] = d.dates;
  j["quantities"] = d.quantities;
  j["quotes"] = d.quotes;
  return j;
}

json entity_detail_json(const store::EntityDetail& d) {
  const auto& e = d.entity;
  json j{{"id", e.id},       {"name", e.name},       {"type", e.type},
         {"variants", e.variants}, {"mentions", e.mentions}, {"stories_count", e.stories},
         {"country", e.country.empty() ? json(nullptr) : json(e.country)},
         {"lat", e.lat ? json(*e.lat) : json(nullptr)},
         {"lon", e.lon ? json(*e.lon) : json(nullptr)}};
  json page = story_page_json(d.stories);
  j["stories"] = std::move(page["stories"]);
  j["next_cursor"] = std::move(page["next_cursor"]);
  return j;
}

json search_page_json(const store::SearchPage& page) {
  json hits = json::array();
  for (const auto& h : page.hits) {
    hits.push_back(json{{"item_id", h.item_id},   {"story_id", h.story_id}, {"title", h.title},
                        {"snippet", h.snippet},   {"language", h.language}, {"url", h.url},
                        {"site", h.site},         {"published", h.published}, {"rank", h.rank}});
  }
  return json{{"hits", std::move(hits)},
              {"next_cursor", page.next_cursor.empty() ? json(nullptr) : json(page.next_cursor)}};
}

}  // namespace newsdesk::serve
