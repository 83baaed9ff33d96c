#include "analyze/date_spanish_day_parts.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace newsdesk::analyze {
namespace {

// "HH:MM:SS" to seconds, or -1 when not of that form.
int seconds_of(const std::string& hms) {
  if (hms.size() != 8 || hms[2] != ':' || hms[5] != ':') return -1;
  for (size_t i : {0, 1, 3, 4, 6, 7})
    if (hms[i] < '0' || hms[i] > '9') return -1;
  return ((hms[0] - '0') * 10 + hms[1] - '0') * 3600 + ((hms[3] - '0') * 10 + hms[4] - '0') * 60 +
         (hms[6] - '0') * 10 + hms[7] - '0';
}

std::string hms(int s) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", s / 3600 % 100, s / 60 % 60, s % 60);
  return buf;
}

// "más tarde" ending just before token i (its first token), else i.
size_t later_before(const std::vector<FactToken>& t, size_t i) {
  if (i >= 2 && word_at(t, i - 2) == "mas" && word_at(t, i - 1) == "tarde") return i - 2;
  return i;
}

// "final de(l)" / "fin de(l)" ending just before token i (its first token), else i.
size_t end_of_before(const std::vector<FactToken>& t, size_t i) {
  if (i >= 2 && (word_at(t, i - 1) == "de" || word_at(t, i - 1) == "del") &&
      (word_at(t, i - 2) == "final" || word_at(t, i - 2) == "fin"))
    return i - 2;
  return i;
}

void respan(std::string_view text, const std::vector<FactToken>& t, size_t first, DateMention& d) {
  d.begin = t[first].begin;
  d.text.assign(text.substr(d.begin, d.end - d.begin));
}

// "(más tarde | final del) (este) pasado (el) mediodía": the afternoon or its late half.
bool afternoon(std::string_view text, const std::vector<FactToken>& t, const std::optional<Anchor>& anchor,
               size_t a, DateMention& d) {
  if (d.granularity != DateGranularity::kTime || d.time != "12:00:00" || !d.time_end.empty()) return false;
  size_t k = a;
  if (k >= 1 && word_at(t, k - 1) == "el") --k;
  if (k < 1 || word_at(t, k - 1) != "pasado") return false;
  --k;
  const bool this_day = k >= 1 && word_at(t, k - 1) == "este";
  if (this_day) --k;
  size_t first = later_before(t, k);
  if (first == k && k >= 2 && word_at(t, k - 2) == "por" && word_at(t, k - 1) == "el") first = later_before(t, k - 2);
  if (first == k) first = end_of_before(t, k);
  const bool late = first != k;
  if (!late) first = k;
  if (this_day && !anchor) return false;
  d.time = late ? "14:00:00" : "12:00:00";
  d.time_end = "16:00:00";
  if (this_day) {
    d.granularity = DateGranularity::kDay;
    d.start = anchor->date;
    d.end_exclusive = civil_from_days(days_from_civil(anchor->date) + 1);
    d.uses_anchor = true;
    d.anchor = anchor;
  }
  respan(text, t, first, d);
  return true;
}

// "temprano en la mañana", "más tarde esta tarde", "final de la tarde": a half of a four-hour part.
bool half_of_part(std::string_view text, const std::vector<FactToken>& t, size_t a, DateMention& d) {
  if (d.time_end.empty() || d.open_start || d.open_end) return false;
  const int s = seconds_of(d.time), e = seconds_of(d.time_end);
  if (s < 0 || e - s != 4 * 3600) return false;
  size_t first = a;
  bool late = false;
  if (a >= 1 && word_at(t, a - 1) == "temprano") {
    first = a - 1;
  } else if (size_t l = later_before(t, a); l != a) {
    first = l, late = true;
  } else if (word_at(t, a) == "de" && a >= 1 && (word_at(t, a - 1) == "final" || word_at(t, a - 1) == "fin")) {
    first = a - 1, late = true;  // "al final de la tarde": "al" stays out as the specs write it
  }
  if (first == a) return false;
  d.time = hms(late ? s + 2 * 3600 : s);
  d.time_end = hms(late ? e : s + 2 * 3600);
  respan(text, t, first, d);
  return true;
}

// "al final del día", "al fin de domingo", "el fin de día": the last second of that day.
bool end_of_day(std::string_view text, const std::vector<FactToken>& t, size_t a, DateMention& d) {
  if (d.granularity != DateGranularity::kDay || d.open_start || d.open_end || !d.time_end.empty() ||
      !(d.time.empty() || d.time == "23:59:59"))
    return false;
  size_t first = a;
  if (word_at(t, a) == "fin" || word_at(t, a) == "final") first = a;                      // "fin de día"
  else if ((word_at(t, a) == "del" || word_at(t, a) == "de") && a >= 1 &&
           (word_at(t, a - 1) == "final" || word_at(t, a - 1) == "fin")) first = a - 1;   // "final [del día]"
  else first = end_of_before(t, a);                                                 // "final del [domingo]"
  if (word_at(t, first) != "fin" && word_at(t, first) != "final") return false;
  if (first >= 1 && (word_at(t, first - 1) == "al" || word_at(t, first - 1) == "el")) --first;
  if (first == a && !d.time.empty()) return false;
  d.time = "23:59:59";
  respan(text, t, first, d);
  return true;
}

// "de madrugada": the small hours (4 to 8) with no article, where no other date stands.
std::optional<DateMention> small_hours(std::string_view text, const std::vector<FactToken>& t, size_t i) {
  if (word_at(t, i) != "madrugada" || i == 0 || word_at(t, i - 1) != "de") return std::nullopt;
  DateMention d;
  d.begin = t[i].begin;
  d.end = t[i].end;
  d.text.assign(text.substr(d.begin, d.end - d.begin));
  d.granularity = DateGranularity::kTime;
  d.time = "04:00:00";
  d.time_end = "08:00:00";
  return d;
}

}  // namespace

std::vector<DateMention> shade_spanish_day_parts(std::string_view text, const std::vector<FactToken>& t,
                                                 std::string_view lang, const std::optional<Anchor>& anchor,
                                                 std::vector<DateMention> in) {
  if (lang.substr(0, 2) != "es") return in;
  for (DateMention& d : in) {
    size_t a = token_at(t, d.begin);
    if (a >= t.size() || t[a].begin != d.begin) continue;
    afternoon(text, t, anchor, a, d) || half_of_part(text, t, a, d) || end_of_day(text, t, a, d);
  }
  for (size_t i = 1; i < t.size(); ++i) {
    auto m = small_hours(text, t, i);
    if (!m) continue;
    auto overlaps = [&](const DateMention& o) { return o.begin < m->end && m->begin < o.end; };
    if (std::any_of(in.begin(), in.end(), overlaps)) continue;
    auto at = std::lower_bound(in.begin(), in.end(), *m,
                               [](const DateMention& x, const DateMention& y) { return x.begin < y.begin; });
    in.insert(at, std::move(*m));
  }
  return in;
}

}  // namespace newsdesk::analyze
