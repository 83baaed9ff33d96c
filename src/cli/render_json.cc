#include "cli/render_json.h"

#include <cmath>

#include "analyze/entities_json.h"
#include "analyze/facts_json.h"

namespace newsdesk::cli {

using core::JsonWriter;

void write_story_json(JsonWriter& w, const std::vector<core::Item>& all, const core::Story& s,
                      const pipeline::StoryAnalysis* analysis, bool explain) {
  w.begin_object().field("id", s.id).field("title", s.title).field("language", s.language);
  w.string_array("languages", s.languages);
  w.key("items").begin_array();
  for (int index : s.items) {
    const core::Item& it = all[index];
    w.begin_object()
        .field("kind", core::to_string(it.kind))
        .field("path", it.path)
        .field("line", it.line)
        .field("end_line", it.end_line)
        .field("text", core::item_text(it))
        .field("language", it.language)
        .field("relation", core::to_string(it.relation));
    if (it.of_item >= 0) {
      const core::Item& of = all[it.of_item];
      if (of.path != it.path) w.field("of_path", of.path);
      w.field("of_line", of.line);
    } else {
      w.field("of_line", it.line);  // an original, or a relation to an earlier run
    }
    w.field("score", std::round(it.score * 1000) / 1000);
    if (explain) w.field("layer", it.layer).string_array("evidence", it.evidence);
    w.end_object();
  }
  w.end_array();
  if (analysis) {
    w.key("entities").raw(analyze::entities_json(analysis->entities));
    const nlohmann::json facts = analyze::facts_to_json(analysis->facts);
    for (const char* key : {"dates", "durations", "quantities", "quotes"}) {
      if (facts.contains(key)) w.key(key).raw(facts[key].dump());
    }
  }
  w.end_object();
}

void write_dropped_json(JsonWriter& w, const core::DroppedBlock& d) {
  w.begin_object()
      .field("path", d.path)
      .field("line", d.line)
      .field("text", d.text)
      .field("reason", d.reason)
      .field("rule", d.rule)
      .end_object();
}

void write_error_json(JsonWriter& w, const core::Diagnostic& d) {
  w.begin_object().field("source", d.source).field("where", d.where).field("reason", d.reason).end_object();
}

void write_stories_json(std::ostream& out, const pipeline::StoriesResult& r, bool explain) {
  // Written out in pieces of about a megabyte: a large result is never held
  // twice, as objects and as text.
  constexpr size_t kFlushBytes = 1 << 20;
  std::string text;
  JsonWriter w(text);
  auto flush = [&](bool always) {
    if (!always && text.size() < kFlushBytes) return;
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    text.clear();
  };
  w.begin_object().key("stories").begin_array();
  for (size_t n = 0; n < r.stories.size(); ++n) {
    w.newline();
    write_story_json(w, r.items, r.stories[n], n < r.analysis.size() ? &r.analysis[n] : nullptr, explain);
    flush(false);
  }
  w.end_array().key("dropped").begin_array();
  for (const auto& d : r.dropped) {
    w.newline();
    write_dropped_json(w, d);
    flush(false);
  }
  w.end_array().key("errors").begin_array();
  for (const auto& d : r.diagnostics) {
    w.newline();
    write_error_json(w, d);
  }
  w.end_array().end_object().newline();
  flush(true);
}

}  // namespace newsdesk::cli
