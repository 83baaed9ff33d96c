#include "analyze/date_bounded_times.h"

#include <algorithm>
#include <optional>

#include "analyze/date_lexicon.h"

namespace newsdesk::analyze {
namespace {

struct Bound {
  size_t first = 0;  // token of the bounding word
  DateWord kind{};   // kSince, kAfter or kBefore
};

bool bounding(DateWord k) { return k == DateWord::kSince || k == DateWord::kAfter || k == DateWord::kBefore; }

// An article or preposition of the hour between the bounding word and the time: "antes de las 4",
// "avant 17h", "after around 3pm" (the last stays approximate and is left alone by the caller).
bool hour_cue_between(const std::vector<FactToken>& t, size_t s, size_t time_first, std::string_view lang) {
  for (auto& m : match_date_words(t, s, lang))
    if ((m.kind == DateWord::kHourArticle || m.kind == DateWord::kTimePrep) && m.value == 0 &&
        m.end_token == time_first)
      return true;
  return false;
}

// The end token of "or later", "and after" right at token k (English: "3 pm or later"), or 0.
size_t or_later_at(const std::vector<FactToken>& t, size_t k, std::string_view lang) {
  if (lang.substr(0, 2) != "en" || k >= t.size()) return 0;
  for (auto& m : match_date_words(t, k, lang))
    if (m.kind == DateWord::kOrLater) return m.end_token;
  return 0;
}

// The since/after/before word ending at `time_first`, perhaps with an hour cue after it.
std::optional<Bound> bound_before(const std::vector<FactToken>& t, size_t time_first, std::string_view lang) {
  // The longest phrase first: "no later than 6:00" bounds before, "later than" after;
  // five back reaches "tan temprano como a las 7".
  for (size_t back = std::min<size_t>(5, time_first); back >= 1; --back) {
    size_t s = time_first - back;
    for (auto& m : match_date_words(t, s, lang)) {
      if (!bounding(m.kind)) continue;
      if (m.end_token == time_first || (m.end_token < time_first && hour_cue_between(t, m.end_token, time_first, lang)))
        return Bound{s, m.kind};
    }
  }
  return std::nullopt;
}

// A whole day (no time, not a range) that a bounded time can belong to: "today", "Thursday", "23/12".
bool plain_day(const DateMention& d) {
  return d.granularity == DateGranularity::kDay && d.time.empty() && !d.open_start && !d.open_end && !d.approx;
}

}  // namespace

std::vector<DateMention> bound_times(std::string_view text, const std::vector<FactToken>& t, std::string_view lang,
                                     std::vector<DateMention> in) {
  std::vector<DateMention> out;
  out.reserve(in.size());
  for (DateMention& d : in) {
    // "3 pm or later on Monday": the day after "on" is the open time's
    if (plain_day(d) && !out.empty() && out.back().granularity == DateGranularity::kTime && out.back().open_end &&
        lang.substr(0, 2) == "en") {
      size_t k = token_at(t, out.back().end);
      if (k + 1 < t.size() && t[k].folded == "on" && t[k + 1].begin == d.begin) {
        DateMention& time = out.back();
        d.time = time.time;
        d.open_end = true;
        d.begin = time.begin;
        d.text.assign(text.substr(d.begin, d.end - d.begin));
        time = std::move(d);
        continue;
      }
    }
    bool lone_time = d.granularity == DateGranularity::kTime && !d.time.empty() && d.time_end.empty() &&
                     !d.open_start && !d.open_end && !d.approx;
    size_t ti = lone_time ? token_at(t, d.begin) : 0;
    auto bound = lone_time && ti < t.size() && t[ti].begin == d.begin ? bound_before(t, ti, lang) : std::nullopt;
    if (!bound && lone_time) {  // "3 pm or later": from the time on
      size_t te = token_at(t, d.end);
      if (size_t e = or_later_at(t, te, lang)) {
        d.open_end = true;
        d.end = t[e - 1].end;
        d.text.assign(text.substr(d.begin, d.end - d.begin));
      }
    }
    if (!bound) {
      out.push_back(std::move(d));
      continue;
    }
    // since/after: from the time on; before/until: up to it
    if (bound->kind == DateWord::kBefore) d.open_start = true;
    else d.open_end = true;
    d.begin = t[bound->first].begin;
    // "today before 4pm", "jeudi avant 17h": the day just before the word is the time's
    if (!out.empty() && plain_day(out.back()) && bound->first > 0 && t[bound->first - 1].end == out.back().end) {
      DateMention& day = out.back();
      day.granularity = DateGranularity::kDay;
      day.time = d.time;
      day.open_start = d.open_start;
      day.open_end = d.open_end;
      day.end = d.end;
      day.text.assign(text.substr(day.begin, day.end - day.begin));
      continue;
    }
    d.text.assign(text.substr(d.begin, d.end - d.begin));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace newsdesk::analyze
