#include "analyze/date_durations.h"

#include <cmath>
#include <cstdio>

#include "analyze/date_english_compound_durations.h"
#include "analyze/date_lexicon.h"
#include "analyze/fact_text.h"
#include "analyze/facts_tokens.h"
#include "analyze/quantity_numbers.h"

namespace newsdesk::analyze {
namespace {

std::string number_text(double v) {
  char buf[400];
  if (std::floor(v) == v)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string iso_period(double amount, double unit_seconds) {
  std::string n = number_text(amount);
  if (unit_seconds == 1) return "PT" + n + "S";
  if (unit_seconds == 60) return "PT" + n + "M";
  if (unit_seconds < 3600 && static_cast<long>(unit_seconds) % 60 == 0)  // "Viertelstunde": so many minutes
    return "PT" + number_text(amount * unit_seconds / 60) + "M";
  if (unit_seconds == 3600) return "PT" + n + "H";
  if (unit_seconds == 86400) return "P" + n + "D";
  if (unit_seconds == 604800) return "P" + n + "W";
  if (unit_seconds == 172800) return "P" + n + "WE";  // a weekend, counted as its two days
  if (unit_seconds == 2592000) return "P" + n + "M";
  return "P" + n + "Y";
}

std::optional<DateWordMatch> find_kind(const std::vector<DateWordMatch>& ms, DateWord kind) {
  for (auto& m : ms)
    if (m.kind == kind) return m;
  return std::nullopt;
}

// The first token of a "more than"/"less than" ending just before token i, else i: the specs
// keep the comparison in the duration's span ("more than 4 days").
size_t comparison_start(const std::vector<FactToken>& t, size_t i, std::string_view language) {
  for (size_t back = 2; back >= 1; --back) {
    if (back > i) continue;
    for (const DateWordMatch& m : match_date_words(t, i - back, language))
      if (m.kind == DateWord::kCompare && m.end_token == i) return i - back;
  }
  return i;
}

// "entero", "completa" after a Spanish unit: the whole of it, which it is anyway.
bool whole_after(const std::vector<FactToken>& t, size_t i, std::string_view language) {
  if (language.substr(0, 2) != "es" || i >= t.size() || t[i].kind != TokenKind::kWord) return false;
  static const char* kWhole[] = {"entero", "entera", "enteros", "enteras",
                                 "completo", "completa", "completos", "completas"};
  for (const char* w : kWhole)
    if (t[i].folded == w) return true;
  return false;
}

// English halves and quarters said with words: "half an hour" (the token after "half a"/"half an",
// or i), and "one hour and a half", "a year and a quarter" (what they add, and the end token).
size_t english_half_before(const std::vector<FactToken>& t, size_t i) {
  if (t[i].folded == "half" && i + 1 < t.size() && (t[i + 1].folded == "a" || t[i + 1].folded == "an")) return i + 2;
  return i;
}

double english_fraction_after(const std::vector<FactToken>& t, size_t k, size_t& end) {
  if (k + 1 >= t.size() || t[k].folded != "and") return 0;
  size_t f = k + 1;
  if (t[f].folded == "a" && f + 1 < t.size()) ++f;
  double part = t[f].folded == "half" ? 0.5 : t[f].folded == "quarter" ? 0.25 : 0;
  if (part == 0) return 0;
  if (f + 1 < t.size() && t[f + 1].kind == TokenKind::kWord && !t[f + 1].newline_before &&
      (t[f + 1].folded == "hour" || t[f + 1].folded == "hours" || t[f + 1].folded == "of"))
    return 0;  // "one and a half hours" is the number reader's; "and half of"
  end = f + 1;
  return part;
}

}  // namespace

std::vector<DurationMention> find_durations(std::string_view text, std::string_view language,
                                            const std::vector<std::pair<size_t, size_t>>& skip) {
  return find_durations(tokenize_facts(text), text, language, skip);
}

std::vector<DurationMention> find_durations(const std::vector<FactToken>& t, std::string_view text,
                                            std::string_view language,
                                            const std::vector<std::pair<size_t, size_t>>& skip) {
  return find_durations(FactText(t, language), text, skip);
}

std::vector<DurationMention> find_durations(const FactText& fact_text, std::string_view text,
                                            const std::vector<std::pair<size_t, size_t>>& skip) {
  const std::vector<FactToken>& t = fact_text.tokens();
  const std::string_view language = fact_text.language();
  std::vector<DurationMention> out;
  // Units first: an amount is read only where a unit follows within a few tokens.
  std::vector<size_t> next_unit(t.size() + 1, t.size() + 100);
  for (size_t j = t.size(); j-- > 0;) {
    next_unit[j] = next_unit[j + 1];
    if (t[j].kind == TokenKind::kWord && find_kind(fact_text.date_words_at(j), DateWord::kDurUnit))
      next_unit[j] = j;
  }
  const bool english = language.substr(0, 2) == "en";
  // "1 hour and 30 minutes": an amount and its unit at j, for the pieces after a first one
  auto read_piece = [&](size_t j, DurationPiece& p, size_t& e) {
    if (next_unit[j] > j + 4) return false;
    const auto& n = fact_text.number_at(j);
    if (!n || n->value <= 0 || n->article_only) return false;
    auto u = find_kind(fact_text.date_words_at(n->end_token), DateWord::kDurUnit);
    if (!u) return false;
    p = DurationPiece{n->value, static_cast<double>(u->value)};
    e = u->end_token;
    return true;
  };
  size_t i = 0;
  while (i < t.size()) {
    if (size_t s_end = 0; english && t[i].kind == TokenKind::kDigits) {  // "for 10D" (date_english_compound_durations.h)
      if (auto p = english_shorthand_duration_at(t, i, s_end)) {
        DurationMention d;
        d.begin = t[i].begin;
        d.end = t[s_end - 1].end;
        bool skipped = false;
        for (auto& [b, e] : skip) skipped |= d.begin < e && d.end > b;
        if (!skipped) {
          d.text.assign(text.substr(d.begin, d.end - d.begin));
          d.seconds = p->amount * p->unit_seconds;
          d.iso = iso_of_pieces({*p});
          d.introduced = true;
          out.push_back(std::move(d));
        }
        i = s_end;
        continue;
      }
    }
    if (next_unit[i] > i + 8) {
      ++i;
      continue;
    }
    double amount = 0;
    size_t k = i;
    bool article_amount = false;  // "a second", "un secondo": the article, not the number one
    const auto& words_here = fact_text.date_words_at(i);
    // "alcuni giorni", "a few hours": three
    if (auto few = find_kind(words_here, DateWord::kFew)) {
      amount = few->value;
      k = few->end_token;
    } else if (auto whole = find_kind(words_here, DateWord::kWhole)) {  // "all day", "tutto il mese": one
      amount = 1;
      k = whole->end_token;
    } else if (size_t h = english ? english_half_before(t, i) : i; h != i) {  // "half an hour"
      amount = 0.5;
      k = h;
    } else if (english && is_half_sign(t, i)) {  // "½ hour"
      amount = 0.5;
      k = i + 1;
    } else if (t[i].kind == TokenKind::kDigits || t[i].kind == TokenKind::kWord) {
      const auto& n = fact_text.number_at(i);
      if (!n || n->value <= 0) {
        ++i;
        continue;
      }
      amount = n->value;
      k = n->end_token;
      article_amount = n->article_only;
    } else {
      ++i;
      continue;
    }
    if (k < t.size() && t[k].folded == "'") ++k;  // "un'ora"
    auto unit = find_kind(fact_text.date_words_at(k), DateWord::kDurUnit);
    // "a second round", "un secondo tempo": an ordinal, not one second
    if (unit && unit->value == 1 && unit->end_token < t.size() && t[unit->end_token].kind == TokenKind::kWord &&
        !t[unit->end_token].newline_before && (article_amount || !english))
      unit.reset();
    if (!unit) {
      ++i;
      continue;
    }
    size_t unit_end = unit->end_token;
    if (size_t f_end = 0; english) {  // "one hour and a half"
      if (double part = english_fraction_after(t, unit_end, f_end)) {
        amount += part;
        unit_end = f_end;
      }
    }
    std::vector<DurationPiece> pieces{{amount, static_cast<double>(unit->value)}};
    if (english) unit_end = english_duration_tail(t, unit_end, unit->value, pieces, read_piece);
    DurationMention d;
    d.begin = t[i].begin;
    d.end = t[unit_end - 1].end;
    if (whole_after(t, unit_end, language)) d.end = t[unit_end++].end;  // "un mes entero": the word is the span's
    bool skipped = false;
    for (auto& [b, e] : skip) skipped |= d.begin < e && d.end > b;
    if (skipped) {
      i = unit_end;
      continue;
    }
    d.begin = t[comparison_start(t, i, language)].begin;
    d.text.assign(text.substr(d.begin, d.end - d.begin));
    d.seconds = 0;
    for (const DurationPiece& p : pieces) d.seconds += p.amount * p.unit_seconds;
    if (i > 0 && t[i - 1].kind == TokenKind::kWord) {
      static const char* kIntro[] = {"for", "during", "per", "durante", "da", "fur", "seit", "pendant", "depuis",
                                     "por", "ha", "hace", "nearly", "over", "lang", "after", "dopo", "nach", "apres"};
      for (const char* w : kIntro) d.introduced |= t[i - 1].folded == w;
      // "depuis 3 ans": in French the word belongs to the duration ("for three years now")
      if (language.substr(0, 2) == "fr" && t[i - 1].folded == "depuis") {
        d.begin = t[i - 1].begin;
        d.text.assign(text.substr(d.begin, d.end - d.begin));
      }
    }
    d.iso = pieces.size() > 1 ? iso_of_pieces(pieces) : iso_period(amount, unit->value);
    if (d.iso.empty()) d.iso = iso_period(d.seconds, 1);
    out.push_back(std::move(d));
    i = unit_end;
  }
  return out;
}

}  // namespace newsdesk::analyze
