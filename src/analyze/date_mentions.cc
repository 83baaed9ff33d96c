#include "analyze/date_mentions.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

#include "analyze/date_after_next.h"
#include "analyze/date_anchored_spans.h"
#include "analyze/date_bounded_times.h"
#include "analyze/date_centuries.h"
#include "analyze/date_english_abbreviations.h"
#include "analyze/date_english_clock.h"
#include "analyze/date_english_numeric.h"
#include "analyze/date_fortnights.h"
#include "analyze/date_german_months.h"
#include "analyze/date_ish_times.h"
#include "analyze/date_lexicon.h"
#include "analyze/date_meals.h"
#include "analyze/date_period_runs.h"
#include "analyze/date_spanish_day_parts.h"
#include "analyze/date_spanish_joins.h"
#include "analyze/date_spanish_spans.h"
#include "analyze/date_english_bare_months.h"
#include "analyze/date_english_day_parts.h"
#include "analyze/date_to_date.h"
#include "analyze/date_us_holidays.h"
#include "analyze/date_week_weekdays.h"
#include "analyze/fact_text.h"
#include "analyze/facts_tokens.h"
#include "analyze/quantity_numbers.h"

namespace newsdesk::analyze {

std::string CivilDate::iso() const {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Howard Hinnant's civil-date algorithms.
long days_from_civil(const CivilDate& d) {
  int y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (d.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

namespace {

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

bool valid(int y, int m, int d) { return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

CivilDate add_days(const CivilDate& d, long n) { return civil_from_days(days_from_civil(d) + n); }

CivilDate add_months(const CivilDate& d, int n) {
  // Floor division: a shift before year 0 ("2,500 years ago") keeps the month in 1..12.
  int m0 = d.year * 12 + (d.month - 1) + n;
  int y = m0 >= 0 ? m0 / 12 : -((-m0 + 11) / 12);
  int m = m0 - y * 12 + 1;
  return CivilDate{y, m, std::min(d.day, days_in_month(y, m))};
}

int weekday(const CivilDate& d) {  // 1 = Monday .. 7 = Sunday
  long z = days_from_civil(d);
  int w = static_cast<int>(((z % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday (index 3 from Monday)
  return w + 1;
}

CivilDate add_units(const CivilDate& d, int unit, double n) {
  switch (unit) {
    case 0: return add_days(d, static_cast<long>(n));
    case 1: return add_days(d, static_cast<long>(n * 7));
    case 2: return add_months(d, static_cast<int>(n));
    case 3: return add_months(d, static_cast<int>(n * 12));
    case 5: return add_months(d, static_cast<int>(n * 120));
    default: return d;
  }
}

// What a matcher found before the anchor is known.
// RawDate::unit of a fortnight period (kRelUnit); the others are the lexicon's unit values.
constexpr int kFortnightUnit = 8;
constexpr int kWorkWeekUnit = 9;  // the lexicon's "work week", "Arbeitswoche"
constexpr int kBusinessDayUnit = 10;  // "business days" (date_period_runs.h): no unit of a date by itself

struct RawDate {
  enum Kind {
    kTime, kFull, kDayMonth, kMonthYear, kMonth, kYear, kWeekday, kRelDay, kRelUnit, kShift, kLastN, kNextN, kSpanFull, kDayOnly,
    kSet, kPeriod, kHoliday, kUnresolved, kPeriodRun
  } kind = kFull;
  size_t first = 0, end = 0;  // tokens [first, end)
  int y = 0, m = 0, d = 0;
  int y2 = 0, m2 = 0, d2 = 0;  // span end (kSpanFull)
  int weekday = 0, mod = 0;    // weekday 1..7; modifier -1/0/+1 (kWeekday, kMonth, kRelUnit)
  int hour = -1, minute = 0, second = 0;  // a time of day (kTime, or any day kind with a time)
  int hour_end = -1, minute_end = 0, second_end = 0;  // the end of a span of the day ("5 to 6pm", "tonight")
  bool now = false;                        // kRelDay "now": the anchor's moment
  std::string label;                       // kUnresolved: "FY", "SY", "SU" (y, or has_mod/mod, gives the year)
  bool approx = false;                     // a time after "around", "verso le", "gegen": about that moment
  long clock_shift = 0;                    // kRelDay "in 5 minutes", "two hours ago": seconds from the anchor's moment
  bool clock_span = false;                 // "within 5 minutes": from the anchor's moment to clock_shift after it
  std::string set;                         // kSet: TIMEX3 value
  // kPeriod, a part of a month, year or week: the ord-th (-1 last) week / quarter / half (punit 1, 6, 7)
  // or its beginning, middle or end (part 1..3); base 'M' month m of year y (0: the anchor's),
  // 'Y' year y (0: the anchor's moved by mod), 'W' the anchor's week moved by mod; 'D' decade from y.
  int ord = 0, punit = 0, part = 0;
  int count = 0, count_unit = 0;  // kPeriod "the first 2 weeks of 2021": `count` units (0 day, 1 week, 2 month) at its start (ord 1) or end (-1)
  char base = 0;
  bool recent = false;     // kWeekday "this past Wednesday": the latest one before the anchor
  bool week_of = false;    // "the week of April 10th": the Monday-to-Sunday week holding the day
  bool whole_part = false;  // hour..hour_end is a whole part of the day ("tonight", "Monday morning")
  bool meal = false;        // kTime of a meal ("at lunch"): a day beside it stays its own mention, as in the specs
  bool clamp = false;     // kPeriod "later this year", "earlier this month": cut at the anchor
  int day_last = 0;       // kDayMonth, kFull: the last day of a span within the month ("November 18-19")
  int span_days = 0;      // a day kind: so many days from it ("3 days starting from next monday")
  int compared = 0;       // kYear after ">=" +1, ">" +2, "<=" -1, "<" -2: an open range from or up to it
  int shift_compared = 0; // "more than" +1 / "less than" -1 before a shift from a date ("more than 2 weeks after today")
  int holiday = 0;        // kHoliday: month * 100 + day, or (easter) days after Easter Sunday
  bool easter = false;
  bool holiday_weekend = false;  // kHoliday "Labor Day weekend": the weekend it falls in or next to (date_us_holidays.h)
  int week_weekday = 0;   // a day kind "Monday two weeks from now": that weekday of the day's week (date_week_weekdays.h)
  bool until_anchor = false;  // kRelUnit "year to date": from the period's start up to the anchor (date_to_date.h)
  int shift_unit = -1;                     // "3 days after <date>": moved by shift_amount of shift_unit
  double shift_amount = 0;
  bool has_mod = false;
  int unit = 0;
  double amount = 0;           // kShift: signed amount of `unit`; kLastN: amount
  long days = 0;               // kRelDay offset; kShift extra days
};

class Matcher {
 public:
  explicit Matcher(const FactText& text)
      : text_(text), t_(text.tokens()), lang_(text.language()), words_(text.date_words()) {
    english_ = lang_.substr(0, 2) == "en";
    german_ = lang_.substr(0, 2) == "de";
    const std::vector<FactToken>& t = t_;
    // Where the next month name is: a day number needs one close after it.
    next_month_.assign(t.size() + 1, t.size() + 100);
    for (size_t i = t.size(); i-- > 0;) {
      next_month_[i] = next_month_[i + 1];
      for (auto& m : words_[i])
        if (m.kind == DateWord::kMonth || m.kind == DateWord::kMonthAbbr) next_month_[i] = i;
    }
  }

  std::vector<RawDate> run() {
    std::vector<RawDate> out;
    size_t i = 0;
    while (i < t_.size()) {
      RawDate best;
      bool found = false;
      auto consider = [&](const std::optional<RawDate>& r) {
        if (r && r->end > i && (!found || r->end > best.end)) {
          best = *r;
          found = true;
        }
      };
      if (!may_start(i)) {
        ++i;
        continue;
      }
      consider(period_run(i));  // before shift(): "the next two decades" counts whole decades
      consider(numeric(i));
      consider(day_month(i));
      consider(month_day(i));
      consider(month_year(i));
      consider(year(i));
      consider(weekday_date(i));
      consider(relative(i));
      consider(shift(i));
      consider(time_alone(i));
      consider(time_range(i));
      consider(time_for_amount(i));
      consider(days_from_a_day(i));
      consider(compared_year(i));
      consider(part_then_time(i));
      consider(part_of_today(i));
      consider(hour_of_part_of_today(i));
      consider(part_alone(i));
      consider(now_at(i));
      consider(set_at(i));
      consider(mixed_numeric(i));
      consider(weekday_day(i));
      consider(day_then_weekday(i));
      consider(shift_from(i));
      consider(week_weekday(i));
      consider(period(i));
      consider(units_of_period(i));
      consider(lettered_period(i));
      consider(minutes_to_hour(i));
      consider(week_of(i));
      consider(decade(i));
      consider(holiday(i));
      consider(day_of_month(i));
      consider(year_span(i));
      consider(within(i));
      consider(clock_units_around(i));
      consider(the_unit(i));
      consider(year_of_kind(i));
      consider(numbered_week(i));
      consider(weekday_in_list(i));
      consider(modified_day_month(i));
      consider(season(i));
      consider(n_units_around(i));
      consider(meal(i));
      consider(fortnight(i));
      consider(century(i));
      consider(days_of_month_span(i));
      consider(counted_day_of_month(i));
      consider(french_bare_day(i));
      if (english_) {
        consider(ish_time(i));
        consider(to_date(i));
        consider(abbreviation(i));
        consider(weekend_of_holiday(i));
        consider(period_two_away(i));
      }
      if (found) {
        if (best.kind == RawDate::kTime && !best.meal) time_context(best);
        if (english_) join_weekday_and_counted_day(best);
        // A date followed by a time: "domani alle 8:00am", "14. Oktober um 8:00:31", "Jan 3 at 5pm"
        bool day_kind = best.kind == RawDate::kFull || best.kind == RawDate::kDayMonth ||
                        best.kind == RawDate::kWeekday || best.kind == RawDate::kRelDay ||
                        best.kind == RawDate::kDayOnly;
        if (day_kind && best.hour < 0) {
          size_t j = best.end;
          bool comma = mark(j, ",");
          if (comma) ++j;
          bool prep = false;
          size_t before_prep = j;
          if (auto p = word(j, DateWord::kTimePrep)) {
            j = p->end_token;
            prep = true;
          }
          if (auto lasting = time_for_amount(before_prep)) {  // "14th feb from 9:30am for 7 hours"
            copy_time(*lasting, best);
            best.end = lasting->end;
          } else if (auto range = time_range(before_prep, !comma); range && range->hour_end >= 0) {
            copy_time(*range, best);
            best.end = range->end;
          } else if (auto tm = time_at(j, prep)) {
            best.hour = tm->hour;
            best.minute = tm->minute;
            best.second = tm->second;
            best.end = tm->end;
            if (auto part = day_part_at(best.end)) {  // "martes a las 5 de la tarde"
              best.hour = part_hour(best.hour, part->first);
              best.end = part->second;
            }
          } else if (auto part = day_part_at(best.end, true)) {  // "domani sera", "next monday afternoon"
            set_part_span(best, part->first);
            best.end = part->second;
          } else if (size_t me = 0; english_ && best.kind == RawDate::kRelDay && !best.now) {
            if (int part = english_meridiem_part_at(t_, best.end, me)) {  // "today pm" (date_english_day_parts.h)
              set_part_span(best, part);
              best.end = me;
            }
          }
        }
        // "Wednesday evening next week", "Friday next week": the weekday of the week named after it
        if (english_ && best.kind == RawDate::kWeekday && !best.has_mod)
          if (auto wk = relative(best.end); wk && wk->kind == RawDate::kRelUnit && wk->unit == 1 && wk->mod != 0) {
            best.mod = wk->mod;
            best.has_mod = true;
            best.end = wk->end;
          }
        // "tonight at 1am", "last night at 8", "stasera alle 9": a part of a day, then a time in it
        if ((best.kind == RawDate::kRelDay || best.kind == RawDate::kWeekday || best.kind == RawDate::kFull ||
             best.kind == RawDate::kDayMonth) &&
            best.whole_part && best.hour_end >= 0 && best.hour >= 0 && !best.now) {
          size_t j = best.end;
          if (mark(j, ",")) ++j;
          auto range = time_range(j);
          if (!range && english_)  // "next Monday morning 6-8": bare hours right after the part, rising (no score)
            if (range = time_range(j, true); range && (range->hour >= range->hour_end || (digits(j, 1, 2) && digits(j + 2, 1, 2) && num(j) >= num(j + 2))))
              range.reset();
          if (range && range->hour_end >= 0) {
            // "tonight from 7 to 7:30", "Monday morning from 10am to 12pm", "next Monday morning 6-8"
            int part = best.hour;
            copy_time(*range, best);
            best.whole_part = false;
            if (part >= 12) {  // "tonight from 7": evening hours; "morning from 10am to 12pm" stays
              best.hour = part_hour(best.hour, part);
              best.hour_end = part_hour(best.hour_end, part);
            }
            best.end = range->end;
          } else if (auto p = word(j, DateWord::kTimePrep)) {
            if (auto tm = time_at(p->end_token, true); tm && !time_range(j)) {
              best.hour = tm->meridiem ? tm->hour : part_hour(tm->hour, best.hour);
              best.minute = tm->minute;
              best.second = tm->second;
              best.hour_end = -1;
              best.minute_end = best.second_end = 0;
              best.whole_part = false;
              best.end = tm->end;
            }
          }
        }
        // Italian specs leave the article of "il prossimo" out before a weekday ("prossimo lunedì",
        // "prossima settimana di martedì"), not before a unit alone ("la prossima ora")
        if (best.weekday && lang_.substr(0, 2) == "it" && best.end > best.first + 1 &&
            (t_[best.first].folded == "il" || t_[best.first].folded == "la"))
          ++best.first;
        out.push_back(best);
        i = best.end;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  const FactText& text_;
  const std::vector<FactToken>& t_;
  std::string_view lang_;
  bool english_ = false, german_ = false;
  const std::vector<std::vector<DateWordMatch>>& words_;  // date words at each token, and one empty past the end
  std::vector<size_t> next_month_;                 // token of the next month word at or after each token

  const std::vector<DateWordMatch>& dw(size_t j) const { return words_[std::min(j, words_.size() - 1)]; }

  // Every matcher starts at digits, a date word, a number word or an ordinal day ("first"):
  // the other words of a text are skipped at once.
  bool may_start(size_t i) const {
    if (t_[i].kind == TokenKind::kDigits || !dw(i).empty()) return true;
    // Of the marks, only comparisons open a date ("> 2019", compared_year); commas, stops
    // and quotes are a third of the tokens that reach this test.
    if (t_[i].kind == TokenKind::kMark) return mark(i, ">") || mark(i, "<") || mark(i, "=");
    if (german_ && t_[i].folded.size() >= 7) {  // compounds: "Montagnachmittag", "spätabends"
      static const std::string_view kHeads[] = {"monta", "diens", "mittw", "donne", "freit", "samst",
                                                "sonnt", "sonna", "fruh", "spat"};
      for (std::string_view h : kHeads)
        if (std::string_view(t_[i].folded).substr(0, h.size()) == h) return true;
    }
    const std::string& w = t_[i].folded;
    if (english_ && w.size() > 6 && w.compare(w.size() - 4, 4, "ties") == 0) return true;  // "the nineties"
    if (english_ && w.size() >= 6 && w.compare(w.size() - 3, 3, "ish") == 0) return true;   // "noonish"
    if (english_ && w.size() <= 3 && english_abbreviation_at(t_, i)) return true;           // "EOD", "w/c"
    return number_at(i).has_value() || ordinal_day(i).has_value() || lasting_at(i);
  }

  // The number at token j (FactText reads it once for every finder).
  const std::optional<NumberMention>& number_at(size_t j) const {
    static const std::optional<NumberMention> kNone;
    if (j >= t_.size()) return kNone;
    // Only digits and words can start a number the date matchers use.
    if (t_[j].kind == TokenKind::kMark) return kNone;
    const std::optional<NumberMention>& n = text_.number_at(j);
    // The matchers range-check a number before casting it to int; NaN passes
    // every such check, so a number that is not finite is no number here.
    if (n && !std::isfinite(n->value)) return kNone;
    return n;
  }

  // A day number 1..31 standing alone at token k ("del 15."): no month, number, unit or word after it.
  std::optional<std::pair<int, size_t>> bare_day_at(size_t k) const {
    if (!digits(k, 1, 2) || number_continues(k + 1)) return std::nullopt;
    int d = num(k);
    if (d < 1 || d > 31) return std::nullopt;
    size_t e = k + 1;
    if (ok(e) && (t_[e].kind != TokenKind::kMark || (glued(e) && !mark(e, ",") && !mark(e, ".") && !mark(e, "?") && !mark(e, "!"))))
      return std::nullopt;
    return std::make_pair(d, e);
  }

  // "at lunch", "after dinner", "lunchtime" (date_meals.h)
  std::optional<RawDate> meal(size_t i) const {
    auto m = meal_time_at(words_, i);
    if (!m) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kTime;
    r.first = m->first;
    r.end = m->end;
    r.hour = m->hour;
    r.hour_end = m->hour_end;
    r.approx = m->approx;
    r.meal = true;
    return r;
  }

  // "Monday two weeks from now", "in 3 days on Friday" (date_week_weekdays.h): a bare weekday
  // beside a day counted from another names the day of that day's week.
  void join_weekday_and_counted_day(RawDate& best) const {
    auto bare_weekday = [](const RawDate& r) {
      return r.kind == RawDate::kWeekday && !r.has_mod && !r.recent && r.hour < 0 && r.end == r.first + 1;
    };
    auto counted = [](const RawDate& r) {
      return r.hour < 0 && r.clock_shift == 0 && (r.kind == RawDate::kShift || r.shift_unit >= 0);
    };
    if (bare_weekday(best)) {
      size_t j = best.end;
      if (mark(j, ",")) ++j;
      std::optional<RawDate> day;  // the longest: "3 weeks after January 15th", not "3 weeks after"
      for (auto c : {shift(j), shift_from(j)})
        if (c && c->first == j && c->end > j && counted(*c) && (!day || c->end > day->end)) day = c;
      if (!day) return;
      const int weekday = best.weekday;
      const size_t first = best.first;
      best = *day;
      best.first = first;
      best.week_weekday = weekday;
      best.now = false;
      return;
    }
    if (!counted(best) || best.week_weekday) return;
    size_t j = best.end;
    if (ok(j) && t_[j].folded == "on") ++j;
    if (auto w = weekday_date(j); w && w->first == j && bare_weekday(*w)) {
      best.end = w->end;
      best.week_weekday = w->weekday;
      best.now = false;
    }
  }

  // "the week after next", "the year before last" (date_after_next.h)
  std::optional<RawDate> period_two_away(size_t i) const {
    auto p = period_two_away_at(t_, i);
    if (!p) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kRelUnit;
    r.first = i;
    r.end = p->end;
    r.unit = p->unit;
    r.mod = p->mod;
    r.has_mod = true;
    return r;
  }

  // "11ish", "noonish" (date_ish_times.h)
  std::optional<RawDate> ish_time(size_t i) const {
    auto h = ish_time_at(t_, i);
    if (!h) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kTime;
    r.first = i;
    r.end = h->end;
    r.hour = h->hour;
    return r;
  }

  // "EOD", "EOY", "w/c Feb 4", "every weekday" (date_english_abbreviations.h)
  std::optional<RawDate> abbreviation(size_t i) const {
    auto a = english_abbreviation_at(t_, i);
    if (!a) return std::nullopt;
    RawDate r;
    r.first = i;
    r.end = a->end;
    switch (a->kind) {
      case EnglishAbbreviation::kEndOfDay:  // as "the end of today": its last second
        r.kind = RawDate::kRelDay;
        r.hour = 23, r.minute = 59, r.second = 59;
        return r;
      case EnglishAbbreviation::kEndOfPeriod:  // as "the end of this week / month / year"
        r.kind = RawDate::kPeriod;
        r.part = 3;
        r.base = a->unit == 1 ? 'W' : a->unit == 2 ? 'M' : 'Y';
        return r;
      case EnglishAbbreviation::kEveryWeekday:
        r.kind = RawDate::kSet;
        r.set = "P1WD";
        return r;
      case EnglishAbbreviation::kWeekCommencing: {  // as "the week of Feb 4"
        std::optional<RawDate> day;
        for (auto cand : {numeric(a->end), day_month(a->end), month_day(a->end)})
          if (cand && cand->first == a->end && cand->hour < 0 &&
              (cand->kind == RawDate::kFull || cand->kind == RawDate::kDayMonth) && !cand->day_last &&
              (!day || cand->end > day->end))
            day = cand;
        if (!day) return std::nullopt;
        day->first = i;
        day->week_of = true;
        return day;
      }
    }
    return std::nullopt;
  }

  // "to date", "year to date" (date_to_date.h): up to the anchor, or from its period's start to it
  std::optional<RawDate> to_date(size_t i) const {
    if (ok(i + 1) && t_[i].folded == "from") {  // "from March to date", "from 2010-01-01 till current date"
      std::optional<RawDate> start;
      for (auto c : {numeric(i + 1), day_month(i + 1), month_day(i + 1), month_year(i + 1), year(i + 1)})
        if (c && c->first == i + 1 && c->hour < 0 && (!start || c->end > start->end)) start = c;
      if (auto m = month_at(i + 1, false); m && !start) {  // a bare month: "from March to date"
        start = RawDate{};
        start->kind = RawDate::kMonth;
        start->m = m->first;
        start->end = m->second;
      }
      if (!start) return std::nullopt;
      auto d = to_date_at(t_, start->end);
      if (!d || d->unit >= 0) return std::nullopt;
      start->first = i;
      start->end = d->end;
      start->until_anchor = true;
      return start;
    }
    auto d = to_date_at(t_, i);
    if (!d) return std::nullopt;
    RawDate r;
    r.first = i;
    r.end = d->end;
    if (d->unit < 0) {
      r.kind = RawDate::kRelDay;
      r.compared = -2;
    } else {
      r.kind = RawDate::kRelUnit;
      r.unit = d->unit;
      r.has_mod = true;
      r.until_anchor = true;
    }
    return r;
  }

  // "Labor Day weekend", "halloween weekend 2021", "the weekend of Thanksgiving 2023" (date_us_holidays.h)
  std::optional<RawDate> weekend_of_holiday(size_t i) const {
    size_t j = i;
    if (auto a = word(j, DateWord::kDefArticle)) j = a->end_token;
    std::optional<RawDate> h;
    if (auto u = word(j, DateWord::kUnit); u && u->value == 4)
      if (auto f = word(u->end_token, DateWord::kFiller)) h = holiday(f->end_token);
    if (h) {
      h->first = i;
    } else if ((h = holiday(i))) {
      auto u = word(h->end, DateWord::kUnit);
      if (!u || u->value != 4) return std::nullopt;
      h->end = u->end_token;
      if (int yv = h->y ? 0 : year_value(h->end); yv && !number_continues(h->end + 1)) {  // "halloween weekend 2021"
        h->y = yv;
        h->end += 1;
      }
    } else {
      return std::nullopt;
    }
    h->holiday_weekend = true;
    return h;
  }

  // "15th century" (date_centuries.h): a span of years, as "2014-2018" is
  std::optional<RawDate> century(size_t i) const {
    auto c = century_at(t_, words_, i);
    if (!c) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kSpanFull;
    r.first = i;
    r.end = c->end;
    r.y = c->first_year, r.m = 1, r.d = 1;
    r.y2 = c->first_year + 100, r.m2 = 1, r.d2 = 1;
    return r;
  }

  // "the last 2 quarters", "the next two decades" (date_period_runs.h): amount, direction, months
  std::optional<RawDate> period_run(size_t i) const {
    auto q = period_run_at(t_, words_, i, lang_);
    if (!q) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kPeriodRun;
    r.first = q->first;
    r.end = q->end;
    r.amount = q->count;
    r.mod = q->direction;
    r.unit = q->months;
    return r;
  }

  // "the fortnight", "past fortnight", "next fortnight" (date_fortnights.h)
  std::optional<RawDate> fortnight(size_t i) const {
    auto f = fortnight_period_at(words_, i);
    if (!f) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kRelUnit;
    r.unit = kFortnightUnit;
    r.mod = f->mod;
    r.has_mod = true;
    r.first = i;
    r.end = f->end;
    return r;
  }

  bool ok(size_t j) const { return j < t_.size(); }
  bool digits(size_t j, size_t min_len = 1, size_t max_len = 4) const {
    return ok(j) && t_[j].kind == TokenKind::kDigits && t_[j].folded.size() >= min_len && t_[j].folded.size() <= max_len;
  }
  bool mark(size_t j, std::string_view m) const {
    return ok(j) && t_[j].kind == TokenKind::kMark && t_[j].folded == m;
  }
  bool glued(size_t j) const { return ok(j) && !t_[j].space_before; }
  int num(size_t j) const { return std::stoi(t_[j].folded); }
  // Digits continuing a bigger number ("2.000", "3,5") are no date parts.
  bool number_continues(size_t j) const {
    return ok(j + 1) && glued(j) && glued(j + 1) && t_[j + 1].kind == TokenKind::kDigits &&
           (mark(j, ".") || mark(j, ",") || mark(j, ":"));
  }
  bool preceded_by_number(size_t i) const {
    return i >= 2 && glued(i) && (mark(i - 1, ".") || mark(i - 1, ",") || mark(i - 1, "/") || mark(i - 1, "-") ||
                                  mark(i - 1, ":")) &&
           glued(i - 1) && t_[i - 2].kind == TokenKind::kDigits;
  }

  std::optional<DateWordMatch> word(size_t j, DateWord kind) const {
    for (auto& m : dw(j))
      if (m.kind == kind) return m;
    return std::nullopt;
  }

  // A year in digits or words ("dos mil dieciocho"); returns the year and end token.
  std::optional<std::pair<int, size_t>> year_at(size_t j) const {
    if (int y = year_value(j); y && !number_continues(j + 1)) return std::make_pair(y, j + 1);
    if (ok(j) && t_[j].kind == TokenKind::kWord) {
      if (auto o = ordinal_day(j)) return o;
      if (english_) return english_year_words(j);  // "nineteen eighty six"
      auto n = number_at(j);
      if (n && n->words && n->value >= 1000 && n->value <= 2999 && n->value == static_cast<int>(n->value))
        return std::make_pair(static_cast<int>(n->value), n->end_token);
    }
    return std::nullopt;
  }

  int year_value(size_t j) const {
    if (!digits(j, 4, 4)) return 0;
    int y = num(j);
    return (y >= 1000 && y <= 2999) ? y : 0;
  }

  // A whole number written in words at j (not an article "a", "one" alone is fine), or none.
  std::optional<std::pair<int, size_t>> word_number(size_t j, int lo, int hi) const {
    if (!ok(j) || t_[j].kind != TokenKind::kWord) return std::nullopt;
    auto n = number_at(j);
    if (!n || !n->words || n->article_only || n->value < lo || n->value > hi || n->value != static_cast<int>(n->value))
      return std::nullopt;
    return std::make_pair(static_cast<int>(n->value), n->end_token);
  }

  // An English year in words after a day or month: "two thousand and fifteen", "nineteen hundred
  // ninety three", or a pair read as hundreds, "nineteen eighty six", "twenty twenty".
  std::optional<std::pair<int, size_t>> english_year_words(size_t j) const {
    if (!english_) return std::nullopt;
    if (auto y = word_number(j, 1000, 2999)) return y;
    auto hundreds = word_number(j, 10, 29);
    if (!hundreds) return std::nullopt;
    auto rest = word_number(hundreds->second, 10, 99);
    if (!rest) return std::nullopt;
    return std::make_pair(hundreds->first * 100 + rest->first, rest->second);
  }

  // An English day in cardinal words ("twenty nine") next to a month name: right before the month
  // ("twenty five january"), or after it when the date ends there or a year follows ("May twenty
  // nine", but not "in May twenty nine people died").
  std::optional<std::pair<int, size_t>> english_day_words(size_t j, bool after_month) const {
    if (!english_) return std::nullopt;
    auto d = word_number(j, 1, 31);
    if (!d || !after_month) return d;
    size_t e = d->second;
    if (!ok(e) || t_[e].kind == TokenKind::kMark || english_year_words(e) || year_value(e)) return d;
    return std::nullopt;
  }

  // ordinal_day_uncached at token j, read once: the start test asks it of every word.
  mutable std::vector<std::optional<std::optional<std::pair<int, size_t>>>> ordinal_days_;
  std::optional<std::pair<int, size_t>> ordinal_day(size_t j) const {
    if (ordinal_days_.empty()) ordinal_days_.resize(t_.size());
    if (!ordinal_days_[j]) ordinal_days_[j] = ordinal_day_uncached(j);
    return *ordinal_days_[j];
  }

  // A day written as an ordinal word: "first", "twenty second", "primo", "premier", "1er";
  // the day and the token after it.
  std::optional<std::pair<int, size_t>> ordinal_day_uncached(size_t j) const {
    static const std::pair<std::string_view, int> kEn[] = {
        {"first", 1},       {"second", 2},      {"third", 3},        {"fourth", 4},     {"fifth", 5},
        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},       {"ninth", 9},      {"tenth", 10},
        {"eleventh", 11},   {"twelfth", 12},    {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},
        {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
        {"thirtieth", 30}};
    static const std::pair<std::string_view, int> kFirst[] = {
        {"primo", 1}, {"premier", 1}, {"primero", 1}, {"primeiro", 1}, {"erster", 1}, {"ersten", 1}};
    const std::string& w = t_[j].folded;
    if (english_) {
      int tens = w == "twenty" ? 20 : w == "thirty" ? 30 : 0;
      size_t k = j;
      if (tens) {
        k = j + 1;
        if (mark(k, "-")) ++k;
      }
      if (!ok(k) || t_[k].kind != TokenKind::kWord) return std::nullopt;
      for (auto& [form, v] : kEn)
        if (t_[k].folded == form && (tens == 0 || v < 10) && tens + v <= 31) return std::make_pair(tens + v, k + 1);
      return std::nullopt;
    }
    for (auto& [form, v] : kFirst)
      if (w == form) return std::make_pair(v, j + 1);
    if (german_)  // "zweiten", "neunundzwanzigsten", "siebter"
      if (auto v = german_ordinal_value(w)) return std::make_pair(*v, j + 1);
    return std::nullopt;
  }

  // lasting_word_at at token j, read once ("for", "per", "für" before an amount of time).
  mutable std::vector<signed char> lasting_;
  bool lasting_at(size_t j) const {
    if (j >= t_.size()) return false;
    if (lasting_.empty()) lasting_.assign(t_.size(), -1);
    if (lasting_[j] < 0) lasting_[j] = lasting_word_at(t_, j, lang_);
    return lasting_[j];
  }

  // A day number with its suffix ("3", "3rd", "8.", "1er", "1º") or a day in words; returns end token.
  std::optional<std::pair<int, size_t>> day_at(size_t j, bool allow_dot) const {
    if (digits(j, 1, 2)) {
      int d = num(j);
      if (d < 1 || d > 31) return std::nullopt;
      size_t e = j + 1;
      if (ok(e) && glued(e)) {
        if (mark(e, ".") && glued(e + 1) && word(e + 1, DateWord::kOrdinal) && t_[e + 1].kind == TokenKind::kWord &&
            word(e + 1, DateWord::kOrdinal)->end_token == e + 2 && !(ok(e + 2) && glued(e + 2) && !mark(e + 2, ",")))
          return std::make_pair(d, e + 2);  // "1.º de julio"
        if (auto o = word(e, DateWord::kOrdinal)) {
          if (!(mark(e, ".") && !allow_dot)) e = o->end_token;
        }
      }
      return std::make_pair(d, e);
    }
    if (ok(j) && t_[j].kind == TokenKind::kWord) {
      if (auto o = ordinal_day(j)) return o;
      if (english_) return std::nullopt;  // "One may ask": English writes day words as ordinals
      auto n = number_at(j);
      if (n && n->words && !n->article_only && n->value >= 1 && n->value <= 31 && n->value == static_cast<int>(n->value))
        return std::make_pair(static_cast<int>(n->value), n->end_token);
    }
    return std::nullopt;
  }

  // A month name (full, or abbreviated with an optional dot); returns month and end token.
  std::optional<std::pair<int, size_t>> month_at(size_t j, bool allow_abbr) const {
    for (auto& m : dw(j)) {
      if (m.kind == DateWord::kMonth) return std::make_pair(m.value, m.end_token);
      if (m.kind == DateWord::kMonthAbbr && allow_abbr) {
        size_t e = m.end_token;
        // at the very end the dot closes the sentence (Spanish keeps it with the abbreviation, as RT does)
        if (mark(e, ".") && glued(e) && (ok(e + 1) || lang_.substr(0, 2) == "es")) ++e;
        return std::make_pair(m.value, e);
      }
    }
    return std::nullopt;
  }

  // Skips a filler word ("of", "de", "di") and commas; returns the next token.
  size_t skip_filler(size_t j) const {
    if (mark(j, ",")) ++j;
    if (auto f = word(j, DateWord::kFiller)) return f->end_token;
    return j;
  }

  // Weekday name before a date: "lunedì 3 settembre", "Mon, Sep 3".
  size_t weekday_prefix(size_t i, int& wd) const {
    for (auto& m : dw(i)) {
      if (m.kind == DateWord::kWeekday || m.kind == DateWord::kWeekdayAbbr) {
        wd = m.value;
        size_t e = m.end_token;
        if (mark(e, ".") && m.kind == DateWord::kWeekdayAbbr) ++e;
        if (mark(e, ",")) ++e;
        return e;
      }
    }
    return i;
  }

  struct TimeOfDay {
    int hour = 0, minute = 0, second = 0;
    size_t end = 0;
    bool explicit_form = false;  // "8:30", "8pm", "15 Uhr", "8h30": a time even without a preposition
    int meridiem = 0;            // +1 pm, -1 am when written
  };

  // "am"/"pm"/"a.m."/"p.m." at j: +1 pm, -1 am, 0 none; sets the end token.
  int meridiem(size_t j, size_t& end) const {
    if (!ok(j) || t_[j].kind != TokenKind::kWord) return 0;
    const std::string& w = t_[j].folded;
    if (w == "am" || w == "pm") {
      end = j + 1;
      if (mark(end, ".") && glued(end) && !(ok(end + 1) && t_[end + 1].capitalized)) {}
      return w == "pm" ? 1 : -1;
    }
    if ((w == "a" || w == "p") && mark(j + 1, ".") && glued(j + 1) && ok(j + 2) && t_[j + 2].folded == "m" &&
        glued(j + 2)) {
      end = j + 3;
      if (mark(end, ".") && glued(end)) ++end;
      return w == "p" ? 1 : -1;
    }
    return 0;
  }

  // A time of day at j: "8:00:31", "7:56:30 pm", "8am", "15 Uhr", "8h30"; bare hours only
  // when `after_prep` (the caller saw "at", "alle", "um", "a las").
  // French "sept heures dix", "7 heures et quart", "sept heures moins dix", "sept heures et vingt-sept
  // minutes": an hour with "heures" and its minutes is a time without "à" ("sept heures" alone is a duration)
  std::optional<TimeOfDay> french_hours_and_minutes(size_t j) const {
    int hour = -1;
    size_t k = j + 1;
    if (digits(j, 1, 2)) {
      hour = num(j);
    } else if (auto n = number_at(j); n && n->words && !n->article_only && n->value >= 0 && n->value <= 24 &&
                                      n->value == std::floor(n->value)) {
      hour = static_cast<int>(n->value);  // in range first: a cast of "un billion" is undefined
      k = n->end_token;
    }
    if (hour < 0 || hour > 24 || !ok(k) || (t_[k].folded != "heures" && t_[k].folded != "heure")) return std::nullopt;
    ++k;
    TimeOfDay tm;
    tm.hour = hour % 24;
    tm.explicit_form = true;
    size_t m = k;
    const bool joined = ok(m) && t_[m].folded == "et";
    if (joined) ++m;
    if (auto f = word(m, DateWord::kClockFraction); f && joined) {
      tm.minute = f->value;
      tm.end = f->end_token;
      return tm;
    }
    if (auto n = number_at(m); n && !n->glued_unit && !n->article_only && n->value >= 1 && n->value < 60 &&
                               n->value == std::floor(n->value)) {
      tm.minute = static_cast<int>(n->value);
      tm.end = n->end_token;
      if (auto u = word(tm.end, DateWord::kDurUnit); u && u->value == 60) tm.end = u->end_token;  // "et vingt-sept minutes"
      return tm;
    }
    if (!joined)
      if (size_t e = clock_minutes(k, tm); e != k) {  // "moins dix", "moins le quart"
        tm.end = e;
        return tm;
      }
    return std::nullopt;
  }

  // "we leave at 6.45", "Monday at 2.30": a dotted hour of the morning after a day or a verb of
  // coming and going is a time, no price (date_english_numeric.h)
  bool english_dotted_hour_cue(size_t j) const {
    return english_ && j >= 2 && word(j - 1, DateWord::kTimePrep) &&
           (english_schedule_verb_at(t_, j - 2) || word(j - 2, DateWord::kWeekday) || word(j - 2, DateWord::kRelDay)) &&
           english_dotted_number_stands_alone(t_, j);
  }
  // "Friday 7.6", "on 5.12": an English month and day with a dot, after a weekday or "on"
  bool english_dotted_day(size_t i) const {
    return english_ && i > 0 && mark(i + 1, ".") && (word(i - 1, DateWord::kWeekday) || t_[i - 1].folded == "on") &&
           english_dotted_number_stands_alone(t_, i);
  }

  std::optional<TimeOfDay> time_at(size_t j, bool after_prep, bool after_dash = false) const {
    if (lang_.substr(0, 2) == "fr" && !after_dash)
      if (auto hm = french_hours_and_minutes(j)) return hm;
    if (english_)  // "seven twenty-seven", "six pm", "4 oclock", "3 p . m ." (date_english_clock.h)
      if (auto c = english_clock_at(t_, words_, j))
        return TimeOfDay{c->hour, c->minute, 0, c->end, true, c->meridiem};
    if (auto c = word(j, DateWord::kClockWord)) {  // "noon", "mezzanotte", "à midi"
      TimeOfDay tm;
      tm.hour = c->value;
      tm.end = c->end_token;
      tm.explicit_form = true;
      return tm;
    }
    if (after_prep && !after_dash && ok(j) && t_[j].kind == TokenKind::kWord) return hour_word(j);
    // "1140 a.m.": hours and minutes in three or four digits, with the half of the day written
    if (digits(j, 3, 4) && !preceded_by_number(j) && num(j) % 100 < 60 && num(j) / 100 >= 1 && num(j) / 100 <= 12) {
      size_t me = 0;
      if (int mer = meridiem(j + 1, me); mer && !glued(j + 1)) {
        TimeOfDay tm;
        tm.hour = num(j) / 100 % 12 + (mer > 0 ? 12 : 0);
        tm.minute = num(j) % 100;
        tm.end = me;
        tm.explicit_form = true;
        tm.meridiem = mer;
        return tm;
      }
    }
    if (!digits(j, 1, 2) || (preceded_by_number(j) && !after_dash)) return std::nullopt;
    // "at 02-02-2020", "at 5/3/18": the first number of a date chained by dashes or slashes is no hour
    if (ok(j + 4) && (mark(j + 1, "-") || mark(j + 1, "/")) && glued(j + 1) && glued(j + 2) && digits(j + 2, 1, 2) &&
        t_[j + 3].folded == t_[j + 1].folded && glued(j + 3) && glued(j + 4) && digits(j + 4, 1, 4))
      return std::nullopt;
    if (j > 0 && glued(j) && t_[j - 1].folded != "(" && !after_dash) return std::nullopt;  // "~3am3io" in a URL
    TimeOfDay tm;
    tm.hour = num(j);
    size_t e = j + 1;
    size_t dot_mer = 0;
    // "8.30pm"; "um 18.12 Uhr"; "at 17.30" (an afternoon hour after "at": no amount of money)
    bool dotted = mark(e, ".") && glued(e) && digits(e + 1, 2, 2) && glued(e + 1) &&
                  (meridiem(e + 2, dot_mer) != 0 || word(e + 2, DateWord::kOclock) ||
                   (after_prep && (tm.hour >= 13 || spanish_hour_article(j) || english_dotted_hour_cue(j)) && tm.hour <= 23 &&
                    !number_continues(e + 2) && !mark(e + 2, "%")));
    if ((mark(e, ":") || dotted) && glued(e) && digits(e + 1, 2, 2) && glued(e + 1)) {  // "8:30", "8.30pm"
      tm.minute = num(e + 1);
      e += 2;
      if (mark(e, ":") && glued(e) && digits(e + 1, 2, 2) && glued(e + 1)) {
        tm.second = num(e + 1);
        e += 2;
      }
      if (german_ && ok(e) && t_[e].folded == "uhr") ++e;  // "10:30 Uhr", "um 18.12 Uhr": the word is the time's
      tm.explicit_form = true;
    } else if (ok(e) && ((german_ && t_[e].folded == "uhr") ||
                         (lang_.substr(0, 2) == "fr" && after_prep &&
                          (t_[e].folded == "heures" || t_[e].folded == "heure")))) {
      // "15 Uhr"; "à 16 heures" (without "à", "3 heures" is a duration)
      ++e;
      if (digits(e, 2, 2)) tm.minute = num(e++);
      tm.explicit_form = true;
    } else if (ok(e) && t_[e].folded == "h" && glued(e) &&
               (lang_.substr(0, 2) == "fr" || (after_prep && lang_.substr(0, 2) == "es"))) {  // "a las 14h" 
      ++e;
      if (digits(e, 2, 2) && glued(e)) tm.minute = num(e++);
      tm.explicit_form = true;
    }
    if (!after_prep && !tm.explicit_form && digits(j, 1, 2)) {
      // "8 horas am", "8 horas da manhã", "19 Uhr abends": an hour word with a half or part of the day is no duration
      if (auto o = word(e, DateWord::kOclock)) {
        size_t me = 0;
        if (meridiem(o->end_token, me) || day_part_at(o->end_token)) e = o->end_token, tm.explicit_form = true;
      }
    }
    if (after_prep && !tm.explicit_form) {
      if (auto o = word(e, DateWord::kOclock)) {  // "às 8 horas", "at 7 o'clock", "a las 5 en punto", "às 9h00"
        bool glued_h = glued(e);
        e = o->end_token;
        tm.explicit_form = true;
        if (glued_h && digits(e, 2, 2) && glued(e) && num(e) < 60) tm.minute = num(e++);
      }
    }
    if (tm.minute == 0) e = clock_minutes(e, tm);
    if (auto c = word(e, DateWord::kClockWord); c && c->value % 12 == tm.hour % 12 && tm.minute == 0) {
      e = c->end_token;  // "12 noon", "12 mezzanotte"
      tm.hour = c->value;
      tm.explicit_form = true;
    }
    size_t me = e;
    int mer = meridiem(e, me);
    // "at 9a", "at 8:45a", "at 7p": English short forms, glued and after "at" only ("Room 9a" is no time)
    if (!mer && english_ && after_prep && ok(e) && glued(e) && (t_[e].folded == "a" || t_[e].folded == "p") &&
        !(ok(e + 1) && glued(e + 1) && t_[e + 1].kind != TokenKind::kMark)) {
      mer = t_[e].folded == "p" ? 1 : -1;
      me = e + 1;
    }
    if (mer) {
      e = me;
      tm.explicit_form = true;
      tm.meridiem = mer;
      if (tm.hour < 1 || tm.hour > 12) return std::nullopt;
      if (mer > 0 && tm.hour < 12) tm.hour += 12;
      if (mer < 0 && tm.hour == 12) tm.hour = 0;
      if (tm.minute == 0) e = clock_minutes(e, tm);  // "8pm e meia" 20:30, "8 pm menos cuarto" 19:45
    }
    if (!tm.explicit_form && !after_prep) return std::nullopt;
    if (tm.hour > 24 || tm.minute > 59 || tm.second > 59) return std::nullopt;
    if (tm.hour == 24) tm.hour = 0;
    if (number_continues(e) || mark(e, "%")) return std::nullopt;
    if (ok(e) && glued(e) && t_[e].kind == TokenKind::kWord) return std::nullopt;  // "8km"
    tm.end = e;
    return tm;
  }

  // Minutes after an hour: "5 e 45", "otto e 20", "sette e mezza", "una y treinta". Small numbers
  // after "and" are left alone: "between 5 and 6" is a span.
  size_t clock_minutes(size_t e, TimeOfDay& tm) const {
    if (auto before = word(e, DateWord::kMinuteBefore)) {  // "otto meno un quarto" 7:45, "sept heures moins dix"
      size_t k = before->end_token;
      if (auto d = word(k, DateWord::kDayPrefix)) k = d->end_token;  // "moins le quart"
      int minutes = 0;
      if (auto f = word(k, DateWord::kClockFraction)) {
        minutes = f->value;
        k = f->end_token;
      } else if (auto n = number_at(k); n && !n->glued_unit && n->value >= 1 && n->value < 60 &&
                                        n->value == static_cast<int>(n->value)) {
        minutes = static_cast<int>(n->value);
        k = n->end_token;
        if (auto u = word(k, DateWord::kDurUnit); u && u->value == 60) k = u->end_token;  // "meno tre minuti"
      }
      if (!minutes) return e;
      tm.hour = (tm.hour + 23) % 24;
      tm.minute = 60 - minutes;
      tm.explicit_form = true;
      return k;
    }
    auto join = word(e, DateWord::kMinuteJoin);
    if (!join) return e;
    size_t k = join->end_token;
    if (auto f = word(k, DateWord::kClockFraction)) {
      tm.minute = f->value;
      tm.explicit_form = true;
      return f->end_token;
    }
    auto n = number_at(k);
    if (!n || n->glued_unit || n->value < 13 || n->value > 59 || n->value != static_cast<int>(n->value)) return e;
    if (ok(n->end_token) && (mark(n->end_token, ":") || mark(n->end_token, "/") || number_continues(n->end_token)))
      return e;
    if (word(n->end_token, DateWord::kUnit) || word(n->end_token, DateWord::kDurUnit)) return e;  // "e 20 minuti" is a duration
    tm.minute = static_cast<int>(n->value);
    tm.explicit_form = true;
    return n->end_token;
  }

  // An hour in words after "alle", "a las", "um": "alle sette", "a la una". Not in English ("at one point").
  std::optional<TimeOfDay> hour_word(size_t j) const {
    if (english_) return std::nullopt;
    std::optional<NumberMention> n = number_at(j);
    // "sette e mezza" reads as the number 7.5: the hour is the first word, the rest its minutes
    // (std::floor, not a cast to int: a cast of 1e12 is undefined.)
    if (n && n->words && n->end_token > j + 1 && n->value != std::floor(n->value) &&
        word(j + 1, DateWord::kMinuteJoin))
      if (auto v = number_word_value(t_[j].folded, lang_)) n->value = *v, n->end_token = j + 1;
    if (!n || !n->words || n->glued_unit || n->value < 1 || n->value > 24 || n->value != std::floor(n->value))
      return std::nullopt;
    // "a doze anos", "a un certo punto": a word after the number word says it is no hour
    if (ok(n->end_token) && t_[n->end_token].kind == TokenKind::kWord) {
      bool time_word = false;
      for (auto& m : dw(n->end_token))
        time_word |= m.kind == DateWord::kDayPart || m.kind == DateWord::kPartPrep || m.kind == DateWord::kRangeTo ||
                     m.kind == DateWord::kTimePrep || m.kind == DateWord::kRelDay || m.kind == DateWord::kTodayPart ||
                     m.kind == DateWord::kFiller || m.kind == DateWord::kPreMod || m.kind == DateWord::kMinuteJoin ||
                     m.kind == DateWord::kOclock || m.kind == DateWord::kMinuteBefore;
      size_t me = 0;
      if (!time_word && !meridiem(n->end_token, me)) return std::nullopt;
    }
    TimeOfDay tm;
    tm.hour = static_cast<int>(n->value) % 24;
    tm.end = n->end_token;
    if (auto o = word(tm.end, DateWord::kOclock)) tm.end = o->end_token;
    tm.end = clock_minutes(tm.end, tm);
    size_t me = tm.end;
    if (int mer = meridiem(tm.end, me)) {
      tm.end = me;
      tm.meridiem = mer;
      if (mer > 0 && tm.hour < 12) tm.hour += 12;
    }
    return tm;
  }

  // "a las 2.30": after the hour's article, hours and minutes with a dot are a time, as Spanish writes them.
  // Only at the end of a phrase or before a date word: "a las 2.30 euros" is a price.
  bool spanish_hour_article(size_t j) const {
    if (lang_.substr(0, 2) != "es" || j == 0 || (t_[j - 1].folded != "las" && t_[j - 1].folded != "la")) return false;
    const size_t after = j + 3;  // hour, dot, minutes
    return !ok(after) || t_[after].kind == TokenKind::kMark || !dw(after).empty();
  }

  // A since/after/before word ends just before token i: "antes de", "after".
  bool bound_word_ends_at(size_t i) const {
    for (size_t back = 1; back <= 4 && back <= i; ++back)
      for (auto& m : dw(i - back))
        if ((m.kind == DateWord::kSince || m.kind == DateWord::kAfter || m.kind == DateWord::kBefore) &&
            m.end_token == i)
          return true;
    return false;
  }

  // A time on its own: "7:56:30 pm", "alle 8" (the preposition stays out of the span).
  std::optional<RawDate> time_alone(size_t i) const {
    size_t j = i;
    bool prep = false, approx = false;
    if (auto p = word(i, DateWord::kTimePrep)) {
      j = p->end_token;
      prep = true;
      approx = p->value == 1;  // "around", "gegen", "cerca de las": the span keeps the word
    }
    if (!prep && i > 0 && word(i - 1, DateWord::kTimePrep)) prep = true;
    // "antes de las dos y media": the hour's article after a bounding word reads an hour in words
    // (the bound itself is joined by bound_times, date_bounded_times.h)
    if (auto h = prep ? std::nullopt : word(i, DateWord::kHourArticle); h && bound_word_ends_at(i)) {
      j = h->end_token;
      prep = true;
    }
    if (j != i)  // "as 15 para as 8": minutes before the hour after the preposition
      if (auto mh = minutes_to_hour(j)) return mh;
    auto tm = time_at(j, prep);
    if (!tm) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kTime;
    r.first = j;
    r.end = tm->end;
    // "8.30pm today", "8am tomorrow": a time, then the day
    int part = 0;
    for (auto& m : dw(tm->end))
      if (m.kind == DateWord::kRelDay) {
        r.kind = RawDate::kRelDay;
        r.days = m.value;
        r.end = m.end_token;
        if (prep) r.first = i;
        if (auto p = day_part_at(r.end, true); p && english_) {  // "five-thirty tomorrow evening"
          part = p->first;
          r.end = p->second;
        }
        break;
      }
    r.hour = part && !tm->meridiem ? part_hour(tm->hour, part) : tm->hour;
    r.minute = tm->minute;
    r.second = tm->second;
    if (approx) {
      r.first = i;
      r.approx = true;
    }
    return r;
  }

  // A part of the day at j ("sera", "in the evening", "por la tarde", "abends"): its first hour and end token.
  // A word that is also "tomorrow" ("mañana", "Morgen") is the morning only after a day or a preposition.
  std::optional<std::pair<int, size_t>> day_part_at(size_t j, bool after_day = false) const {
    if (auto p = word(j, DateWord::kPartPrep))
      if (auto d = word(p->end_token, DateWord::kDayPart)) return std::make_pair(d->value, d->end_token);
    if (auto d = word(j, DateWord::kDayPart); d && (after_day || !word(j, DateWord::kRelDay)))
      return std::make_pair(d->value, d->end_token);
    if (english_)  // "early morning", "late evening": its first or last part (set_part_span)
      if (auto pp = word(j, DateWord::kPeriodPart); pp && pp->value >= 1 && pp->value <= 3)
        if (auto d = word(pp->end_token, DateWord::kDayPart)) return std::make_pair(d->value + 100 * pp->value, d->end_token);
    if (german_ && ok(j) && t_[j].kind == TokenKind::kWord && dw(j).empty())
      if (int part = german_part(t_[j].folded)) return std::make_pair(part, j + 1);
    return std::nullopt;
  }

  // The date words of one folded word on its own (a piece of a German compound).
  std::vector<DateWordMatch> words_of(std::string_view folded) const {
    std::vector<FactToken> one(1);
    one[0].kind = TokenKind::kWord;
    one[0].folded.assign(folded);
    return match_date_words(one, 0, lang_);
  }

  // A German part of the day, perhaps early or late: "abends" 16, "frühmorgens" early morning, "spätabends"
  // late evening, "früh" the morning. The part's first hour, plus 100 (early) or 300 (late); 0 if none.
  int german_part(std::string_view w) const {
    int sub = 0;
    if (w.substr(0, 4) == "fruh") sub = 1, w.remove_prefix(4);
    else if (w.substr(0, 4) == "spat") sub = 3, w.remove_prefix(4);
    if (w.empty()) return sub == 1 ? 8 : 0;
    for (auto& m : words_of(w))
      if (m.kind == DateWord::kDayPart) return m.value + 100 * sub;
    return 0;
  }

  // "Montagnachmittag", "Dienstagmorgen", "Sonnabendabend", "mittwochfrühmorgens", "Dienstagspätabends":
  // a German weekday and a part of its day in one word. The weekday (0 if none) and the part.
  std::pair<int, int> german_weekday_part(std::string_view w) const {
    for (size_t k = 5; k + 3 <= w.size(); ++k) {
      int wd = 0;
      for (auto& m : words_of(w.substr(0, k)))
        if (m.kind == DateWord::kWeekday) wd = m.value;
      if (!wd) continue;
      std::string_view rest = w.substr(k);
      if (int part = german_part(rest)) return {wd, part};
      if (rest.size() > 1 && rest[0] == 's')
        if (int part = german_part(rest.substr(1))) return {wd, part};
    }
    return {0, 0};
  }

  // An hour read with the part of the day it is in: "5 de la tarde" 17, "2 di notte" 2.
  static int part_hour(int hour, int part) {
    part %= 100;
    if (part >= 16 && hour == 12) return 0;  // "12 Uhr nachts", "12 at night": midnight
    if (part >= 12 && hour < 12 && !(part == 20 && hour < 5)) return hour + 12;
    if (part <= 8 && hour == 12) return 0;
    return hour;
  }

  // A whole part of the day as a span: evening 16:00-20:00, night 20:00-23:59:59.
  static void set_part_span(RawDate& r, int part) {
    int sub = part / 100;  // German "früh-" 1, "spät-" 3 (german_part)
    part %= 100;
    r.whole_part = true;
    r.hour = part;
    r.minute = r.second = 0;
    r.hour_end = part == 20 ? 23 : part + 4;
    r.minute_end = r.second_end = part == 20 ? 59 : 0;
    if (sub) part_of_span(r, sub);
  }

  // "from 9 for 2.5 hrs", "for 3 hours from 10 am" (date_anchored_spans.h): the span of the day from
  // that time for so long; it must end the same day
  std::optional<RawDate> time_for_amount(size_t i) const {
    std::optional<TimeOfDay> tm;
    std::optional<ClockAmount> amount;
    if (auto from = word(i, DateWord::kRangeOpen); from && t_[i].folded != "between") {
      tm = time_at(from->end_token, true);
      if (!tm || !lasting_at(tm->end)) return std::nullopt;
      amount = clock_amount_at(t_, words_, tm->end + 1, lang_);
      if (!amount) return std::nullopt;
    } else if (lasting_at(i)) {
      amount = clock_amount_at(t_, words_, i + 1, lang_);
      if (!amount) return std::nullopt;
      auto from2 = word(amount->end, DateWord::kRangeOpen);
      if (!from2) return std::nullopt;
      tm = time_at(from2->end_token, true);
      if (!tm) return std::nullopt;
    } else {
      return std::nullopt;
    }
    long start = tm->hour * 3600L + tm->minute * 60L + tm->second, stop = start + amount->seconds;
    if (stop >= 86400) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kTime;
    r.first = i;
    r.end = std::max(tm->end, amount->end);
    r.hour = tm->hour, r.minute = tm->minute, r.second = tm->second;
    r.hour_end = static_cast<int>(stop / 3600), r.minute_end = static_cast<int>(stop / 60 % 60),
    r.second_end = static_cast<int>(stop % 60);
    return r;
  }

  // "3 days starting from next monday", "a week starting tomorrow", "for 1 week, from 20th dec": so
  // many days or weeks from a day on
  std::optional<RawDate> days_from_a_day(size_t i) const {
    size_t j = lasting_at(i) ? i + 1 : i;
    auto n = number_at(j);
    if (!n || n->glued_unit || n->value < 1 || n->value > 366 || n->value != static_cast<int>(n->value))
      return std::nullopt;
    auto u = word(n->end_token, DateWord::kUnit);
    if (!u || (u->value != 0 && u->value != 1)) return std::nullopt;
    size_t k = u->end_token;
    if (j != i) {  // "for 1 week, from 20th dec"
      if (mark(k, ",")) ++k;
      auto from = word(k, DateWord::kRangeOpen);
      if (!from) return std::nullopt;
      k = from->end_token;
    } else {  // "2 weeks starting (from|on) May 20th"
      auto start = word(k, DateWord::kWeekStart);
      if (!start) return std::nullopt;
      k = start->end_token;
      if (auto from = word(k, DateWord::kRangeOpen)) k = from->end_token;
    }
    std::optional<RawDate> day;
    for (auto cand : {relative(k), month_day(k), day_month(k), weekday_date(k)}) {
      bool day_kind = cand && cand->hour < 0 &&
                      (cand->kind == RawDate::kRelDay || cand->kind == RawDate::kFull || cand->kind == RawDate::kDayMonth ||
                       cand->kind == RawDate::kWeekday) && !cand->now && cand->clock_shift == 0;
      if (day_kind && (!day || cand->end > day->end)) day = cand;
    }
    if (!day) return std::nullopt;
    day->first = i;
    day->span_days = static_cast<int>(n->value) * (u->value == 1 ? 7 : 1);
    return day;
  }

  // ">= 2019", "> = 2019", "<=2019", "=2019": a year after a comparison sign (a query, a table)
  std::optional<RawDate> compared_year(size_t i) const {
    if (!mark(i, ">") && !mark(i, "<") && !mark(i, "=")) return std::nullopt;
    size_t j = i + 1;
    bool equal = mark(i, "=");
    if (!equal && mark(j, "=")) equal = true, ++j;
    int y = year_value(j);
    if (!y || number_continues(j + 1) || (ok(j + 1) && glued(j + 1) && t_[j + 1].kind != TokenKind::kMark))
      return std::nullopt;
    RawDate r;
    r.kind = RawDate::kYear;
    r.first = i;
    r.end = j + 1;
    r.y = y;
    if (!mark(i, "=")) r.compared = (mark(i, ">") ? 1 : -1) * (equal ? 1 : 2);
    return r;
  }

  static void copy_time(const RawDate& from, RawDate& to) {
    to.hour = from.hour, to.minute = from.minute, to.second = from.second;
    to.hour_end = from.hour_end, to.minute_end = from.minute_end, to.second_end = from.second_end;
  }

  // "from 3-8pm yesterday afternoon", "10am to 12pm Monday morning": an English part of the day after
  // the day a time belongs to is taken in; an hour moves into it only when it then falls inside it
  // ("5 to 6 yesterday evening" 17-18, "8am-3 yesterday afternoon" 8-15).
  void part_after_day(RawDate& r) const {
    if (!english_) return;
    auto part = day_part_at(r.end, true);
    if (!part) return;
    const int first = part->first % 100, last = first == 20 ? 24 : first + 4;
    auto into = [&](int hour) {
      int moved = part_hour(hour, part->first);
      return moved >= first && moved < last ? moved : hour;
    };
    r.hour = into(r.hour);
    if (r.hour_end >= 0) r.hour_end = into(r.hour_end);
    r.end = part->second;
  }

  // What follows a time: its part of the day ("8 in the evening", "7:56:30 de la tarde"), then a
  // day it belongs to ("10, tonight", "8am this morning", "3:00 to 4:00 tomorrow", "5 to 6pm of April 22").
  void time_context(RawDate& r) const {
    if (auto part = day_part_at(r.end)) {
      r.hour = part_hour(r.hour, part->first);
      if (r.hour_end >= 0) r.hour_end = part_hour(r.hour_end, part->first);
      r.end = part->second;
    }
    size_t j = r.end;
    if (mark(j, ",")) ++j;
    if (auto set = set_at(j); set && r.hour_end < 0) {  // "3pm every day" T15, "4pm chaque lundi" XXXX-WXX-1T16
      if (set->set == "P1D" || set->set.rfind("XXXX-WXX-", 0) == 0) {
        r.kind = RawDate::kSet;
        r.set = (set->set == "P1D" ? "" : set->set) + timex_time(r.hour, r.minute);
        r.end = set->end;
        return;
      }
    }
    if (auto today = part_of_today(j)) {
      r.hour = part_hour(r.hour, today->hour);
      if (r.hour_end >= 0) r.hour_end = part_hour(r.hour_end, today->hour);
      r.kind = RawDate::kRelDay;
      r.days = today->days;  // "between 7 and 9 last night": yesterday's
      r.end = today->end;
      return;
    }
    size_t rel = j;
    if (auto f = word(j, DateWord::kFiller)) rel = f->end_token;  // "mediodía de hoy", "le 8 di domani"
    for (size_t at : {j, rel}) {
      for (auto& m : dw(at)) {
        if (m.kind == DateWord::kRelDay && (at == j || m.value == 0 || m.value == 1 || m.value == -1)) {
          r.kind = RawDate::kRelDay;
          r.days = m.value;
          r.end = m.end_token;
          part_after_day(r);
          return;
        }
      }
    }
    // "a las siete del 15", "às sete do dia 15": a bare day of the month after the time and a filler
    if (auto f = word(j, DateWord::kFiller)) {
      size_t k = f->end_token;
      if (auto noun = word(k, DateWord::kDayNoun)) k = noun->end_token;
      if (auto day = bare_day_at(k)) {
        r.kind = RawDate::kDayOnly;
        r.d = day->first;
        r.end = day->second;
        return;
      }
    }
    // "of April 22", "del 22 aprile", "am 22. April": a day after the time
    size_t k = j;
    if (auto f = word(k, DateWord::kFiller)) k = f->end_token;
    else if (auto d = word(k, DateWord::kDayPrefix)) k = d->end_token;
    else if (auto o = word(k, DateWord::kWeekOf)) k = o->end_token;  // "from 10:30 to 3 on 1/1/2015"
    for (size_t start : {k, j}) {
      if (auto n = numeric(start); n && n->end > start && n->hour < 0 && n->kind == RawDate::kFull) {
        RawDate merged = *n;
        copy_time(r, merged);
        merged.first = r.first;
        r = merged;
        return;
      }
      std::optional<RawDate> day = day_month(start);
      if (!day) day = month_day(start);
      if (!day) day = weekday_date(start);
      if (day && day->end > start && day->hour < 0 &&
          (day->kind == RawDate::kFull || day->kind == RawDate::kDayMonth || day->kind == RawDate::kWeekday)) {
        RawDate merged = *day;
        copy_time(r, merged);
        merged.first = r.first;
        r = merged;
        part_after_day(r);
        return;
      }
    }
  }

  // "tonight", "stasera", "this evening", "esta tarde", "ce soir", "dieser Abend": a part of today.
  // "10, tonight", "10, ce soir": a bare hour and the part of today it falls in
  std::optional<RawDate> hour_of_part_of_today(size_t i) const {
    if (!digits(i, 1, 2) || preceded_by_number(i) || num(i) < 1 || num(i) > 12 || !mark(i + 1, ",")) return std::nullopt;
    auto today = part_of_today(i + 2);
    if (!today || today->hour < 0) return std::nullopt;
    RawDate r = *today;
    r.first = i;
    r.hour = part_hour(num(i), today->hour);
    r.minute = r.second = 0;
    r.hour_end = -1;
    r.minute_end = r.second_end = 0;
    r.whole_part = false;
    return r;
  }

  std::optional<RawDate> part_of_today(size_t i) const {
    // "later this evening", "earlier tonight": the late or early part of it
    if (auto rp = english_ ? word(i, DateWord::kRelPart) : std::nullopt; rp && rp->end_token > i) {
      auto part = part_of_today(rp->end_token);
      if (!part || !part->whole_part) return std::nullopt;
      part->first = i;
      part_of_span(*part, rp->value == 1 ? 1 : 3);
      return part;
    }
    RawDate r;
    r.kind = RawDate::kRelDay;
    r.first = i;
    if (auto t = word(i, DateWord::kTodayPart)) {
      set_part_span(r, t->value % 100);
      if (t->value >= 100) r.days = -1;  // "anoche": last night, a part of yesterday
      r.end = t->end_token;
      return r;
    }
    if (auto p = word(i, DateWord::kPreMod)) {
      if (auto d = word(p->end_token, DateWord::kDayPart)) {  // "last night": yesterday's
        set_part_span(r, d->value);
        r.days = p->value;
        r.end = d->end_token;
        return r;
      }
    }
    return std::nullopt;
  }

  // "in the morning", "in serata", "por la mañana", "am Abend", "de madrugada": a part of the day
  // with its preposition, as a span of hours.
  std::optional<RawDate> part_alone(size_t i) const {
    if (german_ && ok(i) && t_[i].kind == TokenKind::kWord && dw(i).empty()) {
      if (int part = german_part(t_[i].folded); part >= 100) {  // "spätabends", "frühmorgens"
        RawDate r;
        r.kind = RawDate::kTime;
        r.first = i;
        r.end = i + 1;
        set_part_span(r, part);
        return r;
      }
    }
    if (english_ && english_indefinite_part_word(t_, i))  // "one morning" (date_english_day_parts.h)
      if (auto d = word(i + 1, DateWord::kDayPart); d && d->value != 20) {
        RawDate r;
        r.kind = RawDate::kTime;
        r.first = i + 1;
        r.end = d->end_token;
        set_part_span(r, d->value);
        return r;
      }
    auto p = word(i, DateWord::kPartPrep);
    if (!p) return std::nullopt;
    auto d = word(p->end_token, DateWord::kDayPart);
    if (!d && english_) d = word(p->end_token, DateWord::kPartSet);  // "in the mornings": the part, as the specs read it
    if (!d) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kTime;
    r.first = lang_.substr(0, 2) == "pt" ? p->end_token : i;  // Portuguese leaves "à", "na", "de" out: "à noite"
    r.end = d->end_token;
    set_part_span(r, d->value);
    return r;
  }

  // The beginning (1), middle (2) or end (3) of a span of hours: "early this evening" 16-18,
  // "late afternoon" 14-16, "final de la tarde" 18-20.
  static void part_of_span(RawDate& d, int part) {
    int half = (d.hour_end == 23 ? 24 : d.hour_end) - d.hour;
    if (part == 1) d.hour_end = d.hour + half / 2, d.minute_end = d.second_end = 0;
    if (part == 2) d.hour += half / 4, d.hour_end = d.hour + half / 2, d.minute_end = d.second_end = 0;
    if (part == 3) d.hour += half / 2;
  }

  // The early, middle or late `part` of a part of the day (`day_part`: the part
  // and the token after it) whose words start at token `first`: "late afternoon".
  static RawDate part_of_day_part(size_t first, std::pair<int, size_t> day_part, int part) {
    RawDate d;
    d.kind = RawDate::kTime;
    d.first = first;
    d.end = day_part.second;
    set_part_span(d, day_part.first);
    part_of_span(d, part);
    return d;
  }

  // "in the morning at 7", "la mattina alle 7", "por la tarde a las siete": the part, then the time.
  std::optional<RawDate> part_then_time(size_t i) const {
    auto part = day_part_at(i);
    if (!part) return std::nullopt;
    size_t j = part->second;
    if (mark(j, ",")) ++j;
    auto p = word(j, DateWord::kTimePrep);
    // "in the morning 9 oclock": an English time written out in full needs no "at"
    auto tm = p ? time_at(p->end_token, true) : english_ ? time_at(j, false) : std::nullopt;
    if (!tm) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kTime;
    r.first = i;
    r.end = tm->end;
    r.hour = part_hour(tm->hour, part->first);
    r.minute = tm->minute;
    r.second = tm->second;
    return r;
  }

  // "now", "adesso", "jetzt", "ahora mismo": the anchor's day (and moment when it is known).
  std::optional<RawDate> now_at(size_t i) const {
    auto n = word(i, DateWord::kNow);
    if (!n) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kRelDay;
    r.first = i;
    r.end = n->end_token;
    r.now = true;
    return r;
  }

  // "5 to 6pm", "between 5 and 6 in the afternoon", "dalle 3:00 alle 4:00", "de las 5 a las 6 de la tarde",
  // "von 17 bis 18 Uhr", "entre 4pm et 5pm", "8-9 a.m.": a span of the day.
  // "five to seven today": an English hour in words, read only inside a range (time_range)
  std::optional<TimeOfDay> english_hour_word_in_range(size_t j) const {
    if (!english_ || !ok(j) || t_[j].kind != TokenKind::kWord) return std::nullopt;
    auto v = number_word_value(t_[j].folded, lang_);
    if (!v || !(*v >= 1 && *v <= 12) || *v != std::floor(*v)) return std::nullopt;  // range before the cast
    return TimeOfDay{static_cast<int>(*v), 0, 0, j + 1};
  }
  // "6-8 next Monday", "between 3 and 5 on 1/1/2015": bare English hours are a day's hours when a day
  // named relative to now follows, or, after "between", a day after "on" ("won 6-4 on Sunday" is a score)
  bool english_day_after_hours(size_t k, bool opened) const {
    if (!english_) return false;
    if (auto w = weekday_date(k); w && w->first == k && w->end > k + 1 && w->hour < 0) return true;
    if (!opened || !ok(k) || t_[k].folded != "on") return false;
    if (auto n = numeric(k + 1); n && n->kind == RawDate::kFull && n->hour < 0) return true;
    auto w = weekday_date(k + 1);
    return w && w->hour < 0;
  }

  std::optional<RawDate> time_range(size_t i, bool after_day = false) const {
    size_t j = i;
    // bare hours ("between 3 and 12") need a cue that they are hours; right after a day they are
    bool opened = false, hour_cue = after_day;
    if (auto o = word(i, DateWord::kRangeOpen)) {
      j = o->end_token;
      opened = true;
    } else if (auto p = word(i, DateWord::kTimePrep)) {
      j = p->end_token;
      opened = hour_cue = true;
    }
    if (opened) {
      if (auto a = word(j, DateWord::kDayPrefix)) j = a->end_token;                   // "entre las", "de las"
      else if (auto h = word(j, DateWord::kHourArticle)) j = h->end_token, hour_cue = true;  // "tra le"
      if (auto p = word(j, DateWord::kTimePrep)) j = p->end_token, hour_cue = true;   // "de a las"
    }
    // "between 0730-0930": hours and minutes as four digits, a span only after an opener ("between
    // 2014-2018" are years)
    if (word(i, DateWord::kRangeOpen) && digits(j, 4, 4) && mark(j + 1, "-") && digits(j + 2, 4, 4) &&
        !(year_value(j) && year_value(j + 2)) &&
        !number_continues(j + 3) && !(ok(j + 3) && glued(j + 3) && !mark(j + 3, "?") && !mark(j + 3, ".") &&
                                      !mark(j + 3, ","))) {
      int a = num(j), b = num(j + 2);
      if (a / 100 > 23 || a % 100 > 59 || b / 100 > 23 || b % 100 > 59) return std::nullopt;
      RawDate r;
      r.kind = RawDate::kTime;
      r.first = i;
      r.end = j + 3;
      r.hour = a / 100, r.minute = a % 100;
      r.hour_end = b / 100, r.minute_end = b % 100;
      if (r.hour_end * 60 + r.minute_end < r.hour * 60 + r.minute && r.hour_end < 12) r.hour_end += 12;  // runs forward
      return r;
    }
    auto t1 = time_at(j, true);
    if (!t1) t1 = english_hour_word_in_range(j);
    if (!t1) return std::nullopt;
    // "entre 14 et 16", "between 3 and 5": after an opener the joiner ends the first hour, though
    // "14 et 16" alone reads as 14:16
    if (word(i, DateWord::kRangeOpen) && digits(j, 1, 2) && num(j) <= 24 && t1->end > j + 1 && !glued(j + 1) &&
        word(j + 1, DateWord::kRangeTo) && time_at(word(j + 1, DateWord::kRangeTo)->end_token, true))
      t1 = TimeOfDay{num(j), 0, 0, j + 1};
    size_t k = t1->end;
    int part1 = -1;
    if (auto part = day_part_at(k)) {  // "5 du matin et 6 apres-midi"
      part1 = part->first;
      k = part->second;
    }
    size_t m = 0;
    bool dash = mark(k, "-") && glued(k) && glued(k + 1);
    if (auto to = word(k, DateWord::kRangeTo)) {
      m = to->end_token;
    } else if (auto p = word(k, DateWord::kTimePrep); p && opened) {
      m = p->end_token;
      hour_cue = true;  // "de las 5 a las 6"
    } else {
      return std::nullopt;
    }
    if (!dash) {
      if (auto a = word(m, DateWord::kDayPrefix)) m = a->end_token;
      else if (auto h = word(m, DateWord::kHourArticle)) m = h->end_token, hour_cue = true;
      if (auto p = word(m, DateWord::kTimePrep)) m = p->end_token, hour_cue = true;
    }
    auto t2 = time_at(m, true, dash);
    if (!t2) t2 = english_hour_word_in_range(m);
    if (!t2) return std::nullopt;
    // "at 02-02-2020": numbers chained on by another dash or slash are a date, no hours
    if (dash && (mark(t2->end, "-") || mark(t2->end, "/")) && glued(t2->end) && glued(t2->end + 1) &&
        digits(t2->end + 1, 1, 4))
      return std::nullopt;
    bool explicit_form = t1->explicit_form || t2->explicit_form || part1 >= 0 || day_part_at(t2->end) ||
                         part_of_today(t2->end) ||  // "between 7 and 9 last night"
                         word(t2->end, DateWord::kRelDay);  // "five to seven today", "de 5 a 7 aujourd'hui"
    if (!explicit_form && !hour_cue &&
        !(t1->hour < t2->hour && english_day_after_hours(t2->end, word(i, DateWord::kRangeOpen).has_value())))
      return std::nullopt;
    // English hours in words only before the day or part they belong to ("five to seven today"; alone 6:55)
    if ((!t1->explicit_form && english_hour_word_in_range(j) && !time_at(j, true)) ||
        (!t2->explicit_form && english_hour_word_in_range(m) && !time_at(m, true, dash)))
      if (!day_part_at(t2->end) && !part_of_today(t2->end) && !word(t2->end, DateWord::kRelDay)) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kTime;
    r.first = i;
    r.end = t2->end;
    r.hour = t1->hour, r.minute = t1->minute, r.second = t1->second;
    r.hour_end = t2->hour, r.minute_end = t2->minute, r.second_end = t2->second;
    if (part1 >= 0) r.hour = part_hour(r.hour, part1);
    if (auto part = day_part_at(r.end)) {
      r.hour_end = part_hour(r.hour_end, part->first);
      if (part1 < 0) r.hour = part_hour(r.hour, part->first);
      r.end = part->second;
    }
    // "5 to 6pm": the second time's half of the day carries over to the first
    if (!t1->meridiem && part1 < 0 && t2->meridiem > 0 && r.hour < 12 && r.hour + 12 <= r.hour_end) r.hour += 12;
    // "from 10:30 to 3": a span runs forward, so the end is in the afternoon
    if (!t2->meridiem && r.hour_end < 12 && r.hour_end * 60 + r.minute_end < r.hour * 60 + r.minute &&
        (r.hour_end + 12) * 60 + r.minute_end > r.hour * 60 + r.minute)
      r.hour_end += 12;
    return r;
  }

  static std::string timex_time(int hour, int minute) {
    char buf[16];
    if (minute) std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
    else std::snprintf(buf, sizeof buf, "T%02d", hour);
    return buf;
  }

  // Recurring times: "daily", "every two days", "ogni lunedì alle 4pm", "cada semana", "tous les jours".
  std::optional<RawDate> set_at(size_t i) const {
    RawDate r;
    r.kind = RawDate::kSet;
    r.first = i;
    static const char* kUnitLetter[] = {"D", "W", "M", "Y", "WE"};
    // "three weekends", "two nights": counted, the plural is an amount of time (a duration), no set
    const bool counted = ok(i) && i > 0 && !t_[i].newline_before &&
                         (digits(i - 1, 1, 3) || number_word_value(t_[i - 1].folded, lang_).has_value());
    if (auto a = word(i, DateWord::kSetAdverb); a && a->value >= 0 && a->value <= 7 && a->value != 5 && !counted) {
      // daily .. yearly, weekends; quarterly P3M, semi-annually P0.5Y
      r.set = a->value == 6 ? "P3M" : a->value == 7 ? "P0.5Y" : std::string("P1") + kUnitLetter[a->value];
      r.end = a->end_token;
      size_t t = r.end;  // "everyday 6am", "daily at 9:30": the time recurs (T06)
      bool prep = false;
      if (auto p = word(t, DateWord::kTimePrep)) t = p->end_token, prep = true;
      if (auto tm = a->value == 0 ? time_at(t, prep) : std::nullopt) {
        r.set = timex_time(tm->hour, tm->minute);
        r.end = tm->end;
      }
      return r;
    }
    // A time after a recurring day or part: "at 9am" T09, "at 17.30" T17:30; or a part: "afternoons" TAF.
    auto recurring_time = [&](size_t t, RawDate& rr) {
      bool prep = false;
      if (auto p = word(t, DateWord::kTimePrep)) t = p->end_token, prep = true;
      if (auto tm = time_at(t, prep)) {
        rr.set += timex_time(tm->hour, tm->minute);
        rr.end = tm->end;
      }
    };
    auto part_code = [](int part) {
      return part == 8 ? "TMO" : part == 12 ? "TAF" : part == 16 ? "TEV" : part == 20 ? "TNI" : "TMO";
    };
    if (auto ws = word(i, DateWord::kWeekdaySet)) {  // "Mondays", "tuesdays at 9am", "immer mittwochs"
      r.set = "XXXX-WXX-" + std::to_string(ws->value);
      r.end = ws->end_token;
      if (auto ps = word(r.end, DateWord::kPartSet)) {
        r.set += part_code(ps->value);
        r.end = ps->end_token;
      } else {
        recurring_time(r.end, r);
      }
      return r;
    }
    if (auto w = word(i, DateWord::kWeekday)) {  // "friday mornings"
      if (auto ps = word(w->end_token, DateWord::kPartSet)) {
        r.set = "XXXX-WXX-" + std::to_string(w->value) + part_code(ps->value);
        r.end = ps->end_token;
        return r;
      }
    }
    if (auto ps = word(i, DateWord::kPartSet); ps && !counted) {  // "mornings"
      r.set = part_code(ps->value);
      r.end = ps->end_token;
      return r;
    }
    auto e = word(i, DateWord::kEvery);
    if (!e) return std::nullopt;
    size_t j = e->end_token;
    if (auto dp = word(j, DateWord::kDayPart)) {  // "every morning" TMO; "every evening at 7:13 p.m." T19:13
      r.set = part_code(dp->value);
      r.end = dp->end_token;
      size_t t = r.end;
      bool prep = false;
      if (auto p = word(t, DateWord::kTimePrep)) t = p->end_token, prep = true;
      if (auto tm = time_at(t, prep)) {
        r.set = timex_time(part_hour(tm->hour, dp->value), tm->minute);
        r.end = tm->end;
      }
      return r;
    }
    double amount = e->value > 0 ? e->value : 1;  // "every other day": two
    size_t k = j;
    if (auto n = number_at(j); n && !n->glued_unit && n->value >= 1 && n->value < 1000) {
      amount = n->value;
      k = n->end_token;
    }
    if (auto u = word(k, DateWord::kUnit); u && (u->value <= 4 || u->value == 6)) {
      char num[32];
      std::snprintf(num, sizeof num, "%g", u->value == 6 ? amount * 3 : amount);
      r.set = std::string("P") + num + (u->value == 6 ? "M" : kUnitLetter[u->value]);
      r.end = u->end_token;
      if (u->value == 0 && amount == 1) {  // "every day at 7:13 p.m.": the time recurs
        size_t t = r.end;
        bool prep = false;
        if (auto p = word(t, DateWord::kTimePrep)) t = p->end_token, prep = true;
        if (auto tm = time_at(t, prep)) {
          int hour = tm->hour;
          r.end = tm->end;
          if (auto part = day_part_at(r.end); part && !tm->meridiem) {  // "jeden Tag um 3 Uhr nachmittags" T15
            hour = part_hour(hour, part->first);
            r.end = part->second;
          }
          r.set = timex_time(hour, tm->minute);
        }
      }
      return r;
    }
    std::optional<DateWordMatch> w = word(k, DateWord::kWeekday);  // "every Monday", "cada dos viernes"
    if (!w) w = word(k, DateWord::kWeekdaySet);                      // "tous les lundis"
    if (w) {
      r.set = "XXXX-WXX-" + std::to_string(w->value);
      r.end = w->end_token;
      size_t t = r.end;
      bool prep = false;
      if (auto p = word(t, DateWord::kTimePrep)) t = p->end_token, prep = true;
      if (auto tm = time_at(t, prep)) {
        r.set += timex_time(tm->hour, tm->minute);
        r.end = tm->end;
      }
      return r;
    }
    return std::nullopt;
  }

  // "Sep-23-2020", "2020/Sep/23", "September-2020-23", "23-2020-September", "2019-aug-1": a month
  // name among numbers joined by one separator.
  std::optional<RawDate> mixed_numeric(size_t i) const {
    if (!ok(i) || preceded_by_number(i)) return std::nullopt;
    int y = 0, m = 0, d = 0;
    size_t j = i;
    std::string sep;
    for (int part = 0; part < 3; ++part) {
      if (part > 0) {
        if (!(mark(j, "-") || mark(j, "/")) || !glued(j) || !glued(j + 1)) return std::nullopt;
        if (part == 1) sep = t_[j].folded;
        else if (t_[j].folded != sep) return std::nullopt;
        ++j;
      }
      if (auto mo = month_at(j, true); mo && !m) {
        m = mo->first;
        j = mo->second;
        if (mark(j, ".") ) return std::nullopt;
      } else if (int yv = year_value(j); yv && !y) {
        y = yv;
        ++j;
      } else if (digits(j, 1, 2) && !d) {
        d = num(j);
        ++j;
      } else {
        return std::nullopt;
      }
    }
    if (!y || !m || !d || !valid(y, m, d) || number_continues(j)) return std::nullopt;
    if (ok(j) && glued(j) && t_[j].kind != TokenKind::kMark) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kFull;
    r.first = i;
    r.end = j;
    r.y = y, r.m = m, r.d = d;
    return r;
  }

  // "Monday 21", "sexta-feira 13", "Mon 13th", "tuesday the eleventh": the latest day with that
  // number that falls on that weekday (kDayOnly with a weekday).
  // "le 25 mardi", "le vingt-cinq mardi": an article, the day, then its weekday
  std::optional<RawDate> day_then_weekday(size_t i) const {
    auto p = word(i, DateWord::kDayPrefix);
    if (!p || p->end_token != i + 1) return std::nullopt;
    size_t k = p->end_token;
    auto day = day_at(k, false);
    if (!day || (t_[k].kind == TokenKind::kDigits && (number_continues(k + 1) || !digits(k, 1, 2))))
      return std::nullopt;
    auto w = word(day->second, DateWord::kWeekday);
    if (!w) return std::nullopt;
    size_t e = w->end_token;
    if (ok(e) && (t_[e].kind == TokenKind::kDigits || month_at(e, true))) return std::nullopt;  // "le 25 mardi 3 mars"
    RawDate r;
    r.kind = RawDate::kDayOnly;
    r.first = i;
    r.end = e;
    r.d = day->first;
    r.weekday = w->value;
    return r;
  }

  std::optional<RawDate> weekday_day(size_t i) const {
    auto w = word(i, DateWord::kWeekday);
    if (!w) w = word(i, DateWord::kWeekdayAbbr);
    if (!w) return std::nullopt;
    size_t k = w->end_token;
    if (mark(k, ".") && glued(k)) ++k;
    if (mark(k, ",")) ++k;
    if (auto n = word(k, DateWord::kDayNoun)) k = n->end_token;  // "martes el día once"
    else if (auto p = word(k, DateWord::kDayPrefix)) k = p->end_token;
    auto day = day_at(k, false);
    if (!day || (t_[k].kind == TokenKind::kDigits && (number_continues(k + 1) || preceded_by_number(k))))
      return std::nullopt;
    size_t e = day->second;
    // "Sunday 3 goals": the number must end the phrase, or a time of that day follow ("tues the 4th 7pm",
    // "Monday 21 between 9:30 and 3:00 pm")
    auto time_follows = [&] {
      if (!english_) return false;
      auto range = time_range(e);
      return time_at(e, false).has_value() || (range && range->hour_end >= 0);
    };
    if (ok(e) && t_[e].kind != TokenKind::kMark && !word(e, DateWord::kTimePrep) && !time_follows()) return std::nullopt;
    if (ok(e) && (mark(e, "/") || mark(e, ".") || mark(e, "-")) && glued(e) && ok(e + 1) && glued(e + 1) &&
        t_[e + 1].kind == TokenKind::kDigits)
      return std::nullopt;
    RawDate r;
    r.kind = RawDate::kDayOnly;
    r.first = i;
    r.end = e;
    r.d = day->first;
    r.weekday = w->value;
    return r;
  }

  // "3 days after Christmas", "two days after today", "2 weeks before May 13 1999",
  // "tres semanas a partir de mañana": a date moved by an amount.
  std::optional<RawDate> shift_from(size_t i) const {
    double amount = 0;
    int unit = 0;
    long extra = 0;
    size_t end = 0;
    if (!amount_units(i, amount, unit, extra, end) || extra) return std::nullopt;
    auto f = word(end, DateWord::kShiftFrom);
    if (!f) return std::nullopt;
    size_t b = f->end_token;
    std::optional<RawDate> base;
    for (auto cand : {numeric(b), day_month(b), month_day(b), relative(b), weekday_date(b), holiday(b)}) {
      if (cand && cand->end > b && cand->first == b && (!base || cand->end > base->end) &&
          (cand->kind == RawDate::kFull || cand->kind == RawDate::kDayMonth || cand->kind == RawDate::kRelDay ||
           cand->kind == RawDate::kWeekday || cand->kind == RawDate::kHoliday))
        base = cand;
    }
    if (!base || base->now) {
      if (!word(b, DateWord::kNow)) return std::nullopt;
      base = now_at(b);  // "3 days from now"
    }
    RawDate r = *base;
    r.first = i;
    r.shift_unit = unit;
    r.shift_amount = f->value * amount;
    // "more than 2 weeks before today", "less than 3 days after tomorrow": a range beyond or within the shift
    for (size_t back = 1; back <= 2 && back <= i; ++back)
      if (auto c = word(i - back, DateWord::kCompare); c && c->end_token == i) {
        r.first = i - back;
        r.shift_compared = c->value;
        break;
      }
    return r;
  }

  // "next week Monday", "Monday of next week", "el lunes de la semana siguiente",
  // "la prossima settimana di martedì", "nächste Woche Montag": a weekday in a named week.
  std::optional<RawDate> week_weekday(size_t i) const {
    auto week_at = [&](size_t j) -> std::optional<RawDate> {
      auto r = relative(j);
      if (r && r->kind == RawDate::kRelUnit && r->unit == 1) return r;
      return std::nullopt;
    };
    auto weekday_at = [&](size_t j) -> std::optional<DateWordMatch> {
      if (auto w = word(j, DateWord::kWeekday)) return w;
      return word(j, DateWord::kWeekdayAbbr);
    };
    RawDate r;
    r.kind = RawDate::kWeekday;
    r.has_mod = true;
    r.first = i;
    if (auto wk = week_at(i)) {
      size_t k = wk->end;
      if (mark(k, "-") || mark(k, ",")) ++k;
      if (auto o = word(k, DateWord::kWeekOf)) k = o->end_token;
      if (auto w = weekday_at(k)) {
        r.mod = wk->mod;
        r.weekday = w->value;
        r.end = w->end_token;
        return r;
      }
      return std::nullopt;
    }
    size_t k = i;
    if (auto d = word(k, DateWord::kDayPrefix); d && weekday_at(d->end_token)) k = d->end_token;
    auto w = weekday_at(k);
    if (!w) return std::nullopt;
    size_t o = w->end_token;
    auto of = word(o, DateWord::kWeekOf);
    if (!of) return std::nullopt;
    size_t q = of->end_token;
    if (auto d = word(q, DateWord::kDayPrefix)) q = d->end_token;  // "de la semana", "of the"
    auto wk = week_at(q);
    if (!wk) wk = week_at(of->end_token);
    if (!wk) return std::nullopt;
    r.mod = wk->mod;
    r.weekday = w->value;
    r.end = wk->end;
    return r;
  }

  // The period after "first week of", "end of": a month [year], a year, or "this/next/last
  // week|month|year". Sets base, m, y, mod in r; returns the end token.
  std::optional<size_t> period_base(size_t j, RawDate& r) const {
    std::optional<DateWordMatch> d = word(j, DateWord::kDayPrefix);  // "of the", "de la", "de l'"
    if (!d) d = word(j, DateWord::kDefArticle);                        // "Ende des Monats"
    if (d) {
      size_t k = d->end_token;
      if (mark(k, "'") || mark(k, "\u2019")) ++k;
      if (auto rest = period_base(k, r)) return rest;
    }
    if (auto mo = month_at(j, true)) {
      r.base = 'M';
      r.m = mo->first;
      size_t e = mo->second;
      size_t y = skip_filler(e);
      if (int yv = year_value(y); yv && !number_continues(y + 1)) {
        r.y = yv;
        e = y + 1;
      }
      return e;
    }
    if (int yv = year_value(j); yv && !number_continues(j + 1)) {
      r.base = 'Y';
      r.y = yv;
      return j + 1;
    }
    if (auto rel = relative(j); rel && rel->kind == RawDate::kRelUnit && rel->unit >= 1 && rel->unit <= 3) {
      r.base = rel->unit == 1 ? 'W' : rel->unit == 2 ? 'M' : 'Y';
      r.mod = rel->mod;
      r.m = 0;
      return rel->end;
    }
    if (auto u = word(j, DateWord::kUnit); u && (u->value == 1 || u->value == 2 || u->value == 3)) {
      r.base = u->value == 1 ? 'W' : u->value == 2 ? 'M' : 'Y';  // "end of month", "fin de mes": the anchor's
      r.mod = 0;
      return u->end_token;
    }
    return std::nullopt;
  }

  // A modifier or unit at i ("dieses", "nächsten", "Jahr"): a period named relative to the anchor may start there.
  bool may_start_relative(size_t i) const { return word(i, DateWord::kPreMod) || word(i, DateWord::kUnit); }

  // "the first week of July", "la última semana de 2016", "il secondo trimestre del 2017",
  // "end of the month", "mediados de noviembre", "Anfang nächsten Jahres", "mid-november".
  std::optional<RawDate> period(size_t i) const {
    RawDate r;
    r.kind = RawDate::kPeriod;
    r.first = i;
    size_t j = i;
    // German may put the part after the period: "dieses Jahr später", "dieses Jahr früh(er)" (not cut
    // at the anchor: the specs read them as the halves)
    if (german_ && may_start_relative(i)) {
      RawDate probe;
      if (auto e = period_base(i, probe); e && !probe.y && !probe.m && (probe.base == 'W' || probe.base == 'M' || probe.base == 'Y'))
        if (auto rp = word(*e, DateWord::kRelPart)) {
          r.base = probe.base;
          r.mod = probe.mod;
          r.part = rp->value == 1 ? 1 : 3;
          r.end = rp->end_token;
          return r;
        }
    }
    const bool spanish = lang_.substr(0, 2) == "es";
    if (auto d = word(j, DateWord::kDayPrefix)) {  // "the", "la", "l'"
      j = d->end_token;
      if ((mark(j, "'") || mark(j, "\u2019")) && glued(j)) ++j;  // "l'ultima settimana di luglio"
    } else if (auto n = word(j, DateWord::kYearPrep);
               n && lang_.substr(0, 2) == "pt" &&
               (word(n->end_token, DateWord::kOrdinalWord) ||
                (digits(n->end_token, 1, 2) && glued(n->end_token + 1) && word(n->end_token + 1, DateWord::kOrdinal)))) {
      j = n->end_token;  // "na primeira semana de 2021", "no 9o mês do próximo ano"
    }
    if (auto o = word(j, DateWord::kOrdinalWord)) {
      r.ord = o->value;
      j = o->end_token;
    } else if (digits(j, 1, 1) && ok(j + 1) && glued(j + 1) && word(j + 1, DateWord::kOrdinal)) {
      r.ord = num(j);  // "3rd week", "3ª semana"
      j = word(j + 1, DateWord::kOrdinal)->end_token;
    } else if (auto rp = word(i, DateWord::kRelPart)) {
      // "later this year", "earlier in the week", "más tarde de este mes", "plus tard cette semaine":
      // the end (or beginning) of a week, month or year named relative to the anchor, cut at it
      j = rp->end_token;
      if (auto dp = day_part_at(j)) {  // "later in the afternoon" 14-16, "más tarde en la tarde" 18-20
        return part_of_day_part(i, *dp, rp->value == 1 ? 1 : 3);
      }
      if (auto f = word(j, DateWord::kFiller)) j = f->end_token;
      else if (auto y = word(j, DateWord::kYearPrep)) j = y->end_token;
      RawDate probe;
      auto e = period_base(j, probe);
      if (!e || !(probe.base == 'W' || probe.base == 'M' || probe.base == 'Y') || probe.y || probe.m) return std::nullopt;
      r.base = probe.base;
      r.mod = probe.mod;
      r.part = rp->value == 1 ? 1 : 3;
      r.clamp = true;
      r.end = *e;
      return r;
    } else if (auto p = word(i, DateWord::kPeriodPart)) {
      r.part = p->value;
      j = p->end_token;
      if (mark(j, "-") && glued(j)) ++j;  // "mid-november"
      if (auto f = word(j, DateWord::kFiller)) j = f->end_token;
      if (auto today = part_of_today(j)) {  // "early this evening" 16-18, "late this morning" 10-12
        RawDate d = *today;
        d.first = i;
        part_of_span(d, r.part);
        return d;
      }
      if (auto dp = day_part_at(j)) {  // "late afternoon" 14-16, "early in the morning" 8-10
        return part_of_day_part(i, *dp, r.part);
      }
      auto e = period_base(j, r);
      if (!e) {
        if (r.part != 3) return std::nullopt;
        // "end of tomorrow", "fin de dimanche", "end of the day": that day's last second
        std::optional<RawDate> d = relative(j);
        if (!d || d->kind != RawDate::kRelDay) d = weekday_date(j);
        if (!d) {
          size_t k = j;
          if (auto a = word(k, DateWord::kDayPrefix)) k = a->end_token;
          if (auto u = word(k, DateWord::kUnit); u && u->value == 0) {
            d = RawDate{};
            d->kind = RawDate::kRelDay;
            d->end = u->end_token;
          } else if (auto w = weekday_date(k)) {
            d = w;
          }
        }
        if (!d || d->end <= j) return std::nullopt;
        d->first = i;
        d->hour = 23, d->minute = 59, d->second = 59;
        return d;
      }
      r.end = *e;
      if (spanish && t_[i].folded == "al") r.first = i + 1;  // "final de año"; a day keeps it: "al final de mañana"
      return r;
    } else {
      return std::nullopt;
    }
    auto u = word(j, DateWord::kUnit);
    if (!u || !(u->value == 1 || u->value == 2 || u->value == 6 || u->value == 7)) return std::nullopt;
    r.punit = u->value;  // weeks, months ("the third month of 2021"), quarters, halves
    j = u->end_token;
    size_t k = j;
    if (auto f = word(k, DateWord::kFiller)) k = f->end_token;
    else if (auto o = word(k, DateWord::kWeekOf)) k = o->end_token;
    else if (mark(k, "-") && glued(k) && glued(k + 1) && digits(k + 1, 4, 4)) ++k;  // "1º trimestre-2019"
    auto e = period_base(k, r);
    if (!e && !english_ && (r.punit == 6 || r.punit == 7) && k == j) {  // "el segundo semestre": the anchor's year
      r.base = 'Y';
      r.mod = 0;
      e = j;
    }
    if (!e) return std::nullopt;
    if (r.punit != 1 && r.base != 'Y') return std::nullopt;  // quarters and halves of a year
    r.end = *e;
    return r;
  }

  // "the first 2 weeks of 2021", "the last four months of 2021", "los primeros diez días del último año",
  // "as últimas 3 semanas deste ano": a number of days, weeks or months at the start or end of a period.
  std::optional<RawDate> units_of_period(size_t i) const {
    RawDate r;
    r.kind = RawDate::kPeriod;
    r.first = i;
    size_t j = i;
    auto which = [&](size_t k) -> std::optional<std::pair<int, size_t>> {
      if (auto o = word(k, DateWord::kOrdinalWord); o && (o->value == 1 || o->value == -1))
        return std::make_pair(o->value, o->end_token);
      if (auto l = word(k, DateWord::kLastN)) return std::make_pair(-1, l->end_token);
      return std::nullopt;
    };
    auto w = which(j);
    if (!w) {
      auto d = word(j, DateWord::kDayPrefix);
      if (!d && lang_.substr(0, 2) == "pt") d = word(j, DateWord::kYearPrep);  // "nos primeiros dez dias"
      if (!d || !(w = which(d->end_token))) return std::nullopt;
    }
    r.ord = w->first;
    j = w->second;
    auto n = number_at(j);
    if (!n || n->glued_unit || n->value < 1 || n->value > 366 || n->value != static_cast<int>(n->value))
      return std::nullopt;
    auto u = word(n->end_token, DateWord::kUnit);
    if (!u || u->value > 2) return std::nullopt;
    size_t k = u->end_token;
    if (auto f = word(k, DateWord::kFiller)) k = f->end_token;
    else if (auto o = word(k, DateWord::kWeekOf)) k = o->end_token;
    else return std::nullopt;
    auto e = period_base(k, r);
    if (!e || r.base == 'W') return std::nullopt;
    r.count = static_cast<int>(n->value);
    r.count_unit = u->value;
    r.end = *e;
    return r;
  }

  // "Q1 2019", "2019 Q1", "2017-q1", "q3 of 2018", "2019-H2", "2017 T1": a quarter or half of a year
  // named by a letter and its number.
  std::optional<RawDate> lettered_period(size_t i) const {
    auto letter_at = [&](size_t k) -> std::optional<std::pair<int, int>> {  // (ord, punit), end is k + 2
      auto l = word(k, DateWord::kPeriodLetter);
      if (!l || l->end_token != k + 1 || !digits(k + 1, 1, 1) || !glued(k + 1)) return std::nullopt;
      if (ok(k + 2) && glued(k + 2) && t_[k + 2].kind != TokenKind::kMark) return std::nullopt;
      int n = num(k + 1), most = l->value == 3 ? 4 : 2;
      if (n < 1 || n > most) return std::nullopt;
      return std::make_pair(n, l->value == 3 ? 6 : 7);
    };
    RawDate r;
    r.kind = RawDate::kPeriod;
    r.base = 'Y';
    r.first = i;
    if (auto l = letter_at(i)) {  // letter first, then the year
      size_t y = i + 2;
      if (mark(y, "-") && glued(y) && glued(y + 1)) ++y;
      else if (auto f = word(y, DateWord::kFiller)) y = f->end_token;
      int yv = year_value(y);
      if (!yv || number_continues(y + 1)) return std::nullopt;
      r.ord = l->first, r.punit = l->second, r.y = yv, r.end = y + 1;
      return r;
    }
    int yv = year_value(i);
    if (!yv || preceded_by_number(i)) return std::nullopt;
    size_t k = i + 1;
    if (mark(k, "-") && glued(k) && glued(k + 1)) ++k;
    else if (glued(k)) return std::nullopt;
    auto l = letter_at(k);
    if (!l) return std::nullopt;
    r.ord = l->first, r.punit = l->second, r.y = yv, r.end = k + 2;
    return r;
  }

  // "quarter to 4", "20 min past eight", "half past seven", "Viertel nach 8", "5 minuti alle 4",
  // "15 para as 8", German "halb 8" (7:30) and "dreiviertel 8" (7:45): minutes before or after an hour.
  std::optional<RawDate> minutes_to_hour(size_t i) const {
    int minutes = 0;
    size_t k = i;
    bool fraction = false, unit = false;
    if (auto f = word(i, DateWord::kClockFraction)) {
      minutes = f->value;
      k = f->end_token;
      fraction = true;
    } else if (auto n = number_at(i); n && !n->glued_unit && n->value >= 1 && n->value < 60 &&
                                      n->value == static_cast<int>(n->value)) {
      minutes = static_cast<int>(n->value);
      k = n->end_token;
      if (auto u = word(k, DateWord::kDurUnit); u && u->value == 60) k = u->end_token, unit = true;
    } else {
      return std::nullopt;
    }
    int dir = 0;
    if (auto to = word(k, DateWord::kMinuteTo)) dir = -1, k = to->end_token;
    else if (auto past = word(k, DateWord::kMinutePast)) dir = 1, k = past->end_token;
    else if (german_ && fraction) dir = -2;  // "halb 8": half way to eight
    else return std::nullopt;
    // "20 to 30 people", "dalle 3 alle 5": bare minutes before an hour only in Portuguese ("15 para as 8")
    if (!fraction && !unit && dir == -1 && lang_.substr(0, 2) != "pt") return std::nullopt;
    int hour = -1;
    size_t e = k;
    size_t mer_end = 0;
    if (digits(k, 1, 2) && !number_continues(k + 1) &&
        !(ok(k + 1) && glued(k + 1) && t_[k + 1].kind == TokenKind::kWord && !meridiem(k + 1, mer_end))) {
      hour = num(k);
      e = k + 1;
    } else if (auto n = number_at(k); n && n->words && !n->glued_unit && n->value >= 0 && n->value <= 24 &&
                                      n->value == std::floor(n->value)) {
      hour = static_cast<int>(n->value);
      e = n->end_token;
    }
    if (hour < 0 || hour > 24) return std::nullopt;
    if (auto o = word(e, DateWord::kOclock)) e = o->end_token;
    RawDate r;
    r.kind = RawDate::kTime;
    r.first = i;
    r.end = e;
    size_t me = e;
    if (int mer = meridiem(e, me)) {
      if (hour < 1 || hour > 12) return std::nullopt;
      if (mer > 0 && hour < 12) hour += 12;
      if (mer < 0 && hour == 12) hour = 0;
      r.end = me;
    }
    if (dir == 1) {
      r.hour = hour % 24, r.minute = minutes;
    } else {
      r.hour = (hour + 23) % 24, r.minute = 60 - minutes;
      if (dir == -2) r.minute = minutes;  // "halb 8" 7:30, "viertel 8" 7:15, "dreiviertel 8" 7:45
    }
    return r;
  }

  // "the week of April 10th", "the week beginning February 4", "la semana de 10 de abril",
  // "la semana que comienza el 4 de febrero": the week (Monday to Sunday) that holds a day.
  std::optional<RawDate> week_of(size_t i) const {
    size_t j = i;
    if (auto d = word(j, DateWord::kDayPrefix)) j = d->end_token;
    auto u = word(j, DateWord::kUnit);
    if (!u || u->value != 1) return std::nullopt;
    size_t k = u->end_token;
    if (auto s = word(k, DateWord::kWeekStart)) k = s->end_token;
    else if (auto f = word(k, DateWord::kFiller)) k = f->end_token;
    else if (auto o = word(k, DateWord::kWeekOf)) k = o->end_token;
    else return std::nullopt;
    std::optional<RawDate> day;
    for (auto cand : {numeric(k), day_month(k), month_day(k)})
      if (cand && cand->first == k && cand->hour < 0 && (cand->kind == RawDate::kFull || cand->kind == RawDate::kDayMonth) &&
          !cand->day_last && (!day || cand->end > day->end))
        day = cand;
    if (!day) return std::nullopt;
    day->first = i;
    day->week_of = true;
    return day;
  }

  // "la década de 1990", "the 1990s", "los años 90", "gli anni '80".
  std::optional<RawDate> decade(size_t i) const {
    RawDate r;
    r.kind = RawDate::kPeriod;
    r.base = 'D';
    r.first = i;
    // "1990s", "1990 s", "90s", "90 s": a decade; two digits are the 1900s' (as "anni 90")
    auto plural_s = [&](size_t j) {
      return ok(j) && t_[j].folded == "s" &&
             (glued(j) || !ok(j + 1) || t_[j + 1].kind == TokenKind::kMark || t_[j + 1].newline_before);
    };
    if (int yv = year_value(i); yv && yv % 10 == 0 && plural_s(i + 1)) {
      r.y = yv;
      r.end = i + 2;
      return r;
    }
    if (digits(i, 2, 2) && num(i) % 10 == 0 && !preceded_by_number(i) && plural_s(i + 1)) {
      r.y = 1900 + num(i);
      r.end = i + 2;
      return r;
    }
    if (english_ && ok(i)) {  // "the nineties"
      static const std::pair<std::string_view, int> kTens[] = {{"twenties", 20}, {"thirties", 30}, {"forties", 40},
                                                               {"fifties", 50},  {"sixties", 60},  {"seventies", 70},
                                                               {"eighties", 80}, {"nineties", 90}};
      for (auto& [w, v] : kTens)
        if (t_[i].folded == w) {
          r.y = 1900 + v;
          r.end = i + 1;
          return r;
        }
    }
    auto d = word(i, DateWord::kDecadeNoun);
    if (!d) return std::nullopt;
    size_t j = d->end_token;
    if (auto f = word(j, DateWord::kFiller)) j = f->end_token;
    if (mark(j, "'") || mark(j, "\u2019")) ++j;
    if (int yv = year_value(j); yv && yv % 10 == 0 && !number_continues(j + 1)) {
      r.y = yv;
      r.end = j + 1;
      return r;
    }
    if (digits(j, 2, 2) && num(j) % 10 == 0 && !number_continues(j + 1)) {
      r.y = 1900 + num(j);
      r.end = j + 1;
      return r;
    }
    // "los años noventa", "les années quatre-vingt-dix": the tens in words
    if (auto n = number_at(j); n && n->words && !n->article_only && n->value >= 20 && n->value <= 90 &&
                               static_cast<int>(n->value) % 10 == 0 && n->value == static_cast<int>(n->value)) {
      r.y = 1900 + static_cast<int>(n->value);
      r.end = n->end_token;
      return r;
    }
    return std::nullopt;
  }

  // "Christmas", "Ostermontag 2019", "día del trabajador", "Pfingsten im Jahr 2022", "Fastnachtssonntag
  // im nächsten Jahr", "next Easter": a holiday, in the year given or nearest the anchor.
  std::optional<RawDate> holiday(size_t i) const {
    RawDate r;
    r.kind = RawDate::kHoliday;
    r.first = i;
    size_t j = take_pre_mod(i, r);
    std::optional<DateWordMatch> h = word(j, DateWord::kHoliday);
    if (h) {
      r.holiday = h->value;
    } else if ((h = word(j, DateWord::kEasterDay))) {
      r.holiday = h->value;
      r.easter = true;
    } else {
      return std::nullopt;
    }
    r.end = h->end_token;
    size_t y = r.end;
    if (auto f = word(y, DateWord::kFiller)) y = f->end_token;
    else if (auto p = word(y, DateWord::kYearPrep)) y = p->end_token;
    if (auto n = word(y, DateWord::kYearNoun)) y = n->end_token;
    if (int yv = year_value(y); yv && !number_continues(y + 1)) {
      r.y = yv;
      r.end = y + 1;
    } else if (auto rel = relative(y); rel && rel->kind == RawDate::kRelUnit && rel->unit == 3 && !r.has_mod) {
      r.mod = rel->mod;  // "im nächsten Jahr", "of this year"
      r.has_mod = true;
      r.d = 1;           // the year, not the occurrence, moves
      r.end = rel->end;
    }
    return r;
  }

  // "dia 12", "el día 18", "il giorno 5": a day of the anchor's month (or the month before).
  std::optional<RawDate> day_of_month(size_t i) const {
    auto n = word(i, DateWord::kDayNoun);
    if (!n) return std::nullopt;
    size_t k = n->end_token;
    if (!digits(k, 1, 2) || number_continues(k + 1) || (ok(k + 1) && glued(k + 1) && t_[k + 1].kind != TokenKind::kMark))
      return std::nullopt;
    int d = num(k);
    if (d < 1 || d > 31) return std::nullopt;
    size_t e = k + 1;
    if ((mark(e, "/") || mark(e, "-") || mark(e, ".")) && glued(e) && digits(e + 1) && glued(e + 1))
      return std::nullopt;  // "dia 17/11": numeric's
    if (auto o = word(e, DateWord::kOrdinal); o && glued(e)) e = o->end_token;
    if (ok(e) && t_[e].kind == TokenKind::kWord && !word(e, DateWord::kTimePrep) && !word(e, DateWord::kRangeTo))
      return std::nullopt;  // "il giorno 5 di marzo" is day_month's; "dia 12 pessoas" no date
    RawDate r;
    r.kind = RawDate::kDayOnly;
    r.first = i;
    r.end = e;
    r.d = d;
    return r;
  }

  // "2014-2018", "between 2014-2018", "from 2014~2018", "de 2014 ~ 2018": two years joined by a dash.
  std::optional<RawDate> year_span(size_t i) const {
    size_t j = i;
    if (auto o = word(i, DateWord::kRangeOpen)) j = o->end_token;
    else if (auto s = word(i, DateWord::kSince)) j = s->end_token;
    int y1 = year_value(j);
    if (!y1 || preceded_by_number(j)) return std::nullopt;
    size_t k = j + 1;
    if (!(mark(k, "-") || mark(k, "~") || mark(k, "\u2013"))) return std::nullopt;
    int y2 = year_value(k + 1);
    if (!y2 || y2 <= y1 || number_continues(k + 2) || (ok(k + 2) && glued(k + 2) && !mark(k + 2, ".") && !mark(k + 2, ",")))
      return std::nullopt;
    if (glued(k) != glued(k + 1)) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kSpanFull;
    r.first = i;
    r.end = k + 2;
    r.y = y1, r.m = 1, r.d = 1;
    r.y2 = y2, r.m2 = 1, r.d2 = 1;
    return r;
  }

  // "within 9 months", "dentro de dos semanas", "innerhalb von 3 Tagen": from the anchor on.
  std::optional<RawDate> within(size_t i) const {
    auto w = word(i, DateWord::kWithin);
    if (!w) return std::nullopt;
    size_t j = w->end_token;
    double amount = 0;
    int unit = 0;
    long extra = 0;
    size_t end = 0;
    int dir = 1;
    if (auto n = word(j, DateWord::kNextN)) j = n->end_token;  // "within next 10 months"
    if (auto r = within_clock(i, j)) return r;
    if (!amount_units(j, amount, unit, extra, end) || extra) return std::nullopt;
    if (shift_from(j)) return std::nullopt;  // "dentro de tres semanas a partir de mañana": from that day
    RawDate r;
    r.kind = RawDate::kNextN;
    r.first = i;
    r.end = end;
    r.amount = amount * dir;
    r.unit = unit;
    r.d = 1;  // from the anchor itself, not the day after
    return r;
  }

  // "this 5/12", "next 6th of April", "el próximo 12/05": a day and month without a year after
  // this/next/last is that day in the anchor's year, the next or the last one. With a weekday
  // between ("this friday 5/12", "próximo viernes 12 mayo") the modifier is the weekday's and
  // the day keeps the anchor's year.
  std::optional<RawDate> modified_day_month(size_t i) const {
    auto p = word(i, DateWord::kPreMod);
    if (!p) return std::nullopt;
    size_t j = p->end_token;
    if (!ok(j)) return std::nullopt;
    std::optional<RawDate> best;
    for (auto r : {numeric(j), day_month(j), month_day(j)})
      if (r && r->kind == RawDate::kDayMonth && r->first == j && (!best || r->end > best->end)) best = r;
    if (!best) return std::nullopt;
    bool weekday_between = word(j, DateWord::kWeekday) || word(j, DateWord::kWeekdayAbbr);
    best->first = i;
    best->has_mod = true;
    best->mod = weekday_between ? 0 : p->value;
    return best;
  }

  // "terça, qua, qui ou sexta", "next week Mon or Tue", "de lunes a mar": an abbreviated weekday
  // (only next to a date otherwise) in a list after another weekday; its dot is kept ("qui.").
  std::optional<RawDate> weekday_in_list(size_t i) const {
    auto w = word(i, DateWord::kWeekdayAbbr);
    if (!w) return std::nullopt;
    // "dom, amanhã, hoje", "sa hoy 2018": first in a list of day words
    size_t after = w->end_token;
    if (mark(after, ".") && glued(after)) ++after;
    if (mark(after, ",")) ++after;
    if (word(after, DateWord::kRelDay)) {
      RawDate r;
      r.kind = RawDate::kWeekday;
      r.first = i;
      r.end = w->end_token;
      r.weekday = w->value;
      return r;
    }
    if (i == 0) return std::nullopt;
    static const std::string_view kJoin[] = {",", "or", "and", "o", "ou", "y", "e", "oder", "und", "et", "a"};
    size_t k = i;
    for (int steps = 0; steps < 2 && k > 0; ++steps) {
      bool joiner = false;
      for (std::string_view j : kJoin) joiner |= t_[k - 1].folded == j;
      if (!joiner) break;
      --k;
    }
    if (k == 0) return std::nullopt;  // with no joiner, right after the weekday ("terça qua qui")
    size_t p = k - 1;
    if (mark(p, ".") && p > 0) --p;  // "qui., ou"
    bool weekday_before = false;
    for (size_t s = p >= 2 ? p - 2 : 0; s <= p; ++s)  // a weekday phrase ending at p ("sexta feira")
      for (auto& m : dw(s))
        weekday_before |= (m.kind == DateWord::kWeekday || m.kind == DateWord::kWeekdayAbbr) && m.end_token == p + 1;
    if (!weekday_before) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kWeekday;
    r.first = i;
    r.end = w->end_token;
    if (mark(r.end, ".") && glued(r.end)) ++r.end;
    r.weekday = w->value;
    return r;
  }

  // A year number after a year's kind: "2008", "18" (a two-digit year in this place), "de 2016".
  std::optional<std::pair<int, size_t>> year_after_kind(size_t j) const {
    if (auto f = word(j, DateWord::kFiller); f && (digits(f->end_token, 4, 4))) j = f->end_token;
    if (auto y = year_at(j)) return y;
    if (digits(j, 2, 2) && !number_continues(j + 1)) return std::make_pair(2000 + num(j), j + 1);
    return std::nullopt;
  }

  // "last", "this", "next" before a date word, when there is one: notes it in
  // `r` and returns where the date word begins.
  size_t take_pre_mod(size_t i, RawDate& r) const {
    auto p = word(i, DateWord::kPreMod);
    if (!p) return i;
    r.has_mod = true;
    r.mod = p->value;
    return p->end_token;
  }

  // "fiscal year 2008", "last fiscal year", "this school year", "sy18", "año fiscal de 2016",
  // "neste ano letivo", "este escolar año": fiscal and school years (their months differ from one
  // organisation or country to another: unresolved); "calendar year 2008", "ano civil": the year.
  std::optional<RawDate> year_of_kind(size_t i) const {
    RawDate r;
    r.first = i;
    size_t j = take_pre_mod(i, r);
    auto k = word(j, DateWord::kYearKind);
    if (!k) return std::nullopt;
    r.end = k->end_token;
    auto y = year_after_kind(k->end_token);
    if (k->value > 10 && !y) return std::nullopt;  // "sy", "cy" only before a year
    if (y && r.has_mod) return std::nullopt;       // "last fiscal year 2008"
    if (y) r.y = y->first, r.end = y->second;
    int kind = k->value % 10;
    if (kind == 3) {  // a calendar year is the year
      if (r.y) r.kind = RawDate::kYear;
      else if (r.has_mod) r.kind = RawDate::kRelUnit, r.unit = 3;
      else return std::nullopt;
      return r;
    }
    r.kind = RawDate::kUnresolved;
    r.label = kind == 1 ? "FY" : "SY";
    return r;
  }

  // "summer", "this summer", "questa estate", "el invierno", "letzten Winter": a season; its days
  // depend on the hemisphere and on who counts (astronomical or meteorological), so unresolved.
  std::optional<RawDate> season(size_t i) const {
    RawDate r;
    r.first = i;
    size_t j = take_pre_mod(i, r);
    auto s = word(j, DateWord::kSeason);
    if (!s || (s->value > 10 && !r.has_mod)) return std::nullopt;  // "fall", "été" only as "this fall", "cet été"
    r.kind = RawDate::kUnresolved;
    r.end = s->end_token;
    static const char* kCodes[] = {"", "SP", "SU", "FA", "WI"};
    r.label = kCodes[s->value % 10];
    if (auto y = year_at(r.end); y && !r.has_mod) r.y = y->first, r.end = y->second;  // "summer 2016"
    return r;
  }

  // "the year", "the week", "das Jahr", "des Jahres": the anchor's own day, week, month or year;
  // "the day before", "the day after" on their own: the day before or after it. Not before a
  // number ("the week 31"), "of" ("the day of the attack") or a date ("the day before Christmas").
  std::optional<RawDate> the_unit(size_t i) const {
    auto a = word(i, DateWord::kDefArticle);
    if (!a) return std::nullopt;
    auto u = word(a->end_token, DateWord::kUnit);
    if (!u || u->value > 4 || word(a->end_token, DateWord::kYearKind)) return std::nullopt;  // "el año fiscal"
    for (size_t back = 1; back <= 2 && back <= i; ++back)  // "toda la semana", "todo el día": an amount of time
      for (auto& m : dw(i - back))
        if (m.kind == DateWord::kWhole && m.end_token > i) return std::nullopt;
    size_t e = u->end_token;
    auto date_next = [&](size_t j) {
      if (!ok(j) || t_[j].kind == TokenKind::kMark) return false;  // "in dem Jahr.": the German day dot is none
      if (t_[j].kind == TokenKind::kDigits) return true;
      for (auto& m : dw(j))
        if (m.kind != DateWord::kTimePrep && m.kind != DateWord::kPartPrep) return true;
      return false;
    };
    RawDate r;
    r.first = i;
    r.end = e;
    // Spanish specs keep the article with "día" alone ("el día", "del día"), not with "mes", "año"
    if (lang_.substr(0, 2) == "es" && u->value != 0) r.first = a->end_token;
    if (u->value == 0) {
      r.kind = RawDate::kRelDay;
      for (auto& m : dw(e))
        if (m.kind == DateWord::kBefore || m.kind == DateWord::kAfter) {
          if (date_next(m.end_token)) return std::nullopt;
          r.days = m.kind == DateWord::kBefore ? -1 : 1;
          r.end = m.end_token;
        }
    } else {
      r.kind = RawDate::kRelUnit;
      r.unit = u->value;
      r.has_mod = true;
    }
    if (r.end == e && date_next(e)) return std::nullopt;
    for (auto& m : dw(e))
      if (m.kind == DateWord::kFiller || m.kind == DateWord::kWeekOf) return std::nullopt;
    return r;
  }

  // "within 5 minutes", "within 2h", "dentro de dos minutos", "dans les 2h": hours and minutes
  // from the anchor's moment on (the span of the day from now until then).
  std::optional<RawDate> within_clock(size_t i, size_t j) const {
    auto n = number_at(j);
    if (!n || n->value <= 0) return std::nullopt;
    auto u = word(n->end_token, DateWord::kDurUnit);  // "2h": the unit glued to the number is read too
    if (!u || u->value >= 86400) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kRelDay;
    r.first = i;
    r.end = u->end_token;
    r.clock_shift = static_cast<long>(n->value * u->value);
    r.clock_span = true;
    return r;
  }

  // "next hour", "la prossima ora", "last minute", "últimos 5 minutos", "5 coming minutes",
  // "13 dernières minutes": hours or minutes just before or after the anchor's moment. Not the
  // English idiom "at the last minute", "last-minute".
  std::optional<RawDate> clock_units_around(size_t i) const {
    auto direction = [&](size_t j, size_t& e) {
      if (auto p = word(j, DateWord::kPreMod); p && p->value != 0) return e = p->end_token, p->value;
      if (auto n = word(j, DateWord::kNextN)) return e = n->end_token, 1;
      if (auto l = word(j, DateWord::kLastN)) return e = l->end_token, -1;
      return 0;
    };
    size_t j = i, e = 0;
    double amount = 1;
    bool counted = false;
    const bool after_the = (i > 0 && t_[i - 1].folded == "the") || t_[i].folded == "the";  // or "the last"
    int dir = direction(j, e);  // "últimos 5 minutos", "next hour"
    if (dir) {
      j = e;
      if (auto n = number_at(j); n && !n->glued_unit && ok(n->end_token) && word(n->end_token, DateWord::kDurUnit))
        amount = n->value, j = n->end_token, counted = true;
    } else {  // "5 coming minutes", "13 dernières minutes"
      auto n = number_at(i);
      if (!n || n->glued_unit) return std::nullopt;
      amount = n->value;
      counted = true;
      dir = direction(n->end_token, e);
      if (!dir) return std::nullopt;
      j = e;
    }
    auto u = word(j, DateWord::kDurUnit);
    if (!u || u->value >= 86400 || amount <= 0) return std::nullopt;
    // English: a count needs "the" ("in the last 2 hours"; "it shouldn't last two hours" is the
    // verb), and "the last minute", "last-minute" are the idiom
    if (english_ && (counted ? !after_the : (dir < 0 && after_the))) return std::nullopt;
    if (english_ && mark(u->end_token, "-") && glued(u->end_token)) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kRelDay;
    r.first = i;
    r.end = u->end_token;
    r.clock_shift = static_cast<long>(dir * amount * u->value);
    r.clock_span = true;
    return r;
  }

  // "5 próximos años", "2 días siguientes", "5 past years", "10 semanas anteriores": an amount
  // with its modifier around the unit.
  std::optional<RawDate> n_units_around(size_t i) const {
    auto n = number_at(i);
    if (!n || n->glued_unit || n->value < 1) return std::nullopt;
    size_t j = n->end_token;
    int mod = 0;
    std::optional<DateWordMatch> u;
    std::optional<DateWordMatch> p = word(j, DateWord::kPreMod);
    if (!p || p->value == 0) {
      if (auto nx = word(j, DateWord::kNextN)) p = DateWordMatch{DateWord::kPreMod, 1, nx->end_token};
      else if (auto ls = word(j, DateWord::kLastN)) p = DateWordMatch{DateWord::kPreMod, -1, ls->end_token};
    }
    if (p && p->value != 0) {
      // "los 5 próximos años" after an article; "3 next week" is a count, then a week. A plural
      // modifier agrees with its noun ("dix derniers mois", "3 prochaines semaines"): no article needed.
      bool plural_mod = !english_ && !word(j, DateWord::kPreMod);
      if (!plural_mod && (i == 0 || !word(i - 1, DateWord::kDayPrefix))) return std::nullopt;
      mod = p->value;
      u = word(p->end_token, DateWord::kUnit);
    } else if ((u = word(j, DateWord::kUnit))) {
      auto q = word(u->end_token, DateWord::kPostMod);
      if (!q || q->value == 0) return std::nullopt;
      mod = q->value;
      RawDate r;
      r.kind = mod > 0 ? RawDate::kNextN : RawDate::kLastN;
      r.first = i;
      r.end = q->end_token;
      r.amount = n->value;
      r.unit = u->value;
      if (u->value > 3) return std::nullopt;
      return r;
    }
    if (!u || u->value > 3) return std::nullopt;
    RawDate r;
    r.kind = mod > 0 ? RawDate::kNextN : RawDate::kLastN;
    r.first = i;
    r.end = u->end_token;
    r.amount = n->value;
    r.unit = u->value;
    return r;
  }

  // 2025-09-03, 03/09/2025, 3.9.2025, 09/03/2025 (en), 22.04. (de)
  std::optional<RawDate> numeric(size_t i) const {
    if (german_ && ok(i) && t_[i].folded == "den" && digits(i + 1)) {  // "für den 28.10."
      auto r = numeric_at(i + 1);
      if (r && r->kind == RawDate::kDayMonth) r->first = i;
      return r && r->kind == RawDate::kDayMonth ? r : std::nullopt;
    }
    int wd = 0;
    size_t j = weekday_prefix(i, wd);
    if (j != i) {
      auto r = numeric_at(j);
      if (r) r->first = i;
      return r;
    }
    return numeric_at(i);
  }

  // French "02 04 2009", "18 8 78": day, month and year as three groups of digits with spaces, and
  // no other group of digits around them (a phone number "06 12 34 56 78" is not one).
  std::optional<RawDate> french_spaced_date(size_t i) const {
    if (lang_.substr(0, 2) != "fr" || !digits(i, 1, 2) || !digits(i + 1, 1, 2) || !(digits(i + 2, 2, 2) || digits(i + 2, 4, 4)))
      return std::nullopt;
    if (glued(i + 1) || glued(i + 2) || (ok(i + 3) && t_[i + 3].kind == TokenKind::kDigits) ||
        (ok(i + 3) && glued(i + 3) && !mark(i + 3, ".") && !mark(i + 3, ",")) ||
        (i > 0 && t_[i - 1].kind == TokenKind::kDigits))
      return std::nullopt;
    int d = num(i), m = num(i + 1), y = num(i + 2);
    if (t_[i + 2].folded.size() == 2) y += y < 50 ? 2000 : 1900;
    if (!valid(y, m, d)) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kFull;
    r.first = i;
    r.end = i + 3;
    r.y = y, r.m = m, r.d = d;
    return r;
  }

  // "20161016" (a file name, a record id) and "2016 10 16": year, month and day as digits, the year
  // first. Only a real day of a year 1900-2099 reads so; no other digits may be glued around them.
  std::optional<RawDate> year_month_day_digits(size_t i) const {
    int y = 0, m = 0, d = 0;
    size_t end = 0;
    if (digits(i, 8, 8)) {
      const std::string& s = t_[i].folded;
      y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(4, 2)), d = std::stoi(s.substr(6, 2));
      end = i + 1;
    } else if (digits(i, 4, 4) && digits(i + 1, 2, 2) && digits(i + 2, 1, 2) && !glued(i + 1) && !glued(i + 2)) {
      y = num(i), m = num(i + 1), d = num(i + 2);
      end = i + 3;
      if (i > 0 && t_[i - 1].kind == TokenKind::kDigits) return std::nullopt;
      if (ok(end) && t_[end].kind == TokenKind::kDigits) return std::nullopt;  // "2016 10 16 20": a longer code
    } else {
      return std::nullopt;
    }
    if (y < 1900 || y > 2099 || !valid(y, m, d) || number_continues(end)) return std::nullopt;
    if (ok(end) && glued(end) && t_[end].kind == TokenKind::kDigits) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kFull;
    r.first = i;
    r.end = end;
    r.y = y, r.m = m, r.d = d;
    return r;
  }

  // A word before a day and month in digits at i that makes them a date ("on 4/22", "il 22/04"), or
  // in English a list of them after such a one ("on 11/20, 11/22 or 11/25"; `depth` bounds the list).
  bool day_month_cue(size_t i, int depth) const {
    if (i == 0) return false;
    for (auto& m : dw(i - 1))
      if (m.kind == DateWord::kDayPrefix || m.kind == DateWord::kWeekday || m.kind == DateWord::kRangeOpen ||
          m.kind == DateWord::kYearPrep || m.kind == DateWord::kRangeTo || m.kind == DateWord::kPreMod)
        return true;
    static const char* kOn[] = {"on", "il", "al", "dal", "am", "le", "el", "o", "em", "no", "ab", "bis", "until",
                                "sur", "du", "au", "del", "desde", "hasta"};
    for (const char* w : kOn)
      if (t_[i - 1].folded == w) return true;
    return english_ && depth > 0 && i >= 4 &&
           (mark(i - 1, ",") || t_[i - 1].folded == "or" || t_[i - 1].folded == "and") && digits(i - 2, 1, 2) &&
           mark(i - 3, "/") && glued(i - 3) && glued(i - 2) && digits(i - 4, 1, 2) && day_month_cue(i - 4, depth - 1);
  }

  // English "on 4/22." "on 11/20, 11/22": a comma or full stop glued to a date that ends a clause
  // (no digits follow it), not one inside a number.
  bool english_closing_mark(size_t k) const {
    return english_ && (mark(k, ",") || mark(k, ".")) && !(ok(k + 1) && glued(k + 1));
  }

  // The end of "28/2-1/3", "10/1-11/2/2017": right after a day/month and a glued dash.
  bool after_day_month_dash(size_t i) const {
    if (i >= 4 && mark(i - 1, "-") && glued(i - 1) && glued(i) && digits(i - 2, 1, 2) && mark(i - 3, "/") &&
        glued(i - 2) && digits(i - 4, 1, 2))
      return true;
    // "10/1/2018-10/7/2018": after a whole day with its year
    return i >= 6 && mark(i - 1, "-") && glued(i - 1) && glued(i) && digits(i - 2, 4, 4) && mark(i - 3, "/") &&
           glued(i - 2) && glued(i - 3) && digits(i - 4, 1, 2) && mark(i - 5, "/") && glued(i - 4) && glued(i - 5) &&
           digits(i - 6, 1, 2);
  }

  std::optional<RawDate> numeric_at(size_t i) const {
    if (!digits(i, 1, 8) || (preceded_by_number(i) && !after_day_month_dash(i))) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kFull;
    r.first = i;
    auto sep_ok = [&](size_t j) {
      return glued(j) && glued(j + 1) && (mark(j, "-") || mark(j, "/") || mark(j, "."));
    };
    if (digits(i, 4, 4) && sep_ok(i + 1) && digits(i + 2, 1, 2) && sep_ok(i + 3) &&
        t_[i + 1].folded == t_[i + 3].folded && digits(i + 4, 1, 2) && !number_continues(i + 5)) {
      r.y = num(i), r.m = num(i + 2), r.d = num(i + 4);
      r.end = i + 5;
      if (valid(r.y, r.m, r.d)) return r;
      return std::nullopt;
    }
    // "2015-12", "2015/3": a month
    if (digits(i, 4, 4) && (mark(i + 1, "-") || mark(i + 1, "/")) && glued(i + 1) && digits(i + 2, 1, 2) &&
        glued(i + 2) && !(ok(i + 3) && glued(i + 3) && t_[i + 3].kind != TokenKind::kWord) && year_value(i)) {
      int mo = num(i + 2);
      if (mo >= 1 && mo <= 12) {
        r.kind = RawDate::kMonthYear;
        r.y = num(i);
        r.m = mo;
        r.end = i + 3;
        return r;
      }
    }
    if (digits(i, 1, 2) && sep_ok(i + 1) && digits(i + 2, 1, 2) && sep_ok(i + 3) &&
        t_[i + 1].folded == t_[i + 3].folded && (digits(i + 4, 4, 4) || digits(i + 4, 2, 2)) &&
        !number_continues(i + 5)) {
      int a = num(i), b = num(i + 2), y = num(i + 4);
      if (t_[i + 4].folded.size() == 2) y += y < 50 ? 2000 : 1900;
      int d = a, m = b;
      if (english_ && t_[i + 1].folded == "/" && a <= 12) d = b, m = a;
      if (!valid(y, m, d) && valid(y, a, b)) d = b, m = a;
      r.y = y, r.m = m, r.d = d;
      r.end = i + 5;
      if (!valid(y, m, d)) return impossible_day(r);
      return r;
    }
    if (auto spaced = french_spaced_date(i)) return spaced;
    if (auto compact = year_month_day_digits(i)) return compact;
    // "12-2015", "3/2019": a month and its year (no month 32; "82-2100" in a phone number is none)
    if (digits(i, 1, 2) && (mark(i + 1, "-") || mark(i + 1, "/")) && glued(i + 1) && glued(i + 2) && year_value(i + 2) &&
        !number_continues(i + 3) && !(ok(i + 3) && glued(i + 3) && !mark(i + 3, ",") && !mark(i + 3, ".") &&
                                      !mark(i + 3, "?") && !mark(i + 3, "!")) &&
        num(i) >= 1 && num(i) <= 12 && !(i > 0 && t_[i - 1].kind == TokenKind::kDigits)) {
      r.kind = RawDate::kMonthYear;
      r.m = num(i);
      r.y = num(i + 2);
      r.end = i + 3;
      return r;
    }
    // "9 de 8 de 1971": day, month in digits and year joined by "de"
    if (digits(i, 1, 2) && !glued(i + 1) && !number_continues(i + 1)) {
      auto f1 = word(i + 1, DateWord::kFiller);
      if (f1 && digits(f1->end_token, 1, 2) && !glued(f1->end_token + 1)) {
        auto f2 = word(f1->end_token + 1, DateWord::kFiller);
        if (f2 && year_value(f2->end_token) && !number_continues(f2->end_token + 1) &&
            valid(num(f2->end_token), num(f1->end_token), num(i))) {
          r.y = num(f2->end_token), r.m = num(f1->end_token), r.d = num(i);
          r.end = f2->end_token + 1;
          return r;
        }
      }
    }
    // "2020/23/Sep": year, day, then the month's name, joined by slashes
    if (year_value(i) && mark(i + 1, "/") && glued(i + 1) && glued(i + 2) && digits(i + 2, 1, 2) &&
        mark(i + 3, "/") && glued(i + 3) && glued(i + 4)) {
      if (auto mo = month_at(i + 4, true)) {
        r.y = num(i), r.m = mo->first, r.d = num(i + 2);
        r.end = mo->second;
        if (valid(r.y, r.m, r.d)) return r;
        return impossible_day(r);
      }
    }
    // "il 22/04", "on 4/22": day and month without a year, after a date word.
    // "28/2-1/3", "10/1-11/2/2017": a day and month glued by a dash to another is the start of a span
    const bool span_next = mark(i + 3, "-") && glued(i + 3) && glued(i + 4) && digits(i + 4, 1, 2) &&
                           mark(i + 5, "/") && glued(i + 5) && glued(i + 6) && digits(i + 6, 1, 2);
    if (digits(i, 1, 2) && (mark(i + 1, "/") || mark(i + 1, ".")) && glued(i + 1) && digits(i + 2, 1, 2) &&
        glued(i + 2) && !(ok(i + 3) && glued(i + 3) && (mark(i + 3, "/") || mark(i + 3, ".") || mark(i + 3, ",") ||
                                                        mark(i + 3, ":") || t_[i + 3].kind == TokenKind::kDigits) &&
                          !english_closing_mark(i + 3)) &&
        (mark(i + 1, "/") || english_dotted_day(i))) {
      // A day and month alone on a line ("29/2", "2/29" as a heading or a dateline) is a date when one
      // number is past the months, so names a day: "3/4" alone stays a fraction.
      const bool alone = (i == 0 || t_[i].newline_before) && (!ok(i + 3) || t_[i + 3].newline_before) &&
                         std::max(num(i), num(i + 2)) > 12;
      bool date_word = span_next || alone || day_month_cue(i, 3) || english_dotted_day(i);
      int a = num(i), b = num(i + 2);
      int d = a, m = b;
      if (english_ && a <= 12) d = b, m = a;
      if (date_word && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        if (i > 0 && lang_.substr(0, 2) == "it" && t_[i - 1].folded == "il") r.first = i - 1;  // "il 22/04"
        r.kind = RawDate::kDayMonth;
        r.d = d, r.m = m;
        r.end = i + 3;
        if (d > days_in_month(2000, m)) return impossible_day(r);  // "30/2", as "Feb 30"
        return r;
      }
    }
    if (german_ && digits(i, 1, 2) && mark(i + 1, ".") && glued(i + 1) && digits(i + 2, 1, 2) && glued(i + 2) &&
        mark(i + 3, ".") && glued(i + 3) && !(ok(i + 4) && glued(i + 4) && t_[i + 4].kind == TokenKind::kDigits)) {
      int d = num(i), m = num(i + 2);
      if (d >= 1 && d <= 31 && m >= 1 && m <= 12) {
        r.kind = RawDate::kDayMonth;
        r.d = d, r.m = m;
        r.end = i + 4;
        return r;
      }
    }
    return std::nullopt;
  }

  // A German day and month by number needs a cue in front, a weekday or "am"/"den": a bare "7. vierter"
  // is as often two ranks of a race.
  bool numbered_month_cue(size_t i, size_t j, size_t k) const {
    if (j != i || k != j) return true;  // a weekday, or a day prefix ("den", "am") read before the day
    return k > 0 && (t_[k - 1].folded == "am" || t_[k - 1].folded == "den" || t_[k - 1].folded == "vom");
  }

  // [weekday,] [the] 3[rd] [of] September [,] [2025]
  std::optional<RawDate> day_month(size_t i) const {
    // no month near (German may give it by number: "7. vierter")
    if (next_month_[i] > i + 10 && !(english_ && i + 3 < t_.size()) && !german_) return std::nullopt;
    int wd = 0;
    size_t j = weekday_prefix(i, wd);
    size_t k = j;
    if (auto p = word(k, DateWord::kDayPrefix)) {
      if (digits(p->end_token) || (ok(p->end_token) && t_[p->end_token].kind == TokenKind::kWord)) k = p->end_token;
    }
    if (preceded_by_number(k)) return std::nullopt;
    auto day = day_at(k, true);
    if (!day && k != j) {
      k = j;
      day = day_at(k, true);
    }
    bool day_in_words = false;
    if (!day) day = english_day_words(k, false), day_in_words = day.has_value();  // "twenty five january"
    if (!day) return std::nullopt;
    if (t_[k].kind == TokenKind::kDigits && number_continues(k + 1)) return std::nullopt;
    if (k > 0 && (t_[k - 1].folded == "$" || t_[k - 1].folded == "\u20AC" || t_[k - 1].folded == "\u00A3"))
      return std::nullopt;  // "$12 December 27": an amount, then the date
    size_t e = day->second;
    if (mark(e, "-") || mark(e, "/")) {
      if (!glued(e)) return std::nullopt;
      ++e;
    }
    size_t before_filler = e;
    e = skip_filler(e);
    auto month = month_at(e, true);
    if (month && day_in_words && (month->first == 5 || month->first == 3) && !t_[e].capitalized)
      return std::nullopt;  // "One may ask"
    // German writes the month by number too ("7. vierter", "siebter 4."); the day then needs its
    // dot or to be an ordinal word, so a count or an hour ("7 vierte Plätze") is none
    if (!month && german_ && (t_[k].kind == TokenKind::kWord || day->second > k + 1) && numbered_month_cue(i, j, k))
      month = german_month_number_at(t_, e);
    if (!month) {
      // "on the 18th", "on the 17 from 2pm to 4pm": a day of the anchor's month
      if (english_ && k != j && t_[j].folded == "the" && t_[k].kind == TokenKind::kDigits && j > 0 &&
          t_[j - 1].folded == "on" && (day->second == k + 2 || bare_day_ends(day->second)) &&
          before_filler == day->second) {
        RawDate r;
        r.kind = RawDate::kDayOnly;
        r.first = j;
        r.d = day->first;
        r.end = day->second;
        return r;
      }
      return std::nullopt;
    }
    RawDate r;
    r.first = wd ? i : k;  // an article before the day is not part of the span...
    if (!wd && k != j && german_ && (t_[j].folded == "den" || t_[j].folded == "der")) r.first = j;  // ...but "den 28.10."
    // and English "the 09th of May" (with "of", as the specs write it)
    if (!wd && k != j && english_ && t_[j].folded == "the" && t_[k].kind == TokenKind::kDigits && before_filler != e)
      r.first = j;
    // and "il 14 ottobre" (the specs keep it before digits, not before "il due agosto")
    if (!wd && k != j && lang_.substr(0, 2) == "it" && t_[j].folded == "il" && t_[k].kind == TokenKind::kDigits) r.first = j;
    r.d = day->first;
    r.m = month->first;
    r.end = month->second;
    size_t y = r.end;
    if (mark(y, ",")) ++y;
    bool filler = false;
    if (auto f = word(y, DateWord::kFiller)) y = f->end_token, filler = true;
    else if (auto p = word(y, DateWord::kYearPrep); p && year_value(p->end_token)) y = p->end_token;  // "28 june in 2020"
    if (mark(y, "-") || mark(y, "/")) ++y;
    // "2 de outubro de 92", "23 novembro 82.", "15 April of 87": a two-digit year ends the date
    if (digits(y, 2, 2) && !number_continues(y + 1) && (filler || !ok(y + 1) || t_[y + 1].kind == TokenKind::kMark) &&
        !(ok(y + 1) && (mark(y + 1, ":") || mark(y + 1, "/") || mark(y + 1, "-") || mark(y + 1, "%")))) {
      int yy = num(y);
      return finish_day_date(r, yy < 50 ? 2000 + yy : 1900 + yy, y + 1, wd);
    }
    if (auto yv = year_at(y)) return finish_day_date(r, yv->first, yv->second, wd);
    return finish_day_date(r, 0, 0, wd);
  }

  // [weekday,] September 3[rd] [,] [2025]
  std::optional<RawDate> month_day(size_t i) const {
    int wd = 0;
    size_t j = weekday_prefix(i, wd);
    auto month = month_at(j, true);
    if (!month) return std::nullopt;
    size_t k = month->second;
    if (mark(k, "/") || mark(k, "-")) {
      if (!glued(k)) return std::nullopt;
      ++k;
    } else if (auto p = word(k, DateWord::kDayPrefix)) {
      k = p->end_token;
    }
    auto day = day_at(k, false);
    if (!day) day = english_day_words(k, true);
    if (!day) return std::nullopt;
    if (t_[k].kind == TokenKind::kDigits && (number_continues(k + 1) || digits(k, 3, 4))) return std::nullopt;
    // "Mai 2024" is a month and year, not a day.
    RawDate r;
    r.first = i;
    r.d = day->first;
    r.m = month->first;
    r.end = day->second;
    // "November 18-19", "noviembre 19-20": two days of the month
    if (mark(r.end, "-") && glued(r.end) && glued(r.end + 1) && digits(r.end + 1, 1, 2) &&
        !number_continues(r.end + 2) && !(ok(r.end + 2) && glued(r.end + 2) && !mark(r.end + 2, ",") && !mark(r.end + 2, "."))) {
      int d2 = num(r.end + 1);
      if (d2 > r.d && d2 <= 31) {
        r.day_last = d2;
        r.end += 2;
      }
    }
    if (!r.day_last) {
      // "april 9th through 17th", "from april the ninth till the seventeenth": a second day of the month
      bool opened = opener_before(i).has_value();
      if (auto d2 = second_day_of_month(r.end, r.d, opened)) {
        r.day_last = d2->first;
        r.end = d2->second;
        if (opened) r.first = *opener_before(i);
      }
    }
    size_t y = r.end;
    if (mark(y, ",")) ++y;
    if (mark(y, "/") && glued(y)) ++y;
    else if (auto f = word(y, DateWord::kFiller); f && year_value(f->end_token)) y = f->end_token;  // "july 4th of 1995"
    else if (auto p = word(y, DateWord::kYearPrep); p && year_value(p->end_token)) y = p->end_token;  // "May 3 in 2020"
    if (int yv = year_value(y); yv && !number_continues(y + 1)) return finish_day_date(r, yv, y + 1, wd);
    if (auto yw = english_year_words(y)) return finish_day_date(r, yw->first, yw->second, wd);
    return finish_day_date(r, 0, 0, wd);
  }

  // The token where a range opener ("from", "between", "de") ending just before token i starts.
  std::optional<size_t> opener_before(size_t i) const {
    for (size_t back = 1; back <= 2 && back <= i; ++back)
      for (auto& m : dw(i - back))
        if (m.kind == DateWord::kRangeOpen && m.end_token == i) return i - back;
    return std::nullopt;
  }

  // After a first day of a month ending at token e: a joiner and a later day of the same month
  // ("through 17th", "till the seventeenth", "a 12"); the day and its end token. "and" joins two
  // days into a span only after an opener ("between"); a time ("to 5pm") or a day of another month
  // ("to 3 May") is no second day.
  std::optional<std::pair<int, size_t>> second_day_of_month(size_t e, int first_day, bool opened) const {
    auto to = word(e, DateWord::kRangeTo);
    if (!to || mark(e, "-") || (is_conjunction(e) && !opened)) return std::nullopt;
    size_t k = to->end_token;
    if (auto p = word(k, DateWord::kDayPrefix)) k = p->end_token;
    auto d2 = day_at(k, false);
    if (!d2 || d2->first <= first_day) return std::nullopt;
    if (t_[k].kind == TokenKind::kDigits) {
      if (number_continues(k + 1) || !digits(k, 1, 2)) return std::nullopt;
      if (auto tm = time_at(k, true); tm && tm->end > d2->second) return std::nullopt;
    }
    if (month_at(skip_filler(d2->second), true)) return std::nullopt;
    return d2;
  }

  bool is_conjunction(size_t j) const {
    static const std::string_view kAnd[] = {"and", "y", "e", "et", "und", "ed", "i"};
    if (!ok(j)) return false;
    for (std::string_view w : kAnd)
      if (t_[j].folded == w) return true;
    return false;
  }

  // [from|between] 9[th] to|and [the] 12[th] [of] June [2025]: two days of one month, the month
  // written once after the second ("9 a 12 de junio", "between ninth and seventeenth of april")
  std::optional<RawDate> days_of_month_span(size_t i) const {
    size_t j = i;
    bool opened = false;
    if (auto o = word(i, DateWord::kRangeOpen)) j = o->end_token, opened = true;
    if (auto p = word(j, DateWord::kDayPrefix)) j = p->end_token;
    if (j == i && (i == 0 || !word(i - 1, DateWord::kRangeOpen)) && preceded_by_number(i)) return std::nullopt;
    auto d1 = day_at(j, german_);  // German days keep their dot: "zwischen dem 3. und dem 12. September"
    if (!d1 || (t_[j].kind == TokenKind::kDigits && (number_continues(j + 1) || !digits(j, 1, 2)))) return std::nullopt;
    auto to = word(d1->second, DateWord::kRangeTo);
    if (!to || (is_conjunction(d1->second) && !opened)) return std::nullopt;
    size_t k = to->end_token;
    if (auto p = word(k, DateWord::kDayPrefix)) k = p->end_token;
    auto d2 = day_at(k, german_);
    if (!d2 || d2->first <= d1->first ||
        (t_[k].kind == TokenKind::kDigits && (number_continues(k + 1) || !digits(k, 1, 2))))
      return std::nullopt;
    size_t f = skip_filler(d2->second);
    auto month = month_at(f, true);
    if (!month)
      if (auto p = word(f, DateWord::kDayPrefix)) month = month_at(p->end_token, true);  // "de 18 a 19 el noviembre"
    if (!month || d2->first > days_in_month(2000, month->first)) return std::nullopt;
    RawDate r;
    r.first = i;
    r.d = d1->first;
    r.day_last = d2->first;
    r.m = month->first;
    r.end = month->second;
    size_t y = r.end;
    if (mark(y, ",")) ++y;
    else if (auto fl = word(y, DateWord::kFiller); fl && year_value(fl->end_token)) y = fl->end_token;
    else if (auto p = word(y, DateWord::kYearPrep); p && year_value(p->end_token)) y = p->end_token;  // "en 2020"
    if (auto yv = year_at(y)) return finish_day_date(r, yv->first, yv->second, 0);
    return finish_day_date(r, 0, 0, 0);
  }

  // "the 15th day of next month", "the thirty-first day of the month", "el día 21 de este mes", "the
  // twenty third day of September": a day counted in a named month or one next to the anchor's.
  // The day is an ordinal ("15th", "twenty-sixth") before "day", or a number after "día"; "15 days
  // of" is an amount.
  std::optional<RawDate> counted_day_of_month(size_t i) const {
    size_t j = i;
    for (auto& m : dw(i))
      if (m.kind == DateWord::kDayPrefix && m.end_token == i + 1) j = i + 1;  // "the", "el", not "on the"
    std::optional<std::pair<int, size_t>> day;
    if (auto noun = word(j, DateWord::kDayNoun)) {  // "día 21"
      if (!digits(noun->end_token, 1, 2)) return std::nullopt;
      day = day_at(noun->end_token, false);
    } else {
      day = day_at(j, false);
      bool ordinal = day && (t_[j].kind == TokenKind::kWord || day->second > j + 1);
      auto unit = ordinal ? word(day->second, DateWord::kUnit) : std::nullopt;  // "day", "giorno"
      if (!unit || unit->value != 0) return std::nullopt;
      day->second = unit->end_token;
    }
    if (!day) return std::nullopt;
    auto of = word(day->second, DateWord::kFiller);
    if (!of) return std::nullopt;
    size_t e = of->end_token;
    RawDate r;
    r.first = i;
    r.d = day->first;
    if (auto month = month_at(e, false)) {
      r.m = month->first;
      r.end = month->second;
      return finish_day_date(r, 0, 0, 0);
    }
    // "next month", "este mes", "the month" (the anchor's own)
    int mod = 0;
    if (auto p = word(e, DateWord::kPreMod)) mod = p->value, e = p->end_token;
    else if (auto a = word(e, DateWord::kDefArticle)) e = a->end_token;
    else return std::nullopt;
    auto unit = word(e, DateWord::kUnit);
    if (!unit || unit->value != 2) return std::nullopt;
    r.kind = RawDate::kDayOnly;
    r.has_mod = true;
    r.mod = mod;
    r.end = unit->end_token;
    return r;
  }

  // Whether a bare day number ending at token e stands alone: the clause or the text ends there, or a
  // time of that day follows ("le 17 de 14h à 16h", "on the 17 between 2 and 4pm"). "le 17 mars" is
  // day_month's; "le 3 sur 5", "on the 17 floors" hold no day.
  bool bare_day_ends(size_t e) const {
    if (!ok(e) || t_[e].newline_before) return true;
    if (t_[e].kind == TokenKind::kMark)
      return mark(e, ",") || mark(e, ".") || mark(e, "!") || mark(e, "?") || mark(e, ";");
    if (auto range = time_range(e, true); range && range->hour_end >= 0) return true;
    if (lasting_at(e) && clock_amount_at(t_, words_, e + 1, lang_)) return true;  // "le 17 pour trois heures"
    for (auto& m : dw(e))
      if ((m.kind == DateWord::kTimePrep || m.kind == DateWord::kRangeOpen) && time_at(m.end_token, true)) return true;
    return false;
  }

  // French "le 23", "le 17 entre 14 et 16": the article, then a bare day of the anchor's month (the
  // span starts at the number, as the specs write it)
  std::optional<RawDate> french_bare_day(size_t i) const {
    if (lang_.substr(0, 2) != "fr" || !ok(i) || t_[i].folded != "le" || !digits(i + 1, 1, 2) || glued(i + 2))
      return std::nullopt;
    int d = num(i + 1);
    if (d < 1 || d > 31 || !bare_day_ends(i + 2)) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kDayOnly;
    r.first = i + 1;
    r.end = i + 2;
    r.d = d;
    return r;
  }

  // The closing of day_month and month_day: with a year (ending at token `end`) a full date,
  // without one (year 0) a day and month; either must exist (29 February needs a leap year,
  // or any when the year is left out); the weekday written before it is kept.
  static std::optional<RawDate> finish_day_date(RawDate r, int year, size_t end, int weekday) {
    if (year) {
      r.y = year;
      r.end = end;
      r.kind = RawDate::kFull;
      if (!valid(r.y, r.m, r.d)) return impossible_day(r);
    } else {
      r.kind = RawDate::kDayMonth;
      if (r.d > days_in_month(2000, r.m)) return impossible_day(r);
    }
    r.weekday = weekday;
    return r;
  }

  // "Feb 30", "29/2/2019": a day the month does not have is still a date someone wrote (a typo,
  // a joke, a wrong year); found, and left unresolved.
  static std::optional<RawDate> impossible_day(RawDate r) {
    if (r.m < 1 || r.m > 12 || r.d < 1 || r.d > 31) return std::nullopt;
    r.kind = RawDate::kUnresolved;
    r.label.clear();
    return r;
  }

  // A month name at [j, e) is one end of a range of months: "from March to May", "de sept. a nov.",
  // "Jan-Feb 2017", "between august and october". There a bare, abbreviated or lower-case month is
  // no verb ("may", "march") and needs no other cue.
  bool month_range_end(size_t j, size_t e) const {
    auto joiner_then_month = [&](size_t k) {
      if (mark(k, "-") && glued(k) && glued(k + 1)) return month_at(k + 1, true).has_value();
      auto to = word(k, DateWord::kRangeTo);
      if (!to || mark(k, "-")) return false;
      size_t m = to->end_token;
      if (auto d = word(m, DateWord::kDayPrefix)) m = d->end_token;  // "de enero a la ..." is no month
      return month_at(to->end_token, true).has_value() || (m != to->end_token && month_at(m, true).has_value());
    };
    if (joiner_then_month(e)) {
      if (mark(e, "-")) return true;
      if (english_ && english_capitalized_month_pair(t_, j, e, [&](size_t k) { return word(k, DateWord::kMonth).has_value(); }))
        return true;  // "May to March" (date_english_bare_months.h)
      if (j == 0) return false;
      for (auto& m : dw(j - 1))
        if (m.kind == DateWord::kRangeOpen && m.end_token == j) return true;
      return j >= 2 && word(j - 2, DateWord::kRangeOpen).has_value() && word(j - 2, DateWord::kRangeOpen)->end_token == j;
    }
    // the second month: a joiner before it, a month before that
    for (size_t back = 1; back <= 3 && back <= j; ++back) {
      size_t h = j - back;
      bool joined = false;
      if (back == 1 && mark(h, "-") && glued(h) && glued(j)) joined = true;
      for (auto& m : dw(h))
        if (m.kind == DateWord::kRangeTo && m.end_token == j && !mark(h, "-")) joined = true;
      if (!joined) continue;
      for (size_t k = h >= 3 ? h - 3 : 0; k < h; ++k)
        if (auto mo = month_at(k, true); mo && mo->second == h) return true;
    }
    return false;
  }

  // [this|last|next] September [of] 2025 / settembre 2025 / this September
  std::optional<RawDate> month_year(size_t i) const {
    size_t j = i;
    int mod = 0;
    bool has_mod = false;
    if (auto p = word(i, DateWord::kPreMod)) {
      j = p->end_token;
      mod = p->value;
      has_mod = true;
    }
    auto month = month_at(j, true);
    if (!month) return std::nullopt;
    const bool ranged = month_range_end(j, month->second);
    if (has_mod && !ranged && !word(j, DateWord::kMonth)) return std::nullopt;
    // "in may.", "after Feb": a month by its place (date_english_bare_months.h)
    const bool clause_month = english_ && !has_mod && i > 0 && english_month_preposition(t_, i - 1) &&
                              english_clause_ends_at(t_, month->second);
    if (!ranged && !clause_month && english_ && (month->first == 5 || month->first == 3) && !t_[j].capitalized)
      return std::nullopt;  // "may"
    bool full = ranged;
    for (auto& m : dw(j)) full |= m.kind == DateWord::kMonth;
    RawDate r;
    r.first = i;
    r.m = month->first;
    r.end = month->second;
    size_t y = skip_filler(r.end);
    if (y == r.end && (mark(y, "-") || mark(y, "/")) && glued(y) && glued(y + 1)) ++y;  // "Dec-2018"
    if (y == r.end)
      if (auto p = word(y, DateWord::kYearPrep); p && year_value(p->end_token)) y = p->end_token;  // "april in 2016"
    if (digits(y, 2, 2) && num(y) > 31 && !number_continues(y + 1) &&
        !(ok(y + 1) && glued(y + 1) && (t_[y + 1].kind != TokenKind::kMark || mark(y + 1, "%")))) {
      r.kind = RawDate::kMonthYear;  // "juillet 98", "maio de 68"
      r.y = 1900 + num(y);
      r.end = y + 1;
      return r;
    }
    if (int yv = year_value(y); yv && !number_continues(y + 1)) {
      r.kind = RawDate::kMonthYear;
      r.y = yv;
      r.end = y + 1;
      return r;
    }
    if (auto yw = english_year_words(y); yw && full) {  // "october two thousand and five"
      r.kind = RawDate::kMonthYear;
      r.y = yw->first;
      r.end = yw->second;
      return r;
    }
    if (!full && !clause_month) return std::nullopt;
    // A bare month name: needs a modifier or a preposition before it ("a settembre", "in May").
    if (!has_mod && !ranged && !clause_month) {
      if (i == 0) return std::nullopt;
      bool prep = false;
      for (auto& m : dw(i - 1))
        prep |= m.kind == DateWord::kYearPrep || m.kind == DateWord::kFiller ||
                (m.kind == DateWord::kInBefore && m.value == 0);
      static const char* kPreps[] = {"a", "ad", "di", "ab", "seit", "bis", "depuis", "desde", "hasta", "ate",
                                     "until", "since", "from", "dal", "al", "fino", "entre", "da", "de", "du",
                                     "von", "between", "to", "till", "through", "y", "e", "et", "und", "and"};
      for (const char* p : kPreps) prep |= t_[i - 1].kind == TokenKind::kWord && t_[i - 1].folded == p;
      // a list of months: "en febrero, marzo y julio"
      if (!english_ && i >= 2 && mark(i - 1, ",")) prep |= word(i - 2, DateWord::kMonth).has_value();
      if (!prep) return std::nullopt;
      if (english_ && (r.m == 5 || r.m == 3)) return std::nullopt;  // "may", "march"
      if (!t_[j].capitalized && english_) return std::nullopt;
    }
    // Post-nominal modifier: "settembre scorso".
    if (!has_mod) {
      if (auto q = word(r.end, DateWord::kPostMod)) {
        mod = q->value;
        has_mod = true;
        r.end = q->end_token;
      }
    }
    r.kind = RawDate::kMonth;
    r.mod = mod;
    r.has_mod = has_mod;
    return r;
  }

  // nel 2025 / im Jahr 2025 / year 2010
  std::optional<RawDate> year(size_t i) const {
    RawDate r;
    r.kind = RawDate::kYear;
    // "in nineteen ninety six", "in two thousand and fifteen": an English year in words after "in",
    // ending the phrase ("in two thousand and twenty cases" is a count)
    if (english_ && i > 0 && t_[i - 1].folded == "in" && t_[i].kind == TokenKind::kWord) {
      if (auto y = english_year_words(i); y && y->second >= i + 2 && y->first >= 1100) {
        size_t e = y->second;
        if (!ok(e) || t_[e].kind == TokenKind::kMark || !dw(e).empty()) {
          r.first = i;
          r.y = y->first;
          r.end = e;
          return r;
        }
      }
    }
    if (auto y = word(i, DateWord::kYearNoun)) {
      if (int yv = year_value(y->end_token); yv && !number_continues(y->end_token + 1)) {
        r.first = i;
        r.y = yv;
        r.end = y->end_token + 1;
        return r;
      }
    }
    if (int yv = year_value(i); yv && i == 0 && !number_continues(1) && year_ends_line(0)) {  // "2019" alone
      r.first = 0;
      r.y = yv;
      r.end = 1;
      return r;
    }
    if (int yv = year_value(i); yv && i > 0 && !number_continues(i + 1) && !preceded_by_number(i) &&
                                !(ok(i + 3) && glued(i + 1) && glued(i + 3) && mark(i + 3, "-"))) {
      bool prep = false;
      for (auto& m : dw(i - 1))
        prep |= m.kind == DateWord::kYearPrep || (m.kind == DateWord::kInBefore && m.value == 0);
      if (i >= 2) {
        for (auto& m : dw(i - 2))
          prep |= (m.kind == DateWord::kYearPrep || m.kind == DateWord::kYearNoun) && m.end_token == i;
      }
      static const char* kPreps[] = {"del", "dal", "al", "nell", "seit", "bis", "ab", "depuis", "desde", "hasta",
                                     "ate", "until", "since", "from", "fin", "inizio", "primavera", "estate",
                                     "autunno", "inverno", "of", "di", "de", "do", "da", "von", "im", "em", "no"};
      if (t_[i - 1].kind == TokenKind::kWord)
        for (const char* p : kPreps) prep |= t_[i - 1].folded == p;
      // A year in a range: "between 2014 and 2018", "entre 2008 y 2011", "2014 to 2018"
      for (auto& m : dw(i - 1)) {
        if ((m.kind == DateWord::kRangeOpen || m.kind == DateWord::kSince || m.kind == DateWord::kAfter ||
             m.kind == DateWord::kBefore) && m.end_token == i)
          prep = true;
        if (m.kind == DateWord::kRangeTo && m.end_token == i && i >= 2 && year_value(i - 2)) prep = true;
      }
      for (auto& m : dw(i + 1))
        if (m.kind == DateWord::kRangeTo && year_value(m.end_token)) prep = true;
      prep = prep || year_in_date_list(i) || year_ends_line(i);
      if (!prep) return std::nullopt;
      if (ok(i + 1) && t_[i + 1].kind == TokenKind::kWord && glued(i + 1)) return std::nullopt;
      r.first = i;
      r.y = yv;
      r.end = i + 1;
      return r;
    }
    return std::nullopt;
  }

  // "week 31", "week 3 of 2027", "semana 27 del año pasado", "semana 3 de dois mil e vinte e sete":
  // the ISO week with that number (its Monday to Sunday) of the year given, or of the anchor's.
  std::optional<RawDate> numbered_week(size_t i) const {
    auto u = word(i, DateWord::kUnit);
    if (!u || u->value != 1 || !digits(u->end_token, 1, 2) || number_continues(u->end_token + 1)) return std::nullopt;
    int week = num(u->end_token);
    if (week < 1 || week > 53) return std::nullopt;
    RawDate r;
    r.kind = RawDate::kPeriod;
    r.first = i;
    r.end = u->end_token + 1;
    r.base = 'Y';
    r.ord = week;
    r.punit = 1;
    size_t y = skip_filler(r.end);
    if (y != r.end) {  // "of 2027", "de dos mil veintisiete", "of last year"
      RawDate of;
      if (auto yv = year_at(y)) {
        r.y = yv->first;
        r.end = yv->second;
      } else if (auto e = period_base(y, of); e && of.base == 'Y') {
        r.y = of.y;
        r.mod = of.mod;
        r.end = *e;
      }
    }
    return r;
  }

  // "Sat at 5", "sáb. a las 5", "sexta as 4": an abbreviated weekday is one before a time of day too
  // (its dot goes with it).
  std::optional<DateWordMatch> abbreviated_weekday_before_time(size_t j) const {
    auto w = word(j, DateWord::kWeekdayAbbr);
    if (!w) return std::nullopt;
    size_t e = w->end_token;
    if (mark(e, ".") && glued(e)) ++e;
    auto p = word(e, DateWord::kTimePrep);
    if (!p || !time_at(p->end_token, true)) return std::nullopt;
    w->end_token = e;
    return w;
  }

  // "domingo, hoy, 2018", "dom amanhã hoje 2018": a year in a list right after a day word.
  bool year_in_date_list(size_t i) const {
    size_t k = i;
    if (k > 0 && mark(k - 1, ",")) --k;
    if (k == 0) return false;
    for (auto& m : dw(k - 1))
      if ((m.kind == DateWord::kRelDay || m.kind == DateWord::kWeekday) && m.end_token == k) return true;
    return false;
  }

  // A year alone at the end of a line or of the text after a word ("... some text 2020"): nothing
  // follows that could make it a count ("32 - 2015" is some other figure).
  bool year_ends_line(size_t i) const {
    // after a word, or alone on its line ("2019" as a heading)
    if (i > 0 && !t_[i].newline_before && t_[i - 1].kind != TokenKind::kWord) return false;
    size_t e = i + 1;
    if (mark(e, ".") || mark(e, "!") || mark(e, "?")) ++e;
    return !ok(e) || t_[e].newline_before;
  }

  // [last|next|this] Thursday [last|next] / el martes / martedì scorso
  std::optional<RawDate> weekday_date(size_t i) const {
    RawDate r;
    r.kind = RawDate::kWeekday;
    // English "past Wednesday" is the latest one, as "this past Wednesday" (not "last week's")
    const bool past_word = english_ && ok(i) && t_[i].folded == "past" && word(i + 1, DateWord::kWeekday);
    size_t j = past_word ? i : take_pre_mod(i, r);
    // "past Wednesday", "this past Wednesday", "este pasado miércoles", "este miércoles pasado":
    // the latest such day before the anchor, whichever week it falls in
    bool this_word = r.has_mod && r.mod == 0;
    if (auto l = word(j, DateWord::kLastN); l && (this_word || !r.has_mod) && word(l->end_token, DateWord::kWeekday)) {
      j = l->end_token;
      r.recent = true;
    } else if (auto p2 = word(j, DateWord::kPreMod); p2 && this_word && p2->value == -1 && word(p2->end_token, DateWord::kWeekday)) {
      j = p2->end_token;
      r.recent = true;
    } else if (this_word && word(j, DateWord::kWeekday)) {
      auto q = word(word(j, DateWord::kWeekday)->end_token, DateWord::kPostMod);
      if (q && q->value == -1) r.recent = true;
    }
    std::optional<DateWordMatch> w = word(j, DateWord::kWeekday);
    if (!w) w = abbreviated_weekday_before_time(j);
    if (!w && german_ && ok(j) && t_[j].kind == TokenKind::kWord && dw(j).empty() && t_[j].folded.size() >= 8) {
      auto [wd, part] = german_weekday_part(t_[j].folded);  // "Montagnachmittag"
      if (!wd) return std::nullopt;
      r.weekday = wd;
      r.first = i;
      r.end = j + 1;
      set_part_span(r, part);
      return r;
    }
    if (!w) return std::nullopt;
    // German "Montag" etc. are nouns and capitalised; Spanish "lunes" etc. lower case.
    r.weekday = w->value;
    r.first = i;
    r.end = w->end_token;
    if (!r.has_mod || r.recent) {
      if (auto q = word(r.end, DateWord::kPostMod); q && (!r.recent || q->value == -1)) {
        if (!r.recent) r.mod = q->value;
        r.has_mod = true;
        r.end = q->end_token;
      }
    }
    if (r.recent) r.has_mod = true;
    return r;
  }

  // ieri / yesterday; lo scorso anno / l'anno scorso / next week / letzte Woche
  std::optional<RawDate> relative(size_t i) const {
    RawDate r;
    r.first = i;
    for (auto& m : dw(i)) {
      if (m.kind == DateWord::kRelDay) {
        // German "morgen" after "heute"/"am" is the morning.
        if (german_ && m.value == 1 && i > 0 &&
            (t_[i - 1].folded == "am" || t_[i - 1].folded == "heute" || t_[i - 1].folded == "guten"))
          continue;  // "heute Morgen", "guten Morgen": the morning
        if (lang_.substr(0, 2) == "es" && m.value == 1 && i > 0 &&
            (t_[i - 1].folded == "la" || t_[i - 1].folded == "esta"))
          continue;
        r.kind = RawDate::kRelDay;
        r.days = m.value;
        r.end = m.end_token;
        return r;
      }
    }
    size_t j = i;
    int mod = 0;
    bool has_mod = false;
    if (auto p = word(i, DateWord::kPreMod)) {
      j = p->end_token;
      mod = p->value;
      has_mod = true;
    } else if (auto d = word(i, DateWord::kDayPrefix)) {
      // Elided article before a noun: "l'anno scorso", "el año pasado".
      if (word(d->end_token, DateWord::kUnit)) j = d->end_token;
    }
    auto u = word(j, DateWord::kUnit);
    if (!u || u->value == 7 || u->value == kBusinessDayUnit || (u->value == 5 && !has_mod)) return std::nullopt;
    size_t e = u->end_token;
    if (!has_mod) {
      auto q = word(e, DateWord::kPostMod);
      if (!q) return std::nullopt;
      mod = q->value;
      e = q->end_token;
    }
    if (u->value == 0) {
      r.kind = RawDate::kRelDay;
      r.days = mod;
      r.end = e;
      return r;
    }
    r.kind = RawDate::kRelUnit;
    r.unit = u->value;
    r.mod = mod;
    r.end = e;
    // "the next decade", "na próxima década", "el último decenio": the article belongs to the span
    // (and in Spanish before a month or year too: "el pasado mes", "el próximo año")
    bool article = u->value == 5 || (lang_.substr(0, 2) == "es" && (u->value == 2 || u->value == 3));
    if (article && has_mod && j == i + 1 && i > 0)
      for (auto& m : dw(i - 1))
        if ((m.kind == DateWord::kDayPrefix || m.kind == DateWord::kYearPrep) && m.end_token == i) r.first = i - 1;
    return r;
  }

  // An amount of a unit: "2 settimane", "zwei Wochen", "a year", "2 settimane e 2 giorni"
  // `run`: the amount follows "last"/"next" ("the last 3 months and 2 days ago": the days are a date of their own)
  bool amount_units(size_t j, double& amount_days_or_units, int& unit, long& extra_days, size_t& end,
                    bool run = false) const {
    auto n = number_at(j);
    double value = 0;
    size_t k = j;
    if (n && !n->glued_unit) {
      value = n->value;
      k = n->end_token;
    } else if (auto f = word(j, DateWord::kFew); f && run && english_) {  // "the next couple weeks", "the past few days"
      value = f->value;
      k = f->end_token;
    } else {
      return false;
    }
    auto u = word(k, DateWord::kUnit);
    if (size_t f_end = 0; !u) {  // "a fortnight": so many days
      int days = fortnight_days_at(words_, k, f_end);
      if (!days) return false;
      unit = 0;
      amount_days_or_units = value * days;
      end = f_end;
      extra_days = 0;
      return true;
    }
    if (u->value == 4 || u->value >= 6) return false;
    unit = u->value;
    amount_days_or_units = value;
    end = u->end_token;
    extra_days = 0;
    // "... e 2 giorni", "... and 3 days"
    if (ok(end) && t_[end].kind == TokenKind::kWord &&
        (t_[end].folded == "e" || t_[end].folded == "and" || t_[end].folded == "und" || t_[end].folded == "y" ||
         t_[end].folded == "et")) {
      auto n2 = number_at(end + 1);
      if (n2 && !n2->glued_unit) {
        auto u2 = word(n2->end_token, DateWord::kUnit);
        // "3 mesi e 2 giorni fa": the days go with the "ago" after them, a date of their own
        bool own_date = run && u2 && (word(u2->end_token, DateWord::kAgoAfter) || word(u2->end_token, DateWord::kShiftFrom));
        if (u2 && u2->value == 0 && unit > 0 && !own_date) {
          extra_days = static_cast<long>(n2->value);
          end = u2->end_token;
        }
      }
    }
    return true;
  }

  // 3 giorni fa / two weeks ago / vor zwei Wochen / hace 3 días / il y a 3 jours /
  // in 3 days / tra 3 giorni / 3 settimane dopo / gli ultimi 3 mesi
  std::optional<RawDate> shift(size_t i) const {
    RawDate r;
    r.kind = RawDate::kShift;
    r.first = i;
    double amount = 0;
    int unit = 0;
    long extra = 0;
    size_t end = 0;
    for (auto& m : dw(i)) {
      if (m.kind == DateWord::kInBefore && m.value == 1) continue;  // "in" before hours and minutes only
      if (m.kind == DateWord::kAgoBefore || m.kind == DateWord::kInBefore || m.kind == DateWord::kLastN ||
          m.kind == DateWord::kNextN) {
        size_t at = m.end_token;
        // "il y a à peu près un mois": an "about" between the word and the amount
        if (auto about = word(at, DateWord::kTimePrep); about && about->value == 1 && m.kind == DateWord::kAgoBefore)
          at = about->end_token;
        if (amount_units(at, amount, unit, extra, end,
                         m.kind == DateWord::kLastN || m.kind == DateWord::kNextN)) {
          // "in two days from today", "en dos días a partir de hoy": the amount counts from that day
          if (m.kind == DateWord::kInBefore && shift_from(m.end_token)) return std::nullopt;
          if (m.kind == DateWord::kLastN || m.kind == DateWord::kNextN) {
            r.kind = m.kind == DateWord::kLastN ? RawDate::kLastN : RawDate::kNextN;
            r.first = m.end_token - 1;  // "ultimi 3 mesi": the span starts at the last word of the phrase
            if (lang_.substr(0, 2) == "it" && m.kind == DateWord::kNextN) r.first = i;  // "i prossimi 3 giorni"
            r.amount = amount;
            r.unit = unit;
            r.end = end;
            return r;
          }
          int sign = m.kind == DateWord::kAgoBefore ? -1 : 1;
          r.amount = sign * amount;
          r.days = sign * extra;
          r.unit = unit;
          r.end = end;
          return r;
        }
      }
    }
    // "in 5 minutes", "tra un'ora", "vor zwei Stunden", "two hours ago": moments, not days
    auto clock_amount = [&](size_t j, double& seconds, size_t& e) {
      auto n = number_at(j);
      if (english_ && ok(j + 1) && t_[j].folded == "half" && (t_[j + 1].folded == "an" || t_[j + 1].folded == "a")) {
        n = NumberMention{};  // "in half an hour"
        n->value = 0.5;
        n->end_token = j + 2;
      }
      if (!n || n->glued_unit) return false;
      size_t k = n->end_token;
      if (mark(k, "'") || mark(k, "\u2019")) ++k;  // "tra un'ora"
      auto u = word(k, DateWord::kDurUnit);
      if (!u || u->value >= 86400) return false;
      seconds = n->value * u->value;
      e = u->end_token;
      return true;
    };
    double seconds = 0;
    for (auto& m : dw(i)) {
      if ((m.kind == DateWord::kAgoBefore || m.kind == DateWord::kInBefore) && clock_amount(m.end_token, seconds, end)) {
        r.kind = RawDate::kRelDay;
        r.clock_shift = static_cast<long>(m.kind == DateWord::kAgoBefore ? -seconds : seconds);
        r.end = end;
        return r;
      }
    }
    if (clock_amount(i, seconds, end)) {
      for (auto& m : dw(end)) {
        if (m.kind == DateWord::kAgoAfter || (m.kind == DateWord::kLater && m.value == 0)) {
          r.kind = RawDate::kRelDay;
          r.clock_shift = static_cast<long>(m.kind == DateWord::kAgoAfter ? -seconds : seconds);
          r.end = m.end_token;
          return r;
        }
      }
    }
    if (amount_units(i, amount, unit, extra, end)) {
      for (auto& m : dw(end)) {
        if (m.kind == DateWord::kAgoAfter || m.kind == DateWord::kLater) {
          int sign = m.kind == DateWord::kAgoAfter ? -1 : 1;
          r.amount = sign * amount;
          r.days = sign * extra;
          r.unit = unit;
          r.end = m.end_token;
          return r;
        }
      }
    }
    return std::nullopt;
  }
};

CivilDate week_monday(const CivilDate& d) { return add_days(d, -(weekday(d) - 1)); }

// Where the beginning (1), middle (2) or end (3) of the period [bs, be) lies, read as one day:
// its first day, the day half its length on, the day after it.
CivilDate part_point(const CivilDate& bs, const CivilDate& be, int part) {
  if (part == 1) return bs;
  if (part == 3) return be;
  return add_days(bs, (days_from_civil(be) - days_from_civil(bs)) / 2);
}

// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
CivilDate easter_sunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{y, month, day};
}

CivilDate holiday_in(int year, int holiday, bool easter) {
  if (easter) return add_days(easter_sunday(year), holiday);
  if (is_weekday_holiday(holiday)) return weekday_holiday_in(year, holiday);  // "Labor Day", "Thanksgiving"
  int month = holiday / 100, day = holiday % 100;
  return CivilDate{year, month, std::min(day, days_in_month(year, month))};
}

std::string two(int v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

bool has_word(const std::vector<FactToken>& t, size_t i, std::string_view lang, DateWord kind, size_t& end) {
  for (auto& m : match_date_words(t, i, lang))
    if (m.kind == kind) {
      end = m.end_token;
      return true;
    }
  return false;
}

bool same_day_of_year(const CivilDate& a, const CivilDate& b) { return a.month == b.month && a.day == b.day; }

// A range opener ("entre", "from") ends at token `first` (perhaps with an article after it).
bool opened_before(const std::vector<FactToken>& t, std::string_view lang, size_t first) {
  size_t e = 0;
  if (first >= 1 && has_word(t, first - 1, lang, DateWord::kDayPrefix, e) && e == first) --first;  // "entre el 1"
  for (size_t back = 1; back <= 3 && back <= first; ++back)
    if (has_word(t, first - back, lang, DateWord::kRangeOpen, e) && e == first) return true;
  return false;
}

// Joins "from X to Y", "tra il 3 e il 12 settembre", "entre 2008 y 2011", "X - Y" into
// one span from X's start to Y's start (the way Recognizers-Text resolves them).
std::vector<DateMention> merge_ranges(std::string_view text, const std::vector<FactToken>& t, std::string_view lang,
                                      std::vector<DateMention> in, const std::vector<std::pair<size_t, size_t>>& spans) {
  // Two dates of different lengths (a year, a month, a day) joined by "to", "through", "until"
  auto calendar = [](const DateMention& d) {
    return (d.granularity == DateGranularity::kYear || d.granularity == DateGranularity::kMonth ||
            d.granularity == DateGranularity::kDay) && d.time.empty() && d.unresolved.empty();
  };
  const bool english = lang.substr(0, 2) == "en";
  auto english_mixed_range = [&](const DateMention& a, const DateMention& b) {
    return english && calendar(a) && calendar(b) && a.granularity != b.granularity;
  };
  std::vector<DateMention> out;
  for (size_t k = 0; k < in.size(); ++k) {
    DateMention& b = in[k];
    size_t bfirst = spans[k].first;
    if (b.granularity == DateGranularity::kSet || (!out.empty() && out.back().granularity == DateGranularity::kSet)) {
      out.push_back(std::move(b));
      continue;
    }
    // Opener, optional article, bare day number, joiner, then a day-month: "between 3 and 12 of Sept".
    if (b.granularity == DateGranularity::kDay && bfirst >= 2) {
      size_t j = bfirst, e = 0;
      if (j >= 1 && has_word(t, j - 1, lang, DateWord::kDayPrefix, e) && e == j) --j;
      // the joiner ending right before B
      for (size_t back = 1; back <= 3 && back <= j; ++back) {
        size_t h = j - back;
        if (!has_word(t, h, lang, DateWord::kRangeTo, e) || e != j) continue;
        size_t d = h;
        if (d == 0 || t[d - 1].kind != TokenKind::kDigits || t[d - 1].folded.size() > 2) break;
        --d;
        int day = std::stoi(t[d].folded);
        size_t o = d;
        if (o >= 1 && has_word(t, o - 1, lang, DateWord::kDayPrefix, e) && e == o) --o;
        bool opened = false;
        for (size_t back2 = 1; back2 <= 2 && back2 <= o; ++back2)
          if (has_word(t, o - back2, lang, DateWord::kRangeOpen, e) && e == o) {
            o -= back2;
            opened = true;
            break;
          }
        if (!opened || day < 1 || day >= b.start.day) break;
        DateMention r = b;
        r.begin = t[o].begin;
        r.text.assign(text.substr(r.begin, r.end - r.begin));
        r.granularity = DateGranularity::kSpan;
        r.start = CivilDate{b.start.year, b.start.month, day};
        r.end_exclusive = b.start;
        if (b.future_start) {
          r.future_start = CivilDate{b.future_start->year, b.future_start->month, day};
          r.future_end = b.future_start;
        }
        b = r;
        break;
      }
    }
    if (!out.empty() && k > 0) {
      DateMention& a = out.back();
      size_t aend = spans[k - 1].second;
      size_t e = 0;
      bool joined = has_word(t, aend, lang, DateWord::kRangeTo, e) &&
                    (e == bfirst || (has_word(t, e, lang, DateWord::kDayPrefix, e) && e == bfirst));
      // Spanish "y" joins a range only after "entre": "febrero, marzo y julio" is a list
      if (joined && lang.substr(0, 2) == "es" && aend < t.size() && t[aend].folded == "y")
        joined = opened_before(t, lang, spans[k - 1].first);
      if (joined && a.granularity == DateGranularity::kMonth && b.granularity == DateGranularity::kMonth &&
          a.uses_anchor && b.uses_anchor && a.anchor && a.future_start && b.future_start) {
        // "de mayo a marzo", "from nov to march", no year: the span that ended last before the
        // anchor's month, and the next one as the other reading
        const CivilDate& an = a.anchor->date;
        int am = a.start.month, bm = b.start.month;
        int ye = bm <= an.month ? an.year : an.year - 1;
        int ys = am <= bm ? ye : ye - 1;
        if (am <= bm && am <= an.month && an.month <= bm) ys = ye = an.year;  // the anchor falls inside it
        if (am > bm && an.month >= am) ys = an.year, ye = an.year + 1;
        if (am > bm && an.month <= bm) ys = an.year - 1, ye = an.year;
        DateMention r = a;
        size_t afirst = spans[k - 1].first, o = afirst;
        for (size_t back = 1; back <= 3 && back <= afirst; ++back)
          if (has_word(t, afirst - back, lang, DateWord::kRangeOpen, e) && e == afirst) {
            o = afirst - back;
            break;
          }
        r.begin = t[o].begin;
        r.end = b.end;
        r.text.assign(text.substr(r.begin, r.end - r.begin));
        r.granularity = DateGranularity::kSpan;
        r.start = CivilDate{ys, am, 1};
        r.end_exclusive = CivilDate{ye, bm, 1};
        r.future_start = CivilDate{ys + 1, am, 1};
        r.future_end = CivilDate{ye + 1, bm, 1};
        a = r;
        continue;
      }
      // "nov to march 2016", "Nov-Feb 5th, 2017": a month without its year before a dated end takes
      // the end's year, or the year before
      if (joined && a.granularity == DateGranularity::kMonth &&
          (b.granularity == DateGranularity::kMonth || (b.granularity == DateGranularity::kDay && b.time.empty())) &&
          a.uses_anchor && !b.uses_anchor && a.future_start && !(a.start < b.start)) {
        int y = a.start.month <= b.start.month ? b.start.year : b.start.year - 1;
        a.start = CivilDate{y, a.start.month, 1};
      }
      // "Nov 18-Dec 19, 2015", "del 3 marzo al 5 aprile 2024": the start takes the end's year
      if (joined && a.granularity == DateGranularity::kDay && b.granularity == DateGranularity::kDay &&
          a.uses_anchor && !b.uses_anchor && a.time.empty() && b.time.empty() && a.future_start &&
          a.future_start->month == a.start.month && a.future_start->day == a.start.day) {  // only the year left out
        int y = (a.start.month < b.start.month || (a.start.month == b.start.month && a.start.day <= b.start.day))
                    ? b.start.year
                    : b.start.year - 1;
        if (valid(y, a.start.month, a.start.day)) {
          a.start = CivilDate{y, a.start.month, a.start.day};
          a.end_exclusive = add_days(a.start, 1);
          a.future_start.reset();
          a.future_end.reset();
        } else {  // "29/2-1/3/2019": the span starts on a day that year does not have
          a.unresolved = "(" + std::to_string(y) + "-" + two(a.start.month) + "-" + two(a.start.day) + "," +
                         b.start.iso() + ",PXD)";
          a.start = add_days(b.start, -1);  // no days of its own; kept before the end so the two join
          a.future_start.reset();
          a.future_end.reset();
        }
      }
      // "29/2-1/3", "28 dic - 3 gen": two days without a year. The end is the first such day from the
      // start on, in each reading; the nearest day to the anchor alone may fall in another year.
      if (joined && a.granularity == DateGranularity::kDay && b.granularity == DateGranularity::kDay &&
          a.uses_anchor && b.uses_anchor && a.time.empty() && b.time.empty() && a.future_start &&
          b.future_start && same_day_of_year(a.start, *a.future_start) && same_day_of_year(b.start, *b.future_start)) {
        auto end_from = [&](const CivilDate& s) -> std::optional<CivilDate> {
          const CivilDate& d = b.start;
          int y = (d.month > s.month || (d.month == s.month && d.day >= s.day)) ? s.year : s.year + 1;
          if (!valid(y, d.month, d.day)) return std::nullopt;
          return CivilDate{y, d.month, d.day};
        };
        auto past = end_from(a.start), future = end_from(*a.future_start);
        if (past && future) {
          b.start = *past;
          b.end_exclusive = add_days(*past, 1);
          b.future_start = *future;
          b.future_end = add_days(*future, 1);
        }
      }
      // "from next Monday to Friday", "nächsten Donnerstag bis Samstag": a weekday ending the span is the
      // first one after its start (a weekday's two readings are a week apart)
      if (joined && a.granularity == DateGranularity::kDay && b.granularity == DateGranularity::kDay &&
          b.uses_anchor && b.future_start && b.time.empty() && a.time.empty() &&
          days_from_civil(*b.future_start) - days_from_civil(b.start) == 7 && !(a.start < b.start)) {
        for (int week = 0; week < 2 && !(a.start < b.start); ++week) {
          b.start = add_days(b.start, 7);
          b.end_exclusive = add_days(b.end_exclusive, 7);
          b.future_start = add_days(*b.future_start, 7);
          b.future_end = add_days(*b.future_end, 7);
        }
      }
      // "de 25/10 a 25/01": the end's other reading when the nearer one comes before the start
      if (joined && a.granularity == DateGranularity::kDay && b.granularity == DateGranularity::kDay &&
          a.uses_anchor && b.uses_anchor && !(a.start < b.start) && b.future_start && a.start < *b.future_start) {
        std::swap(b.start, *b.future_start);
        std::swap(b.end_exclusive, *b.future_end);
      }
      if (joined && a.start < b.start) {
        // an opener before A, or a dash between them
        size_t afirst = spans[k - 1].first, o = afirst;
        bool opened = false;
        for (size_t back = 1; back <= 3 && back <= afirst; ++back) {
          if (!has_word(t, afirst - back, lang, DateWord::kRangeOpen, e)) continue;
          size_t after = e;
          if (after != afirst && has_word(t, after, lang, DateWord::kDayPrefix, e)) after = e;  // "entre el 1 ..."
          if (after == afirst) {
            o = afirst - back;
            opened = true;
            break;
          }
        }
        bool coarse = (a.granularity == DateGranularity::kYear && b.granularity == DateGranularity::kYear) ||
                      (a.granularity == DateGranularity::kMonth && b.granularity == DateGranularity::kMonth);
        // "Feb 28th to March 1st", "9 a 12 de junio": two days joined by "to", "a", "bis" (not by "and")
        static const std::string_view kAnd[] = {"and", "y", "e", "et", "und", "ed", "i"};
        bool conj = false;
        for (std::string_view w : kAnd) conj |= t[aend].folded == w;
        coarse = coarse && (!conj || opened);  // "in 2007 and 2009": two years, "between 2007 and 2009": a span
        bool days = a.granularity == DateGranularity::kDay && b.granularity == DateGranularity::kDay &&
                    a.time.empty() && b.time.empty() && !conj;
        bool spans = a.granularity == DateGranularity::kSpan && b.granularity == DateGranularity::kSpan && !conj &&
                     !a.open_start && !a.open_end && !b.open_start && !b.open_end;  // "2017-t1 a 2018-t1"
        // "2014 through May 2018", "March to June 5": a year, month or day to one of another length
        bool mixed = english_mixed_range(a, b) && !conj;
        if (opened || t[aend].folded == "-" || coarse || days || spans || mixed) {
          if (a.granularity == DateGranularity::kMonth && b.granularity == DateGranularity::kMonth && a.uses_anchor &&
              !b.uses_anchor && a.future_start) {  // "da gennaio ad aprile 2021"; not "from this May to Oct 2020"
            int y = a.start.month <= b.start.month ? b.start.year : b.start.year - 1;
            a.start = CivilDate{y, a.start.month, 1};
            a.future_start.reset();
          }
          DateMention r = a;
          r.begin = t[o].begin;
          r.end = b.end;
          r.text.assign(text.substr(r.begin, r.end - r.begin));
          r.granularity = DateGranularity::kSpan;
          // "from the middle of 2007 to the end of 2008": a part of a period bounds at its point
          if (a.point) r.start = *a.point;
          r.end_exclusive = b.point ? *b.point : b.start;
          r.point.reset();
          r.future_point.reset();
          if (a.future_start && b.future_start) {
            if (a.future_point) r.future_start = *a.future_point;
            r.future_end = b.future_point ? *b.future_point : *b.future_start;
          } else {
            r.future_start.reset();
            r.future_end.reset();
          }
          r.uses_anchor = a.uses_anchor || b.uses_anchor;
          if (!r.anchor) r.anchor = b.anchor;
          a = r;
          continue;
        }
      }
    }
    out.push_back(std::move(b));
  }
  return out;
}

// "since 2019", "dal 3 marzo", "after 2016", "before 2018", "hasta 2010": a date with the word
// before it becomes an open range (what Recognizers-Text resolves them to).
std::vector<DateMention> open_ranges(std::string_view text, const std::vector<FactToken>& t, std::string_view lang,
                                     std::vector<DateMention> in) {
  size_t ti = 0;
  for (DateMention& d : in) {
    // spans too: "since late July", "before early September", "ab Ende 1989"
    if (d.granularity == DateGranularity::kTime || d.granularity == DateGranularity::kSet || !d.time.empty() ||
        d.open_start || d.open_end)
      continue;
    while (ti < t.size() && t[ti].begin < d.begin) ++ti;
    if (ti >= t.size() || t[ti].begin != d.begin) continue;
    // "2018 or later", "dal 2020 in poi", "1/1/2016 y después": open from the date on
    size_t te = ti;
    while (te < t.size() && t[te].begin < d.end) ++te;
    size_t or_later_end = 0;
    if (te < t.size() && d.granularity != DateGranularity::kWeek && d.granularity != DateGranularity::kWeekend)
      for (auto& m : match_date_words(t, te, lang))
        if (m.kind == DateWord::kOrLater) or_later_end = std::max(or_later_end, m.end_token);
    // "before 2018 or after 2020": "or after" then a date is the next date's
    if (or_later_end && or_later_end < t.size() &&
        (t[or_later_end].kind == TokenKind::kDigits || !match_date_words(t, or_later_end, lang).empty() ||
         t[or_later_end].folded == "than"))  // "2018 or later than 2020"
      or_later_end = 0;
    if (or_later_end) {
      d.open_end = true;
      if (d.future_start) d.future_end.reset();
      d.granularity = DateGranularity::kSpan;
      d.end = t[or_later_end - 1].end;
      d.text.assign(text.substr(d.begin, d.end - d.begin));
    }
    // "before the year 2019", "since the end of 1989", "desde el 1 de enero": an article may stand between
    // the word and the date (French specs keep "avant le 15.05.99" a date alone: no day article there)
    size_t lead = ti, article_end = 0;
    if (ti > 0 && lang.substr(0, 2) != "fr" &&
        ((has_word(t, ti - 1, lang, DateWord::kDefArticle, article_end) && article_end == ti) ||
         (has_word(t, ti - 1, lang, DateWord::kDayPrefix, article_end) && article_end == ti)))
      lead = ti - 1;
    // the longest phrase first: "no later than" bounds before, "later than" after
    for (size_t back = std::min<size_t>(4 + ti - lead, ti); back >= 1; --back) {
      size_t s = ti - back, e = 0;
      DateWord kind{};
      bool hit = false;
      for (auto& m : match_date_words(t, s, lang)) {
        if ((m.kind == DateWord::kSince || m.kind == DateWord::kAfter || m.kind == DateWord::kBefore) &&
            (m.end_token == ti || m.end_token == lead)) {
          kind = m.kind;
          e = ti;
          hit = true;
        }
      }
      if (!hit || e != ti) continue;
      if (or_later_end) {  // "dal 2020 in poi", "since 2018 or later": already open from the date on
        if (kind == DateWord::kSince) {
          d.begin = t[s].begin;
          d.text.assign(text.substr(d.begin, d.end - d.begin));
        }
        break;
      }
      CivilDate start = d.start, end = d.end_exclusive;
      if (kind == DateWord::kSince) {
        d.open_end = true;
        d.start = start;
        if (d.future_start) d.future_end.reset();
      } else if (kind == DateWord::kAfter) {
        d.open_end = true;
        // "after mid May": after the whole middle part; "after January 1, 2007": from that day, as the specs read it
        d.start = d.granularity == DateGranularity::kDay && !d.point ? start : end;
        if (d.future_start && !(d.granularity == DateGranularity::kDay && !d.point)) d.future_start = d.future_end;
      } else {
        d.open_start = true;
        d.end_exclusive = d.point ? *d.point : start;  // "before the end of this year": up to its last day
        if (d.future_start) d.future_end = d.future_point ? *d.future_point : *d.future_start;
      }
      d.granularity = DateGranularity::kSpan;
      d.begin = t[s].begin;
      d.text.assign(text.substr(d.begin, d.end - d.begin));
      break;
    }
  }
  return in;
}

}  // namespace

std::string DateMention::value() const {
  if (!unresolved.empty()) return unresolved;
  if (granularity == DateGranularity::kSet) return set;
  if (!time_end.empty()) {
    if (granularity == DateGranularity::kTime) return "T" + time + "/T" + time_end;
    return start.iso() + "T" + time + "/" + start.iso() + "T" + time_end;
  }
  if ((open_end || open_start) && !time.empty()) {  // "after 2pm", "today before 4pm"
    std::string at = (granularity == DateGranularity::kTime ? "" : start.iso()) + "T" + time;
    return open_end ? at + "/.." : "../" + at;
  }
  if (open_end) return start.iso() + "/..";
  if (open_start) return "../" + add_days(end_exclusive, -1).iso();
  switch (granularity) {
    case DateGranularity::kTime: return "T" + time;
    case DateGranularity::kDay: return time.empty() ? start.iso() : start.iso() + "T" + time;
    case DateGranularity::kMonth: return start.iso().substr(0, 7);
    case DateGranularity::kYear: return start.iso().substr(0, 4);
    case DateGranularity::kWeek: {
      // ISO week of the Monday: the week's Thursday decides the year.
      CivilDate thursday = add_days(start, 3);
      long jan1 = days_from_civil(CivilDate{thursday.year, 1, 1});
      long week = (days_from_civil(thursday) - jan1) / 7 + 1;
      return std::to_string(thursday.year) + "-W" + two(static_cast<int>(week));
    }
    default: return start.iso() + "/" + add_days(end_exclusive, -1).iso();
  }
}

std::vector<DateMention> find_dates(std::string_view text, std::string_view language, std::optional<Anchor> anchor) {
  return find_dates(tokenize_facts(text), text, language, std::move(anchor));
}

std::vector<DateMention> find_dates(const std::vector<FactToken>& tokens, std::string_view text,
                                    std::string_view language, std::optional<Anchor> anchor) {
  return find_dates(FactText(tokens, language), text, std::move(anchor));
}

std::vector<DateMention> find_dates(const FactText& fact_text, std::string_view text, std::optional<Anchor> anchor) {
  const std::vector<FactToken>& tokens = fact_text.tokens();
  const std::string_view language = fact_text.language();
  Matcher matcher(fact_text);
  std::vector<RawDate> raws = matcher.run();
  if (!anchor) {
    // No publication date: the latest full date the text gives.
    std::optional<CivilDate> latest;
    for (const RawDate& r : raws)
      if (r.kind == RawDate::kFull) {
        CivilDate d{r.y, r.m, r.d};
        if (!latest || d > *latest) latest = d;
      }
    if (latest) anchor = Anchor{*latest, "text", ""};
  }
  std::vector<DateMention> out;
  std::vector<std::pair<size_t, size_t>> spans;  // token range of each mention
  for (const RawDate& r : raws) {
    DateMention m;
    m.begin = tokens[r.first].begin;
    m.end = tokens[r.end - 1].end;
    m.text.assign(text.substr(m.begin, m.end - m.begin));
    m.approx = r.approx;
    auto day = [&](CivilDate d) {
      m.granularity = DateGranularity::kDay;
      m.start = d;
      m.end_exclusive = add_days(d, 1);
    };
    auto month = [&](int y, int mo) {
      m.granularity = DateGranularity::kMonth;
      m.start = CivilDate{y, mo, 1};
      m.end_exclusive = add_months(m.start, 1);
    };
    auto year = [&](int y) {
      m.granularity = DateGranularity::kYear;
      m.start = CivilDate{y, 1, 1};
      m.end_exclusive = CivilDate{y + 1, 1, 1};
    };
    bool needs_anchor = !((r.kind == RawDate::kUnresolved && !r.has_mod) || r.kind == RawDate::kFull || r.kind == RawDate::kMonthYear || r.kind == RawDate::kYear ||
                          r.kind == RawDate::kTime || r.kind == RawDate::kSet || (r.kind == RawDate::kHoliday && r.y) ||
                          (r.kind == RawDate::kPeriod && (r.base == 'D' || (r.y && (r.base == 'M' || r.base == 'Y')))));
    if (r.hour >= 0) {
      char buf[48];
      std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", r.hour, r.minute, r.second);
      m.time = buf;
      if (r.hour_end >= 0) {
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", r.hour_end, r.minute_end, r.second_end);
        m.time_end = buf;
      }
    }
    if (needs_anchor && !anchor) continue;
    const CivilDate a = anchor ? anchor->date : CivilDate{};
    switch (r.kind) {
      case RawDate::kTime: m.granularity = DateGranularity::kTime; break;
      case RawDate::kUnresolved: {  // "FY2008", "SYXXXX", "2016-SU", "SU"
        if (r.label.empty()) {  // a day the month does not have: "XXXX-02-30", "2019-02-29"
          m.granularity = DateGranularity::kDay;
          m.unresolved = (r.y ? std::to_string(r.y) : "XXXX") + "-" + two(r.m) + "-" + two(r.d);
          break;
        }
        m.granularity = DateGranularity::kSpan;
        int y = r.y ? r.y : r.has_mod ? a.year + r.mod : 0;
        bool season = r.label != "FY" && r.label != "SY";
        if (season) m.unresolved = y ? std::to_string(y) + "-" + r.label : r.label;
        else m.unresolved = r.label + (y ? std::to_string(y) : "XXXX");
        break;
      }
      case RawDate::kSet:
        m.granularity = DateGranularity::kSet;
        m.set = r.set;
        break;
      case RawDate::kFull: day(CivilDate{r.y, r.m, r.d}); break;
      case RawDate::kMonthYear: month(r.y, r.m); break;
      case RawDate::kYear: year(r.y); break;
      case RawDate::kPeriodRun: {
        m.granularity = DateGranularity::kSpan;
        auto [s, e] = period_run_days(a, PeriodRun{r.first, r.end, static_cast<int>(r.amount), r.mod, r.unit});
        m.start = s;
        m.end_exclusive = e;
        break;
      }
      case RawDate::kSpanFull:  // "2014-2018": from the first to the start of the last, as Recognizers-Text
        m.granularity = DateGranularity::kSpan;
        m.start = CivilDate{r.y, r.m, r.d};
        m.end_exclusive = CivilDate{r.y2, r.m2, r.d2};
        break;
      case RawDate::kHoliday: {
        if (r.y) {
          day(holiday_in(r.y, r.holiday, r.easter));
          break;
        }
        CivilDate same = holiday_in(a.year, r.holiday, r.easter);
        if (r.has_mod && r.d) {  // "in the next year": that year's
          day(holiday_in(a.year + r.mod, r.holiday, r.easter));
        } else if (r.has_mod && r.mod == 0) {
          day(same);
        } else if (r.has_mod) {  // "last Easter", "next Christmas": the occurrence before or after the anchor
          CivilDate past = same < a ? same : holiday_in(a.year - 1, r.holiday, r.easter);
          CivilDate future = a < same ? same : holiday_in(a.year + 1, r.holiday, r.easter);
          day(r.mod < 0 ? past : future);
        } else {  // the one before the anchor (the news is mostly about the past), the next one after
          CivilDate past = same <= a ? same : holiday_in(a.year - 1, r.holiday, r.easter);
          CivilDate future = a < same ? same : holiday_in(a.year + 1, r.holiday, r.easter);
          day(past);
          m.future_start = future;
          m.future_end = add_days(future, 1);
        }
        break;
      }
      case RawDate::kPeriod: {
        CivilDate bs, be;  // the base period [bs, be)
        if (r.base == 'D') {
          bs = CivilDate{r.y, 1, 1};
          be = CivilDate{r.y + 10, 1, 1};
        } else if (r.base == 'W') {
          bs = add_days(week_monday(a), 7 * r.mod);
          be = add_days(bs, 7);
        } else if (r.base == 'M') {
          if (r.m == 0) bs = add_months(CivilDate{a.year, a.month, 1}, r.mod);
          else bs = CivilDate{r.y ? r.y : a.year, r.m, 1};
          be = add_months(bs, 1);
        } else {
          int y = r.y ? r.y : a.year + r.mod;
          bs = CivilDate{y, 1, 1};
          be = CivilDate{y + 1, 1, 1};
        }
        CivilDate s = bs, e = be;
        if (r.part) {
          long len = days_from_civil(be) - days_from_civil(bs);
          if (r.base == 'W') {  // Monday-Thursday, Tuesday-Friday, Thursday-next Monday
            s = add_days(bs, r.part == 1 ? 0 : r.part == 2 ? 1 : 3);
            e = add_days(s, r.part == 3 ? 4 : 3);
          } else if (r.base == 'M') {  // 1-15, 10-20, 16-end
            s = add_days(bs, r.part == 1 ? 0 : r.part == 2 ? 9 : 15);
            e = r.part == 3 ? be : add_days(bs, r.part == 1 ? 15 : 20);
          } else if (r.base == 'Y' && r.y) {  // a named year: its thirds ("the end of 2000": September on)
            s = add_months(bs, 4 * (r.part - 1));
            e = add_months(s, 4);
          } else if (r.base == 'Y') {  // "end of the year", "later this year": halves, the middle half
            s = add_months(bs, r.part == 1 ? 0 : r.part == 2 ? 3 : 6);
            e = add_months(s, 6);
          } else {  // a decade: its first, middle and last few years
            s = add_months(bs, 12 * (r.part == 1 ? 0 : r.part == 2 ? 4 : 7));
            e = add_months(s, 12 * (r.part == 2 ? 2 : 3));
          }
          (void)len;
          if (r.clamp && r.part == 3 && s < a && a < e) s = a;    // "later this month": from the anchor on
          // "earlier this year": up to the anchor when it falls in the early part; "earlier this month" on
          // the 28th is its first half
          if (r.clamp && r.part == 1 && bs < a && a < e) e = a;
        } else if (r.count) {  // the first (last) `count` days, weeks or months of the period
          if (r.count_unit == 1) {  // weeks counted as ISO does
            CivilDate first = week_monday(add_days(bs, 3));
            CivilDate last_end = add_days(week_monday(add_days(be, -4)), 7);
            s = r.ord > 0 ? first : add_days(last_end, -7 * r.count);
            e = r.ord > 0 ? add_days(first, 7 * r.count) : last_end;
          } else {
            s = r.ord > 0 ? bs : add_units(be, r.count_unit, -r.count);
            e = r.ord > 0 ? add_units(bs, r.count_unit, r.count) : be;
          }
          if (r.count_unit != 1 && (s < bs || be < e)) continue;  // more than the period holds
        } else if (r.ord) {
          if (r.punit == 1) {  // weeks counted as ISO does: the first holds the 4th day, the last the 4th from the end
            CivilDate first = week_monday(add_days(bs, 3));
            CivilDate last = week_monday(add_days(be, -4));
            s = r.ord > 0 ? add_days(first, 7 * (r.ord - 1)) : last;
            e = add_days(s, 7);
          } else {
            int months = r.punit == 2 ? 1 : r.punit == 6 ? 3 : 6;
            s = r.ord > 0 ? add_months(bs, months * (r.ord - 1)) : add_months(be, -months);
            e = add_months(s, months);
            if (!(e <= be)) continue;
          }
        }
        m.granularity = DateGranularity::kSpan;
        m.start = s;
        m.end_exclusive = e;
        if (r.part) m.point = part_point(bs, be, r.part);
        if (r.part && r.base == 'M' && r.m != 0 && r.y == 0) m.future_point = part_point(add_months(bs, 12), add_months(be, 12), r.part);
        if (r.base == 'M' && r.m != 0 && r.y == 0) {  // a month without its year: the next one too
          m.future_start = CivilDate{s.year + 1, s.month, std::min(s.day, days_in_month(s.year + 1, s.month))};
          CivilDate fe = add_months(CivilDate{be.year + 1, be.month, 1}, 0);
          if (r.ord && r.punit == 1) {
            CivilDate fbs{bs.year + 1, bs.month, 1};
            CivilDate fbe = add_months(fbs, 1);
            CivilDate first = week_monday(add_days(fbs, 3));
            m.future_start = r.ord > 0 ? add_days(first, 7 * (r.ord - 1)) : week_monday(add_days(fbe, -4));
            fe = add_days(*m.future_start, 7);
          } else if (r.part) {
            fe = add_months(e, 12);
          }
          m.future_end = fe;
        }
        break;
      }
      case RawDate::kDayMonth: {
        if (r.has_mod) {  // "next 5/12": in the year after the anchor's
          if (!valid(a.year + r.mod, r.m, r.d)) continue;
          day(CivilDate{a.year + r.mod, r.m, r.d});
          break;
        }
        if (r.m == 2 && r.d == 29) {  // 29 February: the last one before the anchor and the next after it
          int py = a.year, fy = a.year;
          while (!valid(py, 2, 29) || a < CivilDate{py, 2, 29}) --py;
          while (!valid(fy, 2, 29) || !(a < CivilDate{fy, 2, 29})) ++fy;
          day(CivilDate{py, 2, 29});
          m.future_start = CivilDate{fy, 2, 29};
          m.future_end = add_days(*m.future_start, 1);
          break;
        }
        // The year left out: the occurrence before the anchor and the one after it;
        // the nearer one first.
        int y = a.year;
        if (!valid(y, r.m, r.d)) y = a.year - 1;  // 29 February
        CivilDate same{y, r.m, r.d};
        CivilDate past = same <= a ? same : CivilDate{y - 1, r.m, std::min(r.d, days_in_month(y - 1, r.m))};
        CivilDate future = same > a ? same : CivilDate{y + 1, r.m, std::min(r.d, days_in_month(y + 1, r.m))};
        long dp = days_from_civil(a) - days_from_civil(past), df = days_from_civil(future) - days_from_civil(a);
        day(dp <= df ? past : future);
        CivilDate other = dp <= df ? future : past;
        m.future_start = other;
        m.future_end = add_days(other, 1);
        break;
      }
      case RawDate::kMonth: {
        if (r.has_mod) {
          month(a.year + (r.mod == 0 ? 0 : r.mod), r.m);
          if (r.mod == -1 && r.m < a.month) month(a.year, r.m);
          if (r.mod == 1 && r.m > a.month) month(a.year, r.m);
        } else {
          month(a.year, r.m);
          int other = r.m <= a.month ? a.year + 1 : a.year - 1;
          m.future_start = CivilDate{other, r.m, 1};
          m.future_end = add_months(*m.future_start, 1);
        }
        break;
      }
      case RawDate::kWeekday: {
        int aw = weekday(a);
        if (r.recent) {
          int back = (aw - r.weekday + 7) % 7;
          day(add_days(a, -(back == 0 ? 7 : back)));
        } else if (r.has_mod) {
          CivilDate monday = add_days(week_monday(a), 7 * r.mod);
          day(add_days(monday, r.weekday - 1));
        } else {
          int back = (aw - r.weekday + 7) % 7;
          CivilDate past = add_days(a, -back);
          int fwd = (r.weekday - aw + 7) % 7;
          if (fwd == 0) fwd = 7;
          if (back == 0) past = add_days(a, -7);
          day(past);
          m.future_start = add_days(a, fwd);
          m.future_end = add_days(*m.future_start, 1);
          if (back == 0) {  // the anchor's own weekday: that very day reads best
            m.future_start = past;
            m.future_end = add_days(past, 1);
            day(a);
          }
        }
        break;
      }
      case RawDate::kRelDay:
        day(add_days(a, r.days));
        if (r.now && anchor && !anchor->time.empty()) m.time = anchor->time;
        if (r.clock_shift && anchor && anchor->time.size() == 8) {
          long t = std::stol(anchor->time.substr(0, 2)) * 3600 + std::stol(anchor->time.substr(3, 2)) * 60 +
                   std::stol(anchor->time.substr(6, 2)) + r.clock_shift;
          long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
          t -= days * 86400;
          day(add_days(a, days));
          char buf[48];
          std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", static_cast<int>(t / 3600), static_cast<int>(t / 60 % 60),
                        static_cast<int>(t % 60));
          m.time = buf;
          if (r.clock_span && days == 0) {  // "within 5 minutes", "the last 5 minutes": from now to then (in the day)
            m.time = r.clock_shift > 0 ? anchor->time : std::string(buf);
            m.time_end = r.clock_shift > 0 ? std::string(buf) : anchor->time;
          }
        }
        break;
      case RawDate::kRelUnit: {
        if (r.unit == 1) {
          m.granularity = DateGranularity::kWeek;
          m.start = add_days(week_monday(a), 7 * r.mod);
          m.end_exclusive = add_days(m.start, 7);
        } else if (r.unit == kWorkWeekUnit) {  // "next work week": its Monday to Friday
          m.granularity = DateGranularity::kSpan;
          m.start = add_days(week_monday(a), 7 * r.mod);
          m.end_exclusive = add_days(m.start, 5);
        } else if (r.unit == 4) {
          m.granularity = DateGranularity::kWeekend;
          m.start = add_days(week_monday(a), 7 * r.mod + 5);
          m.end_exclusive = add_days(m.start, 2);
        } else if (r.unit == 2) {
          CivilDate mm = add_months(CivilDate{a.year, a.month, 1}, r.mod);
          month(mm.year, mm.month);
        } else if (r.unit == 5) {  // "next decade" 2020-2029 from 2018, "la última década" 2000-2009
          int y = a.year / 10 * 10 + 10 * r.mod;
          m.granularity = DateGranularity::kSpan;
          m.start = CivilDate{y, 1, 1};
          m.end_exclusive = CivilDate{y + 10, 1, 1};
        } else if (r.unit == kFortnightUnit) {  // two weeks from the anchor's Monday, moved by whole fortnights
          m.granularity = DateGranularity::kSpan;
          m.start = add_days(week_monday(a), 14 * r.mod);
          m.end_exclusive = add_days(m.start, 14);
        } else if (r.unit == 6) {
          CivilDate q = add_months(CivilDate{a.year, (a.month - 1) / 3 * 3 + 1, 1}, 3 * r.mod);
          m.granularity = DateGranularity::kSpan;
          m.start = q;
          m.end_exclusive = add_months(q, 3);
        } else {
          year(a.year + r.mod);
        }
        break;
      }
      case RawDate::kShift: day(add_days(add_units(a, r.unit, r.amount), r.days)); break;
      case RawDate::kDayOnly: {
        if (r.has_mod) {  // "the 15th day of next month": that day of the anchor's month moved by mod
          CivilDate mo = add_months(CivilDate{a.year, a.month, 1}, r.mod);
          if (r.d > days_in_month(mo.year, mo.month)) continue;
          day(CivilDate{mo.year, mo.month, r.d});
          break;
        }
        if (r.weekday) {
          // The latest month (the anchor's included) whose day d falls on that weekday, and the
          // next one after the anchor: the nearer is the reading, the other the second one.
          std::optional<CivilDate> past, future;
          CivilDate mo{a.year, a.month, 1};
          if (r.d > a.day) mo = add_months(mo, -1);
          for (int tries = 0; tries < 48 && !past; ++tries, mo = add_months(mo, -1)) {
            if (r.d > days_in_month(mo.year, mo.month)) continue;
            CivilDate c{mo.year, mo.month, r.d};
            if (weekday(c) == r.weekday) past = c;
          }
          mo = CivilDate{a.year, a.month, 1};
          if (r.d <= a.day) mo = add_months(mo, 1);
          for (int tries = 0; tries < 48 && !future; ++tries, mo = add_months(mo, 1)) {
            if (r.d > days_in_month(mo.year, mo.month)) continue;
            CivilDate c{mo.year, mo.month, r.d};
            if (weekday(c) == r.weekday) future = c;
          }
          if (!past && !future) continue;
          bool future_nearer = future && (!past || days_from_civil(*future) - days_from_civil(a) <
                                                       days_from_civil(a) - days_from_civil(*past));
          day(future_nearer ? *future : *past);
          if (auto other = future_nearer ? past : future) {
            m.future_start = *other;
            m.future_end = add_days(*other, 1);
          }
          break;
        }
        // The anchor's month if the day has come, else the month before; the other reading after.
        CivilDate m0{a.year, a.month, 1};
        CivilDate past = r.d <= a.day ? m0 : add_months(m0, -1);
        CivilDate future = r.d <= a.day ? add_months(m0, 1) : m0;
        if (r.d > days_in_month(past.year, past.month) || r.d > days_in_month(future.year, future.month)) break;
        day(CivilDate{past.year, past.month, r.d});
        m.future_start = CivilDate{future.year, future.month, r.d};
        m.future_end = add_days(*m.future_start, 1);
        break;
      }
      case RawDate::kNextN: {
        m.granularity = DateGranularity::kSpan;
        m.start = r.d ? a : add_days(a, 1);  // "within 9 months" starts at the anchor
        m.end_exclusive = add_units(m.start, r.unit, r.amount);
        break;
      }
      case RawDate::kLastN: {
        m.granularity = DateGranularity::kSpan;
        m.start = add_units(a, r.unit, -r.amount);
        m.end_exclusive = a;
        break;
      }
    }
    const bool resolved = m.unresolved.empty();
    if (resolved && r.week_of && m.granularity == DateGranularity::kDay) {  // the week that holds the day
      m.granularity = DateGranularity::kSpan;
      m.start = week_monday(m.start);
      m.end_exclusive = add_days(m.start, 7);
      if (m.future_start) {
        m.future_start = week_monday(*m.future_start);
        m.future_end = add_days(*m.future_start, 7);
      }
    }
    if (resolved && r.day_last && m.granularity == DateGranularity::kDay) {  // "November 18-19": from the first day to the last
      if (!valid(m.start.year, m.start.month, r.day_last)) continue;
      m.granularity = DateGranularity::kSpan;
      m.end_exclusive = CivilDate{m.start.year, m.start.month, r.day_last};
      if (m.future_start) {
        if (!valid(m.future_start->year, m.future_start->month, r.day_last)) m.future_start.reset(), m.future_end.reset();
        else m.future_end = CivilDate{m.future_start->year, m.future_start->month, r.day_last};
      }
    }
    if (resolved && r.compared) {  // ">= 2019" from its start on, "> 2019" after it, "<= 2019" up to its end
      m.granularity = DateGranularity::kSpan;
      if (r.compared == 2) m.start = m.end_exclusive;
      if (r.compared == -2) m.end_exclusive = m.start;
      (r.compared > 0 ? m.open_end : m.open_start) = true;
    }
    if (resolved && r.span_days && m.granularity == DateGranularity::kDay) {  // "a week starting tomorrow"
      m.granularity = DateGranularity::kSpan;
      m.end_exclusive = add_days(m.start, r.span_days);
      if (m.future_start) m.future_end = add_days(*m.future_start, r.span_days);
    }
    if (resolved && r.shift_unit >= 0 && m.granularity == DateGranularity::kDay) {
      const CivilDate base = m.start;
      day(add_units(m.start, r.shift_unit, r.shift_amount));
      if (m.future_start) {
        m.future_start = add_units(*m.future_start, r.shift_unit, r.shift_amount);
        m.future_end = add_days(*m.future_start, 1);
      }
      const bool later = r.shift_amount > 0;
      if (r.shift_compared > 0) {  // "more than": open beyond the shifted day, up to it or from it on
        m.granularity = DateGranularity::kSpan;
        (later ? m.open_end : m.open_start) = true;
        if (!later) m.end_exclusive = m.start;
        m.future_start.reset();
        m.future_end.reset();
      } else if (r.shift_compared < 0) {  // "less than": between the date and the shifted day
        m.granularity = DateGranularity::kSpan;
        m.end_exclusive = later ? m.start : base;
        m.start = later ? base : m.start;
        m.future_start.reset();
        m.future_end.reset();
      }
    }
    if (resolved && r.holiday_weekend && m.granularity == DateGranularity::kDay) {  // "Labor Day weekend"
      m.granularity = DateGranularity::kSpan;
      std::tie(m.start, m.end_exclusive) = holiday_weekend(m.start);
      if (m.future_start) std::tie(*m.future_start, *m.future_end) = holiday_weekend(*m.future_start);
    }
    if (resolved && r.week_weekday && m.granularity == DateGranularity::kDay) {  // "Monday two weeks from now"
      day(weekday_in_week_of(m.start, r.week_weekday));
      if (m.future_start) {
        m.future_start = weekday_in_week_of(*m.future_start, r.week_weekday);
        m.future_end = add_days(*m.future_start, 1);
      }
    }
    if (resolved && r.until_anchor) {  // "year to date", "from March to date": from its start up to the anchor
      if (!anchor || !(m.start < a)) continue;
      m.granularity = DateGranularity::kSpan;
      m.end_exclusive = a;
      m.future_start.reset();
      m.future_end.reset();
    }
    if (needs_anchor) {
      m.uses_anchor = true;
      m.anchor = anchor;
    }
    out.push_back(std::move(m));
    spans.emplace_back(r.first, r.end);
  }
  return join_spanish_dates(text, tokens, language, anchor, shade_spanish_day_parts(text, tokens, language, anchor, trim_spanish_leads(
      text, tokens, language,
      bound_times(text, tokens, language,
                  open_ranges(text, tokens, language, merge_ranges(text, tokens, language, std::move(out), spans))))));
}

}  // namespace newsdesk::analyze
