#include "analyze/date_spanish_joins.h"

#include <algorithm>
#include <cstdio>

#include "analyze/date_lexicon.h"

namespace newsdesk::analyze {
namespace {

// The value of the date word of `kind` at token i that ends at `end` (any end when end is 0), or 0.
int word_value(const std::vector<FactToken>& t, size_t i, std::string_view lang, DateWord kind, size_t end = 0) {
  if (i >= t.size()) return 0;
  for (const DateWordMatch& m : match_date_words(t, i, lang))
    if (m.kind == kind && (end == 0 || m.end_token == end)) return m.value == 0 ? -1 : m.value;
  return 0;
}

CivilDate plus_days(const CivilDate& d, long n) { return civil_from_days(days_from_civil(d) + n); }

bool plain_day(const DateMention& d) {
  return d.granularity == DateGranularity::kDay && d.time.empty() && d.time_end.empty() && !d.open_start &&
         !d.open_end && !d.approx && d.unresolved.empty();
}

// A week from Monday to Sunday: "esta semana", "la próxima semana", "primera semana de octubre".
bool whole_week(const DateMention& d) {
  if (!d.unresolved.empty() || d.open_start || d.open_end || !d.time.empty()) return false;
  if (d.granularity != DateGranularity::kWeek && d.granularity != DateGranularity::kSpan) return false;
  long s = days_from_civil(d.start);
  return days_from_civil(d.end_exclusive) - s == 7 && ((s % 7) + 7 + 3) % 7 == 0;  // 1970-01-01 a Thursday
}

// The weekday (1..7) a mention of one weekday word names ("lunes", "el martes"), else 0.
int weekday_alone(const std::vector<FactToken>& t, std::string_view lang, const DateMention& d) {
  if (!plain_day(d)) return 0;
  size_t a = token_at(t, d.begin), e = token_at(t, d.end);
  if (a < t.size() && word_at(t, a) == "el") ++a;
  int wd = word_value(t, a, lang, DateWord::kWeekday, e);
  return wd > 0 && wd <= 7 ? wd : 0;
}

// Only spaces (and at most the word `between`) from byte `from` to byte `to`.
bool adjacent(const std::vector<FactToken>& t, size_t from, size_t to, std::string_view between) {
  size_t i = token_at(t, from);
  if (i < t.size() && t[i].begin == to) return true;
  return !between.empty() && word_at(t, i) == between && i + 1 < t.size() && t[i + 1].begin == to;
}

void respan(std::string_view text, size_t b, size_t e, DateMention& d) {
  d.begin = b;
  d.end = e;
  d.text.assign(text.substr(b, e - b));
}

// "la noche del 21 de septiembre": the part of the day word before "del" takes the date in.
bool part_of_date(std::string_view text, const std::vector<FactToken>& t, std::string_view lang, DateMention& d) {
  if (!plain_day(d)) return false;
  size_t a = token_at(t, d.begin);
  if (a < 2 || a >= t.size() || t[a].begin != d.begin || (word_at(t, a - 1) != "del" && word_at(t, a - 1) != "de"))
    return false;
  int first = word_value(t, a - 2, lang, DateWord::kDayPart, a - 1);
  if (first <= 0 || first > 20) return false;
  char from[16], to[16];
  std::snprintf(from, sizeof from, "%02d:00:00", first);
  if (first == 20) std::snprintf(to, sizeof to, "23:59:59");
  else std::snprintf(to, sizeof to, "%02d:00:00", first + 4);
  d.time = from;
  d.time_end = to;
  respan(text, t[a - 2].begin, d.end, d);
  return true;
}

// "el 17 del 11": a day number, "del", a month number; this year's and next year's.
std::optional<DateMention> day_del_month(std::string_view text, const std::vector<FactToken>& t, size_t i,
                                         const Anchor& anchor) {
  auto small = [&](size_t j, int hi) {
    if (j >= t.size() || t[j].kind != TokenKind::kDigits || t[j].folded.size() > 2) return 0;
    int v = std::stoi(t[j].folded);
    return v >= 1 && v <= hi ? v : 0;
  };
  if (word_at(t, i) != "el") return std::nullopt;
  const int day = small(i + 1, 31), month = small(i + 3, 12);
  if (!day || !month || word_at(t, i + 2) != "del") return std::nullopt;
  if (i + 4 < t.size() && !t[i + 4].space_before) return std::nullopt;  // "del 11/2", "del 3.5"
  // "el 17 del 11 de 2020" is another date; "el 3 del 5 al 10" a range of something else
  if (i + 4 < t.size() && (t[i + 4].kind == TokenKind::kDigits || word_at(t, i + 4) == "de" ||
                           word_at(t, i + 4) == "al" || word_at(t, i + 4) == "a"))
    return std::nullopt;
  CivilDate d{anchor.date.year, month, day}, f{anchor.date.year + 1, month, day};
  if (civil_from_days(days_from_civil(d)) != d || civil_from_days(days_from_civil(f)) != f) return std::nullopt;
  DateMention m;
  respan(text, t[i + 1].begin, t[i + 3].end, m);
  m.granularity = DateGranularity::kDay;
  m.start = d;
  m.end_exclusive = plus_days(d, 1);
  m.future_start = f;
  m.future_end = plus_days(f, 1);
  m.uses_anchor = true;
  m.anchor = anchor;
  return m;
}

// Tokens from byte `from` to byte `to` are at most a preposition and article of a part of the day.
bool part_prep_between(const std::vector<FactToken>& t, std::string_view lang, size_t from, size_t to) {
  size_t i = token_at(t, from);
  if (i < t.size() && t[i].begin == to) return true;
  for (const DateWordMatch& m : match_date_words(t, i, lang))
    if (m.kind == DateWord::kPartPrep && m.end_token < t.size() && t[m.end_token].begin == to) return true;
  return false;
}

// "a las cinco y media mañana por la tarde", "a las 7 del próximo domingo a la tarde": a time of a
// day, then the part of the day it is in, which says which half of the day the hour is.
bool time_then_part(std::string_view text, const std::vector<FactToken>& t, std::string_view lang,
                    DateMention& prev, const DateMention& part) {
  if (prev.granularity != DateGranularity::kDay || prev.time.size() != 8 || !prev.time_end.empty() ||
      prev.open_start || prev.open_end || prev.approx)
    return false;
  if (part.granularity != DateGranularity::kTime || part.time.size() != 8 || part.time_end.empty()) return false;
  if (!part_prep_between(t, lang, prev.end, part.begin)) return false;
  const int first = (part.time[0] - '0') * 10 + (part.time[1] - '0');
  int hour = (prev.time[0] - '0') * 10 + (prev.time[1] - '0');
  if (hour < 0 || hour > 23 || first < 0 || first > 23) return false;
  if (first >= 12 && hour < 12) hour += 12;
  prev.time[0] = static_cast<char>('0' + hour / 10);
  prev.time[1] = static_cast<char>('0' + hour % 10);
  respan(text, prev.begin, part.end, prev);
  return true;
}

}  // namespace

std::vector<DateMention> join_spanish_dates(std::string_view text, const std::vector<FactToken>& t,
                                            std::string_view lang, const std::optional<Anchor>& anchor,
                                            std::vector<DateMention> in) {
  if (lang.substr(0, 2) != "es") return in;
  std::vector<DateMention> out;
  out.reserve(in.size());
  for (DateMention& d : in) {
    if (!out.empty()) {
      DateMention& prev = out.back();
      // "lunes esta semana", "el lunes la próxima semana": that weekday of the week
      if (int wd = weekday_alone(t, lang, prev); wd && whole_week(d) && adjacent(t, prev.end, d.begin, "")) {
        CivilDate day = plus_days(d.start, wd - 1);
        respan(text, prev.begin, d.end, prev);
        prev.start = day;
        prev.end_exclusive = plus_days(day, 1);
        prev.future_start.reset();
        prev.future_end.reset();
        continue;
      }
      if (time_then_part(text, t, lang, prev, d)) continue;
      // "primera semana de octubre el viernes": the weekday of that week (and of its other reading)
      if (int wd = weekday_alone(t, lang, d); wd && whole_week(prev) && adjacent(t, prev.end, d.begin, "el")) {
        CivilDate day = plus_days(prev.start, wd - 1);
        respan(text, prev.begin, d.end, prev);
        prev.granularity = DateGranularity::kDay;
        prev.start = day;
        prev.end_exclusive = plus_days(day, 1);
        if (prev.future_start) {
          prev.future_start = plus_days(*prev.future_start, wd - 1);
          prev.future_end = plus_days(*prev.future_start, 1);
        }
        continue;
      }
    }
    part_of_date(text, t, lang, d);
    out.push_back(std::move(d));
  }
  if (!anchor) return out;
  // "el 17 del 11" where no other date is
  for (size_t i = 0; i + 3 < t.size(); ++i) {
    if (word_at(t, i) != "el") continue;
    auto m = day_del_month(text, t, i, *anchor);
    if (!m) continue;
    auto overlaps = [&](const DateMention& o) { return o.begin < m->end && m->begin < o.end; };
    if (std::any_of(out.begin(), out.end(), overlaps)) continue;
    auto at = std::lower_bound(out.begin(), out.end(), *m,
                               [](const DateMention& a, const DateMention& b) { return a.begin < b.begin; });
    out.insert(at, std::move(*m));
  }
  return out;
}

}  // namespace newsdesk::analyze
