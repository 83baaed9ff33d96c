#include "analyze/date_period_runs.h"

#include "analyze/quantity_numbers.h"

namespace newsdesk::analyze {
namespace {

// The lexicon's unit values of "decade", "quarter" and "business day", and their length in months
// (-1: counted in days).
constexpr int kDecadeUnit = 5, kQuarterUnit = 6, kBusinessDayUnit = 10;

int months_of(int unit) {
  return unit == kQuarterUnit ? 3 : unit == kDecadeUnit ? 120 : unit == kBusinessDayUnit ? -1 : 0;
}

bool is_business_day(long days_since_epoch) {
  long w = ((days_since_epoch % 7) + 7 + 3) % 7;  // 0 Monday; 1970-01-01 was a Thursday
  return w < 5;
}

// The modifier's direction: "last", "past", "previous" -1; "next", "coming", "following" +1; 0 none.
int direction_of(const DateWordMatch& m) {
  if (m.kind == DateWord::kLastN) return -1;
  if (m.kind == DateWord::kNextN) return 1;
  if (m.kind == DateWord::kPreMod) return m.value;
  return 0;
}

CivilDate first_of_month(int months_since_year_0) {
  int y = months_since_year_0 / 12;
  return CivilDate{y, months_since_year_0 - y * 12 + 1, 1};
}

// The whole number at token j and the token after it. A number word alone first: the number reader
// takes "three quarters" for 3/4.
std::optional<std::pair<int, size_t>> count_at(const std::vector<FactToken>& t, size_t j, std::string_view language) {
  if (t[j].kind == TokenKind::kWord) {
    auto v = number_word_value(t[j].folded, language);
    if (v && *v >= 1 && *v <= 400 && *v == static_cast<int>(*v)) return std::make_pair(static_cast<int>(*v), j + 1);
    return std::nullopt;
  }
  auto n = read_number_at(t, j, language);
  if (!n || n->glued_unit || n->value < 1 || n->value > 400 || n->value != static_cast<int>(n->value))
    return std::nullopt;
  return std::make_pair(static_cast<int>(n->value), n->end_token);
}

}  // namespace

std::optional<PeriodRun> period_run_at(const std::vector<FactToken>& t,
                                       const std::vector<std::vector<DateWordMatch>>& words, size_t i,
                                       std::string_view language) {
  if (i >= words.size()) return std::nullopt;
  for (const DateWordMatch& m : words[i]) {
    int direction = direction_of(m);
    if (direction == 0 || m.end_token >= t.size()) continue;
    auto count = count_at(t, m.end_token, language);
    if (!count || count->second >= words.size()) continue;
    for (const DateWordMatch& u : words[count->second]) {
      int months = u.kind == DateWord::kUnit ? months_of(u.value) : 0;
      // the specs keep the article of "the next two decades", not of "the last 2 quarters"
      if (months) return PeriodRun{months == 120 ? i : m.end_token - 1, u.end_token, count->first, direction,
                                   months < 0 ? 0 : months};
    }
  }
  return std::nullopt;
}

std::pair<CivilDate, CivilDate> period_run_days(const CivilDate& anchor, const PeriodRun& run) {
  if (run.months == 0) {  // business days: the next ones from the day after the anchor, or those before it
    long a = days_from_civil(anchor), d = a, first = 0;
    for (int counted = 0; counted < run.count;) {
      d += run.direction < 0 ? -1 : 1;
      if (!is_business_day(d)) continue;
      if (counted++ == 0) first = d;
    }
    if (run.direction < 0) return {civil_from_days(d), anchor};
    return {civil_from_days(first), civil_from_days(d + 1)};
  }
  const int n = run.months;
  int own = (anchor.year * 12 + anchor.month - 1) / n * n;  // the anchor's period, in months
  if (run.direction < 0) return {first_of_month(own - n * run.count), first_of_month(own)};
  return {first_of_month(own + n), first_of_month(own + n * (run.count + 1))};
}

}  // namespace newsdesk::analyze
