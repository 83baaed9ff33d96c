#include "analyze/date_english_clock.h"

#include <string>
#include <string_view>

namespace newsdesk::analyze {
namespace {

int index_of(std::string_view w, std::initializer_list<std::string_view> list, int first) {
  int v = first;
  for (std::string_view x : list) {
    if (w == x) return v;
    ++v;
  }
  return -1;
}

int unit_word(std::string_view w) {  // "one" .. "nine"
  return index_of(w, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}, 1);
}

int hour_word(std::string_view w) {  // "one" .. "twelve"
  int u = unit_word(w);
  return u > 0 ? u : index_of(w, {"ten", "eleven", "twelve"}, 10);
}

bool is_mark(const std::vector<FactToken>& t, size_t k, std::string_view m) {
  return k < t.size() && t[k].kind == TokenKind::kMark && t[k].folded == m;
}

bool is_word(const std::vector<FactToken>& t, size_t k, std::string_view w) {
  return k < t.size() && t[k].kind == TokenKind::kWord && t[k].folded == w;
}

// A hyphen glued on both sides at k ("five-thirty", "twenty-seven"); the token after it, or k.
size_t past_glued_hyphen(const std::vector<FactToken>& t, size_t k) {
  if (is_mark(t, k, "-") && !t[k].space_before && k + 1 < t.size() && !t[k + 1].space_before) return k + 1;
  return k;
}

// Minutes in words at k: "thirty", "forty-five", "twenty seven", "fifteen", "oh five"; the end token.
int minutes_at(const std::vector<FactToken>& t, size_t k, size_t& end) {
  if (k >= t.size() || t[k].kind != TokenKind::kWord) return -1;
  const std::string& w = t[k].folded;
  if (w == "oh" || w == "o") {
    int u = k + 1 < t.size() ? unit_word(t[k + 1].folded) : -1;
    if (u < 0) return -1;
    end = k + 2;
    return u;
  }
  int teen = index_of(w, {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                          "eighteen", "nineteen"},
                      10);
  if (teen > 0) {
    end = k + 1;
    return teen;
  }
  int tens = index_of(w, {"twenty", "thirty", "forty", "fifty"}, 2);
  if (tens < 0) return -1;
  end = k + 1;
  size_t u = past_glued_hyphen(t, end);
  if (u < t.size()) {
    int unit = unit_word(t[u].folded);
    if (unit > 0) {
      end = u + 1;
      return tens * 10 + unit;
    }
  }
  return tens * 10;
}

// "am", "pm", "a m", "p . m .", "a.m" at k: +1 pm, -1 am, 0 none; sets the end token.
int meridiem_at(const std::vector<FactToken>& t, size_t k, size_t& end) {
  if (is_word(t, k, "am") || is_word(t, k, "pm")) {
    end = k + 1;
    if (is_mark(t, end, ".") && !t[end].space_before && end + 1 < t.size() && !t[end + 1].capitalized) {}
    return t[k].folded == "pm" ? 1 : -1;
  }
  if (!is_word(t, k, "a") && !is_word(t, k, "p")) return 0;
  size_t m = k + 1;
  const bool dotted = is_mark(t, m, ".");
  if (dotted) ++m;
  if (!is_word(t, m, "m")) return 0;
  end = m + 1;
  if (dotted && is_mark(t, end, ".")) ++end;  // "p . m .", but "p m." ends a sentence
  return t[k].folded == "p" ? 1 : -1;
}

bool starts_oclock(const std::vector<std::vector<DateWordMatch>>& words, size_t k, size_t& end) {
  if (k >= words.size()) return false;
  for (const DateWordMatch& m : words[k])
    if (m.kind == DateWord::kOclock) {
      end = m.end_token;
      return true;
    }
  return false;
}

}  // namespace

std::optional<EnglishClock> english_clock_at(const std::vector<FactToken>& t,
                                             const std::vector<std::vector<DateWordMatch>>& words, size_t j) {
  if (j >= t.size()) return std::nullopt;
  EnglishClock c;
  size_t e = j + 1;
  const bool digit_hour = t[j].kind == TokenKind::kDigits;
  if (digit_hour) {  // only the forms the digit reader leaves: "4 oclock", "3 p . m .", "9.am"
    if (t[j].folded.size() > 2) return std::nullopt;
    c.hour = std::stoi(t[j].folded);
    if (j > 0 && !t[j].space_before) return std::nullopt;
    if (is_mark(t, e, ".") && !t[e].space_before && e + 1 < t.size() && !t[e + 1].space_before &&
        (is_word(t, e + 1, "am") || is_word(t, e + 1, "pm")))
      ++e;  // "9.am"
  } else {
    if (t[j].kind != TokenKind::kWord) return std::nullopt;
    c.hour = hour_word(t[j].folded);
    // the hour is a number of its own, not the end of a bigger one ("twenty one thirty")
    if (j > 0 && t[j - 1].kind == TokenKind::kWord &&
        (index_of(t[j - 1].folded, {"twenty", "thirty", "forty", "fifty", "hundred", "thousand"}, 0) >= 0))
      return std::nullopt;
  }
  if (c.hour < 1 || c.hour > 12) return std::nullopt;
  size_t oclock_end = 0;
  if (starts_oclock(words, e, oclock_end)) {
    c.end = oclock_end;
    return c;
  }
  if (!digit_hour) {
    size_t m = past_glued_hyphen(t, e), m_end = 0;
    int minutes = minutes_at(t, m, m_end);
    if (minutes >= 10 || (minutes > 0 && (t[m].folded == "oh" || t[m].folded == "o"))) {
      c.minute = minutes;
      e = m_end;
      if (is_mark(t, e, "-") && !t[e].space_before) return std::nullopt;  // "two thirty-year-olds"
      if (is_word(t, e, "minutes")) ++e;  // "six forty-three minutes"
    }
  }
  size_t mer_end = 0;
  if (int mer = meridiem_at(t, e, mer_end)) {
    // "3pm", "3 pm" after digits are the digit reader's; here "9.am" and the spaced "3 p . m ."
    if (digit_hour && mer_end == e + 1 && e == j + 1) return std::nullopt;
    c.meridiem = mer;
    c.end = mer_end;
    if (mer > 0 && c.hour < 12) c.hour += 12;
    if (mer < 0 && c.hour == 12) c.hour = 0;
    return c;
  }
  if (digit_hour || c.minute == 0) return std::nullopt;
  // minutes in words with no half of the day: a mark, a date word or the end must follow
  if (e < t.size() && t[e].kind != TokenKind::kMark && (e >= words.size() || words[e].empty())) return std::nullopt;
  c.end = e;
  return c;
}

}  // namespace newsdesk::analyze
