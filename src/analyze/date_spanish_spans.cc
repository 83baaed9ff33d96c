#include "analyze/date_spanish_spans.h"

#include "analyze/date_lexicon.h"

namespace newsdesk::analyze {
namespace {

bool has(const std::vector<FactToken>& t, size_t i, std::string_view lang, DateWord kind, size_t* end = nullptr) {
  if (i >= t.size()) return false;
  for (const DateWordMatch& m : match_date_words(t, i, lang))
    if (m.kind == kind) {
      if (end) *end = m.end_token;
      return true;
    }
  return false;
}

bool is_article(const FactToken& w) {
  return w.kind == TokenKind::kWord &&
         (w.folded == "el" || w.folded == "la" || w.folded == "los" || w.folded == "las");
}

// A unit of the clock (hour, minute) at i: "la próxima hora", "el último minuto".
bool clock_unit(const std::vector<FactToken>& t, size_t i, std::string_view lang) {
  if (i >= t.size()) return false;
  for (const DateWordMatch& m : match_date_words(t, i, lang))
    if (m.kind == DateWord::kDurUnit && (m.value == 60 || m.value == 3600)) return true;
  return false;
}

// The article at `a` (the span's first token) is none of the date's.
bool article_left_out(const std::vector<FactToken>& t, size_t a, size_t last, const DateMention& d,
                      std::string_view lang) {
  const size_t n = a + 1;
  if (n >= t.size() || n > last) return false;
  if (has(t, n, lang, DateWord::kWeekday)) return true;                         // "el lunes de la semana siguiente"
  if (t[n].folded == "mismo" || t[n].folded == "misma") return true;            // "el mismo mes"
  size_t e = 0;
  // "el trimestre actual", "el trimestre siguiente" (a quarter; "la semana pasada" keeps its article)
  for (const DateWordMatch& m : match_date_words(t, n, lang))
    if (m.kind == DateWord::kUnit && m.value == 6 && has(t, m.end_token, lang, DateWord::kPostMod)) return true;
  // "los próximos 5 minutos", "la próxima hora", "el último minuto": counts of the clock
  if (has(t, n, lang, DateWord::kNextN, &e) || has(t, n, lang, DateWord::kLastN, &e) ||
      has(t, n, lang, DateWord::kPreMod, &e)) {
    if (clock_unit(t, e, lang) || clock_unit(t, e + 1, lang) || (e + 1 < t.size() && clock_unit(t, e + 2, lang)))
      return true;
    // "la próxima semana lun 9 a.m.": the week names a day of it, not itself
    if (d.granularity == DateGranularity::kDay && has(t, e, lang, DateWord::kUnit)) return true;
  }
  return false;
}

// "cerca de", "alrededor de(l)" ending just before token i: its first token, else i.
size_t about_before(const std::vector<FactToken>& t, size_t i) {
  if (i < 2 || (t[i - 1].folded != "de" && t[i - 1].folded != "del")) return i;
  const std::string& w = t[i - 2].folded;
  return t[i - 2].kind == TokenKind::kWord && (w == "cerca" || w == "alrededor") ? i - 2 : i;
}

// A moment, a day or a time of one, that "cerca de" can make approximate.
bool point(const DateMention& d) {
  return (d.granularity == DateGranularity::kDay || d.granularity == DateGranularity::kTime) && d.time_end.empty() &&
         !d.open_start && !d.open_end && d.unresolved.empty();
}

}  // namespace

std::vector<DateMention> trim_spanish_leads(std::string_view text, const std::vector<FactToken>& t,
                                            std::string_view lang, std::vector<DateMention> in) {
  if (lang.substr(0, 2) != "es") return in;
  for (DateMention& d : in) {
    size_t a = token_at(t, d.begin);
    if (a >= t.size() || t[a].begin != d.begin) continue;
    size_t last = token_at(t, d.end);  // the token after the span
    if (last == 0) continue;
    --last;
    size_t start = a;
    size_t e = 0;
    // "a las 3 p.m. hoy": the preposition and article of the hour stay out
    for (const DateWordMatch& m : match_date_words(t, a, lang))
      if (m.kind == DateWord::kTimePrep && m.value == 0 && t[a].folded == "a") e = m.end_token;
    if (e > a && e <= last && !d.time.empty()) start = e;
    else if (is_article(t[a]) && article_left_out(t, a, last, d, lang)) start = a + 1;
    if (start == a) {
      // "cerca de mediodía", "alrededor de mañana a las 10": about that moment, the words in the span
      if (point(d) && !d.time.empty()) {
        const bool opens_with = a + 2 <= last && about_before(t, a + 2) == a;
        start = opens_with ? a : about_before(t, a);
        d.approx = d.approx || opens_with || start != a;
      }
    }
    // "a las 15:00 h": the hour's letter after the time belongs to it
    if (d.granularity == DateGranularity::kTime && d.time_end.empty() && last + 1 < t.size() &&
        t[last + 1].folded == "h" && t[last + 1].space_before &&
        (last + 2 >= t.size() || t[last + 2].kind != TokenKind::kWord || t[last + 2].space_before)) {
      d.end = t[last + 1].end;
      d.text.assign(text.substr(d.begin, d.end - d.begin));
    }
    // "el día 9 mayo": the day noun before a day number is the date's, as in "el día 9 de mayo"
    if (start == a && d.granularity == DateGranularity::kDay && t[a].kind == TokenKind::kDigits)
      for (size_t back = 2; back >= 1 && start == a; --back)
        if (size_t e = 0; back <= a && has(t, a - back, lang, DateWord::kDayNoun, &e) && e == a) start = a - back;
    // "el último año fiscal": a modified year keeps its article, as "el próximo año" does
    if (start == a && a >= 1 && !d.unresolved.empty() && t[a - 1].folded == "el" && has(t, a, lang, DateWord::kPreMod))
      start = a - 1;
    if (start == a) continue;
    d.begin = t[start].begin;
    d.text.assign(text.substr(d.begin, d.end - d.begin));
  }
  return in;
}

}  // namespace newsdesk::analyze
