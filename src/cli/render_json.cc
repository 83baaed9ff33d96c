#include "cli/render_json.h"

#include "analyze/entities_json.h"
#include "analyze/facts_json.h"

namespace newsdesk::cli {

nlohmann::ordered_json stories_to_json(const pipeline::StoriesResult& r, bool explain) {
  using nlohmann::ordered_json;
  ordered_json stories = ordered_json::array();
  for (size_t n = 0; n < r.stories.size(); ++n) {
    const core::Story& s = r.stories[n];
    ordered_json items = ordered_json::array();
    for (int index : s.items) {
      const core::Item& it = r.items[index];
      ordered_json item;
      item["kind"] = core::to_string(it.kind);
      item["path"] = it.path;
      item["line"] = it.line;
      item["end_line"] = it.end_line;
      item["text"] = core::item_text(it);
      item["language"] = it.language;
      item["relation"] = core::to_string(it.relation);
      if (it.of_item >= 0) {
        const core::Item& of = r.items[it.of_item];
        if (of.path != it.path) item["of_path"] = of.path;
        item["of_line"] = of.line;
      } else {
        item["of_line"] = it.line;  // an original, or a relation to an earlier run
      }
      item["score"] = std::round(it.score * 1000) / 1000;
      if (explain) {
        item["layer"] = it.layer;
        item["evidence"] = it.evidence;
      }
      items.push_back(std::move(item));
    }
    ordered_json story;
    story["id"] = s.id;
    story["title"] = s.title;
    story["language"] = s.language;
    story["languages"] = s.languages;
    story["items"] = std::move(items);
    if (n < r.analysis.size()) {
      const auto& a = r.analysis[n];
      story["entities"] = ordered_json::parse(analyze::entities_json(a.entities));
      const nlohmann::json facts = analyze::facts_to_json(a.facts);
      for (const char* key : {"dates", "durations", "quantities", "quotes"}) {
        if (facts.contains(key)) story[key] = ordered_json::parse(facts[key].dump());
      }
    }
    stories.push_back(std::move(story));
  }
  ordered_json dropped = ordered_json::array();
  for (const auto& d : r.dropped) {
    dropped.push_back(ordered_json{{"path", d.path}, {"line", d.line}, {"text", d.text},
                                   {"reason", d.reason}, {"rule", d.rule}});
  }
  ordered_json errors = ordered_json::array();
  for (const auto& d : r.diagnostics) {
    errors.push_back(ordered_json{{"source", d.source}, {"where", d.where}, {"reason", d.reason}});
  }
  return ordered_json{{"stories", std::move(stories)}, {"dropped", std::move(dropped)},
                      {"errors", std::move(errors)}};
}

}  // namespace newsdesk::cli
