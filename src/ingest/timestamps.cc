#include "ingest/timestamps.h"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>

#include <fmt/format.h>

namespace newsdesk::ingest {
namespace {

// Cursor over the text with the few token kinds dates are made of.
struct Scanner {
  std::string_view s;
  size_t i = 0;
  void spaces() { while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == ',')) ++i; }
  bool number(int& out, size_t min_digits, size_t max_digits) {
    size_t start = i;
    int v = 0;
    while (i < s.size() && i - start < max_digits && std::isdigit(static_cast<unsigned char>(s[i]))) {
      v = v * 10 + (s[i] - '0');
      ++i;
    }
    if (i - start < min_digits) { i = start; return false; }
    out = v;
    return true;
  }
  bool accept(char c) {
    if (i < s.size() && s[i] == c) { ++i; return true; }
    return false;
  }
  std::string_view word() {
    size_t start = i;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    return s.substr(start, i - start);
  }
};

int64_t days_from_civil(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return sys_days{year{y} / month{m} / day{d}}.time_since_epoch().count();
}

bool valid(int y, int mo, int d, int h, int mi, int sec) {
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h <= 24 &&
         mi >= 0 && mi <= 59 && sec >= 0 && sec <= 60;
}

int64_t to_epoch(int y, int mo, int d, int h, int mi, int sec, int offset_minutes) {
  return days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 +
         mi * 60 + sec - offset_minutes * 60;
}

int month_of(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    bool eq = true;
    for (size_t k = 0; k < 3; ++k) {
      if (std::tolower(static_cast<unsigned char>(w[k])) != kMonths[m][k]) eq = false;
    }
    if (eq) return static_cast<int>(m) + 1;
  }
  return 0;
}

// "+0200", "+02:00", "Z", "GMT", "UTC", "EST"...; false when none is there.
bool zone(Scanner& sc, int& minutes) {
  sc.spaces();
  minutes = 0;
  if (sc.i >= sc.s.size()) return true;  // no zone: taken as UTC
  char c = sc.s[sc.i];
  if (c == 'Z' || c == 'z') { ++sc.i; return true; }
  if (c == '+' || c == '-') {
    ++sc.i;
    int hh = 0, mm = 0;
    if (!sc.number(hh, 2, 2)) return false;
    sc.accept(':');
    sc.number(mm, 2, 2);
    minutes = (hh * 60 + mm) * (c == '-' ? -1 : 1);
    return true;
  }
  std::string w(sc.word());
  for (char& ch : w) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  struct Named { const char* name; int hours; };
  static constexpr Named kZones[] = {{"GMT", 0}, {"UT", 0}, {"UTC", 0}, {"EST", -5}, {"EDT", -4},
                                     {"CST", -6}, {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8},
                                     {"PDT", -7}, {"CET", 1}, {"CEST", 2}, {"BST", 1}};
  for (const auto& z : kZones) {
    if (w == z.name) { minutes = z.hours * 60; return true; }
  }
  return w.empty() || w.size() <= 5;  // unknown names: UTC
}

std::optional<int64_t> parse_iso(std::string_view text) {
  Scanner sc{text};
  int y = 0, mo = 1, d = 1, h = 0, mi = 0, sec = 0;
  if (!sc.number(y, 4, 4) || !sc.accept('-') || !sc.number(mo, 2, 2)) return std::nullopt;
  if (sc.accept('-') && !sc.number(d, 2, 2)) return std::nullopt;
  int offset = 0;
  if (sc.accept('T') || sc.accept('t') || sc.accept(' ')) {
    if (!sc.number(h, 2, 2) || !sc.accept(':') || !sc.number(mi, 2, 2)) return std::nullopt;
    if (sc.accept(':')) sc.number(sec, 2, 2);
    if (sc.accept('.') || sc.accept(',')) { int frac = 0; sc.number(frac, 1, 9); }
    if (!zone(sc, offset)) return std::nullopt;
  }
  if (!valid(y, mo, d, h, mi, sec)) return std::nullopt;
  return to_epoch(y, mo, d, h, mi, sec, offset);
}

std::optional<int64_t> parse_rfc822(std::string_view text) {
  Scanner sc{text};
  sc.spaces();
  size_t save = sc.i;
  std::string_view w = sc.word();
  if (!w.empty() && month_of(w) != 0) sc.i = save;  // no weekday
  sc.spaces();
  int d = 0, y = 0, h = 0, mi = 0, sec = 0;
  if (!sc.number(d, 1, 2)) return std::nullopt;
  sc.spaces();
  sc.accept('-');
  int mo = month_of(sc.word());
  if (mo == 0) return std::nullopt;
  sc.spaces();
  sc.accept('-');
  if (!sc.number(y, 2, 4)) return std::nullopt;
  if (y < 100) y += y < 50 ? 2000 : 1900;
  sc.spaces();
  int offset = 0;
  if (sc.number(h, 1, 2)) {
    if (!sc.accept(':') || !sc.number(mi, 2, 2)) return std::nullopt;
    if (sc.accept(':')) sc.number(sec, 2, 2);
    if (!zone(sc, offset)) return std::nullopt;
  }
  if (!valid(y, mo, d, h, mi, sec)) return std::nullopt;
  return to_epoch(y, mo, d, h, mi, sec, offset);
}

}  // namespace

std::optional<int64_t> parse_timestamp(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  if (auto t = parse_iso(text)) return t;
  return parse_rfc822(text);
}

std::string format_timestamp(int64_t seconds) {
  using namespace std::chrono;
  sys_seconds tp{std::chrono::seconds{seconds}};
  auto day = floor<days>(tp);
  year_month_day ymd{day};
  hh_mm_ss<std::chrono::seconds> t{tp - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), t.hours().count(),
                     t.minutes().count(), t.seconds().count());
}

}  // namespace newsdesk::ingest
