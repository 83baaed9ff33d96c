#include "cli/render_text.h"

#include <set>

#include <fmt/format.h>

#include "analyze/entities_json.h"
#include "analyze/facts.h"

namespace newsdesk::cli {
namespace {

// Cuts to `max` code points at a word boundary, marking the cut with "…".
std::string shorten(const std::string& s, size_t max) {
  size_t cps = 0, cut = std::string::npos, last_space = std::string::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (s[i] == ' ') last_space = i;
    if (++cps > max) { cut = i; break; }
  }
  if (cut == std::string::npos) return s;
  size_t at = last_space != std::string::npos && last_space > cut / 2 ? last_space : cut;
  return s.substr(0, at) + "\u2026";
}

std::string where(const core::Item& it, bool show_path) {
  std::string lines = it.end_line > it.line ? fmt::format("{}-{}", it.line, it.end_line)
                                            : fmt::format("{}", it.line);
  return show_path ? fmt::format("{}:{}", it.path, lines) : fmt::format("line {}", lines);
}

// Prefixes every line of `block`.
std::string indent(const std::string& block, const std::string& prefix) {
  std::string out;
  size_t pos = 0;
  while (pos < block.size()) {
    size_t eol = block.find('\n', pos);
    if (eol == std::string::npos) eol = block.size();
    if (eol > pos) out += prefix + block.substr(pos, eol - pos) + "\n";
    pos = eol + 1;
  }
  return out;
}

}  // namespace

std::string stories_to_text(const pipeline::StoriesResult& r, bool color, bool explain) {
  std::set<std::string> paths;
  for (const auto& it : r.items) paths.insert(it.path);
  for (const auto& d : r.dropped) paths.insert(d.path);
  bool show_path = paths.size() > 1;
  auto bold = [&](const std::string& s) { return color ? "\x1b[1m" + s + "\x1b[0m" : s; };
  auto dim = [&](const std::string& s) { return color ? "\x1b[2m" + s + "\x1b[0m" : s; };

  std::string out;
  for (size_t n = 0; n < r.stories.size(); ++n) {
    const core::Story& s = r.stories[n];
    std::string langs;
    for (const auto& l : s.languages) langs += (langs.empty() ? "" : ",") + l;
    out += fmt::format("{} {}\n", bold(fmt::format("Story {}:", n + 1)), bold(s.title));
    out += dim(fmt::format("  id {} · {} · {} item{}", s.id, langs.empty() ? "?" : langs,
                           s.items.size(), s.items.size() == 1 ? "" : "s")) + "\n";
    for (int index : s.items) {
      const core::Item& it = r.items[index];
      std::string relation(core::to_string(it.relation));
      if (it.of_item >= 0) {
        relation += fmt::format(" of {}", where(r.items[it.of_item], show_path));
        if (it.relation != core::Relation::kExactDuplicate && it.relation != core::Relation::kTruncated)
          relation += fmt::format(" ({:.2f})", it.score);
      }
      out += fmt::format("  {:<9} {:<12} {}\n", core::to_string(it.kind), where(it, show_path),
                         dim(relation));
      out += fmt::format("      {}\n", shorten(it.title, 110));
      if (explain && !it.layer.empty()) {
        std::string evidence;
        for (const auto& e : it.evidence) evidence += (evidence.empty() ? "" : ", ") + e;
        std::string layer = it.layer == "new" ? "opens the story" : it.layer;
        out += dim(fmt::format("      why: {}{}{}", layer, evidence.empty() ? "" : " — shares ",
                               evidence)) + "\n";
      }
      if (it.kind == core::ItemKind::kArticle && !it.body.empty()) {
        size_t end = it.body.find("\n\n");
        out += fmt::format("      {}\n", dim(shorten(it.body.substr(0, end), 220)));
      }
    }
    if (n < r.analysis.size()) {
      const auto& a = r.analysis[n];
      if (!a.entities.empty()) out += indent(analyze::entities_text(a.entities), "  · ");
      std::string facts = analyze::facts_to_text(a.facts);
      if (!facts.empty()) out += indent(facts, "  · ");
    }
    out += "\n";
  }
  if (!r.dropped.empty()) {
    out += bold(fmt::format("Dropped ({}):", r.dropped.size())) + "\n";
    for (const auto& d : r.dropped) {
      std::string at = show_path ? fmt::format("{}:{}", d.path, d.line) : fmt::format("line {}", d.line);
      out += fmt::format("  {:<12} {:<40} {}\n", at, shorten(d.text, 40), dim(d.rule));
    }
  }
  if (r.stories.empty() && r.dropped.empty()) out += "No stories found.\n";
  return out;
}

}  // namespace newsdesk::cli
