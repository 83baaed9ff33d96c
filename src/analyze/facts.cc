#include "analyze/facts.h"

#include <cmath>
#include <cstdio>

#include "analyze/fact_text.h"


namespace newsdesk::analyze {

Facts find_facts(std::string_view text, std::string_view language, std::optional<CivilDate> publication) {
  Facts f;
  std::optional<Anchor> anchor;
  if (publication) anchor = Anchor{*publication, "publication", ""};
  std::vector<FactToken> tokens = tokenize_facts(text);  // once, for every finder
  const FactText fact_text(tokens, language);             // so are its date words and numbers
  f.dates = find_dates(fact_text, text, anchor);
  std::vector<std::pair<size_t, size_t>> spans;
  spans.reserve(f.dates.size());
  for (const auto& d : f.dates) spans.emplace_back(d.begin, d.end);
  f.quantities = find_quantities(fact_text, text, spans);
  for (auto& d : find_durations(fact_text, text, spans))
    if (d.introduced) f.durations.push_back(std::move(d));
  f.quotes = find_quotes(tokens, text, language);
  return f;
}

namespace {

std::string number_text(double v) {
  char buf[400];
  if (std::floor(v) == v && std::fabs(v) < 1e15)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

}  // namespace

std::string facts_to_text(const Facts& facts) {
  std::string out;
  for (const auto& d : facts.dates) {
    out += "date      " + d.text + " -> " + d.value();
    if (d.anchor) out += " (anchor " + d.anchor->date.iso() + ", " + d.anchor->source + ")";
    out += "\n";
  }
  for (const auto& d : facts.durations) out += "duration  " + d.text + " -> " + d.iso + "\n";
  for (const auto& q : facts.quantities) {
    out += "quantity  " + q.text + " -> " + (q.bound == "exact" ? "" : q.bound + " ") + number_text(q.value);
    if (!q.unit.empty()) out += " " + q.unit;
    if (!q.counts.empty()) out += " [" + q.counts + "]";
    out += "\n";
  }
  for (const auto& q : facts.quotes) {
    out += "quote     \"" + q.text + "\"";
    if (!q.speaker.empty()) out += " — " + q.speaker;
    out += "\n";
  }
  return out;
}

}  // namespace newsdesk::analyze
