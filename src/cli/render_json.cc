#include "cli/render_json.h"

#include <cmath>

#include "analyze/entities_json.h"
#include "analyze/facts_json.h"

namespace newsdesk::cli {

nlohmann::ordered_json story_to_json(const std::vector<core::Item>& all, const core::Story& s,
                                     const pipeline::StoryAnalysis* analysis, bool explain) {
  using nlohmann::ordered_json;
  ordered_json items = ordered_json::array();
  for (int index : s.items) {
    const core::Item& it = all[index];
    ordered_json item;
    item["kind"] = core::to_string(it.kind);
    item["path"] = it.path;
    item["line"] = it.line;
    item["end_line"] = it.end_line;
    item["text"] = core::item_text(it);
    item["language"] = it.language;
    item["relation"] = core::to_string(it.relation);
    if (it.of_item >= 0) {
      const core::Item& of = all[it.of_item];
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
  if (analysis) {
    story["entities"] = ordered_json::parse(analyze::entities_json(analysis->entities));
    const nlohmann::json facts = analyze::facts_to_json(analysis->facts);
    for (const char* key : {"dates", "durations", "quantities", "quotes"}) {
      if (facts.contains(key)) story[key] = ordered_json::parse(facts[key].dump());
    }
  }
  return story;
}

nlohmann::ordered_json dropped_to_json(const core::DroppedBlock& d) {
  return {{"path", d.path}, {"line", d.line}, {"text", d.text}, {"reason", d.reason}, {"rule", d.rule}};
}

nlohmann::ordered_json error_to_json(const core::Diagnostic& d) {
  return {{"source", d.source}, {"where", d.where}, {"reason", d.reason}};
}

nlohmann::ordered_json stories_to_json(const pipeline::StoriesResult& r, bool explain) {
  using nlohmann::ordered_json;
  ordered_json stories = ordered_json::array();
  for (size_t n = 0; n < r.stories.size(); ++n) {
    stories.push_back(story_to_json(r.items, r.stories[n], n < r.analysis.size() ? &r.analysis[n] : nullptr, explain));
  }
  ordered_json dropped = ordered_json::array();
  for (const auto& d : r.dropped) dropped.push_back(dropped_to_json(d));
  ordered_json errors = ordered_json::array();
  for (const auto& d : r.diagnostics) errors.push_back(error_to_json(d));
  return ordered_json{{"stories", std::move(stories)}, {"dropped", std::move(dropped)},
                      {"errors", std::move(errors)}};
}

}  // namespace newsdesk::cli
