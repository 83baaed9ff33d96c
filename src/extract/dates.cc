#include "extract/dates.h"

#include <algorithm>
#include <array>
#include <vector>
#include <cctype>
#include <cstdio>
#include <cstring>

namespace newsdesk::extract {
namespace {

struct MonthName {
  std::string_view name;  // lower case
  int month;
};

// Month names and common abbreviations (lower case), European languages; genitive
// forms for Slavic languages, where dates use them ("23 марта 2021").
constexpr MonthName kMonths[] = {
    // en
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // de
    {"januar", 1}, {"jänner", 1}, {"jaenner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3},
    {"mai", 5}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"mär", 3},
    {"mrz", 3}, {"okt", 10}, {"dez", 12},
    // fr
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
    {"novembre", 11}, {"décembre", 12}, {"decembre", 12}, {"janv", 1}, {"févr", 2},
    {"fevr", 2}, {"avr", 4}, {"juil", 7}, {"déc", 12},
    // es
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
    // it
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"gen", 1},
    {"mag", 5}, {"giu", 6}, {"lug", 7}, {"set", 9}, {"ott", 10},
    // pt
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12}, {"fev", 2},
    {"out", 10},
    // nl
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    // sv, da, no
    {"augusti", 8}, {"maj", 5}, {"marts", 3}, {"desember", 12},
    // pl (genitive, then nominative)
    {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5},
    {"czerwca", 6}, {"lipca", 7}, {"sierpnia", 8}, {"września", 9}, {"października", 10},
    {"listopada", 11}, {"grudnia", 12}, {"styczeń", 1}, {"luty", 2}, {"marzec", 3},
    {"kwiecień", 4}, {"czerwiec", 6}, {"lipiec", 7}, {"sierpień", 8}, {"wrzesień", 9},
    {"październik", 10}, {"listopad", 11}, {"grudzień", 12},
    // ru
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
    {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11},
    {"декабря", 12}, {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4}, {"май", 5},
    {"июнь", 6}, {"июль", 7}, {"август", 8}, {"сентябрь", 9}, {"октябрь", 10},
    {"ноябрь", 11}, {"декабрь", 12},
    // uk
    {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4}, {"травня", 5}, {"червня", 6},
    {"липня", 7}, {"серпня", 8}, {"вересня", 9}, {"жовтня", 10}, {"листопада", 11},
    {"грудня", 12},
    // cs
    {"ledna", 1}, {"února", 2}, {"března", 3}, {"dubna", 4}, {"května", 5}, {"června", 6},
    {"července", 7}, {"srpna", 8}, {"září", 9}, {"října", 10}, {"listopadu", 11},
    {"prosince", 12},
    // ro
    {"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4}, {"iunie", 6},
    {"iulie", 7}, {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11}, {"decembrie", 12},
    // hu
    {"január", 1}, {"február", 2}, {"március", 3}, {"április", 4}, {"május", 5}, {"június", 6},
    {"július", 7}, {"augusztus", 8}, {"szeptember", 9}, {"október", 10},
    // hr, sl, sr (Latin)
    {"siječnja", 1}, {"veljače", 2}, {"ožujka", 3}, {"travnja", 4}, {"svibnja", 5},
    {"lipnja", 6}, {"srpnja", 7}, {"kolovoza", 8}, {"rujna", 9},
    {"studenoga", 11}, {"prosinca", 12}, {"januarja", 1}, {"februarja", 2}, {"marca", 3},
    {"aprila", 4}, {"junija", 6}, {"julija", 7}, {"avgusta", 8}, {"septembra", 9},
    {"oktobra", 10}, {"novembra", 11}, {"decembra", 12},
    // fi (partitive after the day: "23. maaliskuuta 2021")
    {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4},
    {"toukokuuta", 5}, {"kesäkuuta", 6}, {"heinäkuuta", 7}, {"elokuuta", 8},
    {"syyskuuta", 9}, {"lokakuuta", 10}, {"marraskuuta", 11}, {"joulukuuta", 12},
    // el (genitive)
    {"ιανουαρίου", 1}, {"φεβρουαρίου", 2}, {"μαρτίου", 3}, {"απριλίου", 4}, {"μαΐου", 5},
    {"ιουνίου", 6}, {"ιουλίου", 7}, {"αυγούστου", 8}, {"σεπτεμβρίου", 9}, {"οκτωβρίου", 10},
    {"νοεμβρίου", 11}, {"δεκεμβρίου", 12},
    // tr
    {"ocak", 1}, {"şubat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6},
    {"temmuz", 7}, {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11}, {"aralık", 12},
};

// Lower-cases ASCII, Latin-1 capitals and Cyrillic capitals: enough for month names.
template <class Out>
void lower_word_into(std::string_view w, Out& out) {
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c | 0x20);
    } else if (c == 0xC3 && i + 1 < w.size()) {
      unsigned char d = static_cast<unsigned char>(w[i + 1]);
      out += static_cast<char>(c);
      out += static_cast<char>((d >= 0x80 && d <= 0x9E && d != 0x97) ? d + 0x20 : d);
      ++i;
    } else if (c == 0xD0 && i + 1 < w.size()) {
      unsigned char d = static_cast<unsigned char>(w[i + 1]);
      if (d >= 0x90 && d <= 0x9F) {  // А..П -> а..п
        out += static_cast<char>(0xD0);
        out += static_cast<char>(d + 0x20);
      } else if (d >= 0xA0 && d <= 0xAF) {  // Р..Я -> р..я (D1 80..8F)
        out += static_cast<char>(0xD1);
        out += static_cast<char>(d - 0x20);
      } else if (d >= 0x80 && d <= 0x8F) {  // Ѐ..Џ -> ѐ..џ (D1 90..9F)
        out += static_cast<char>(0xD1);
        out += static_cast<char>(d + 0x10);
      } else {
        out += static_cast<char>(c);
        out += static_cast<char>(d);
      }
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
}

// A fixed buffer with the few string operations lower_word_into uses; lower-casing
// keeps the byte length, so a word of n bytes needs n.
struct SmallBuf {
  char data[32];
  size_t size = 0;
  void operator+=(char c) { data[size++] = c; }
  std::string_view view() const { return {data, size}; }
};

int month_from_word(std::string_view word) {
  if (word.size() < 3 || word.size() > 24) return 0;
  // Names by length, first one wins as in a scan of kMonths.
  static const auto by_length = [] {
    std::array<std::vector<MonthName>, 64> t{};
    for (const auto& m : kMonths) t[m.name.size()].push_back(m);
    return t;
  }();
  SmallBuf w;
  lower_word_into(word, w);
  std::string_view lw = w.view();
  if (lw.size() >= by_length.size()) return 0;
  for (const auto& m : by_length[lw.size()])
    if (m.name[0] == lw[0] && std::memcmp(m.name.data(), lw.data(), lw.size()) == 0) return m.month;
  return 0;
}

bool valid_ymd(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1]) return false;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
  return true;
}

enum class TokKind { kNum, kWord, kSep };

struct Tok {
  TokKind kind;
  std::string_view text;
  size_t offset;
  int value = 0;  // numbers
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Splits into numbers, words (letters, incl. multibyte) and single separator chars;
// whitespace is dropped but a CJK ideograph is its own word. Lazily: the scan asks
// for tokens as it goes (has(k)), and stops once it has found enough dates, so a
// long text is not split in full for the date near its start.
class Tokens {
 public:
  Tokens(std::string_view s, size_t max_tokens) : s_(s), max_(max_tokens) {}
  // True when token k exists, splitting up to it if needed.
  bool has(size_t k) {
    while (out_.size() <= k && i_ < s_.size() && out_.size() < max_) step();
    return k < out_.size();
  }
  // Only after has(k).
  const Tok& operator[](size_t k) const { return out_[k]; }

 private:
  void step() {
    std::string_view s = s_;
    size_t& i = i_;
    std::vector<Tok>& out = out_;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_digit(static_cast<char>(c))) {
      size_t j = i;
      int v = 0;
      while (j < s.size() && is_digit(s[j])) {
        if (j - i < 9) v = v * 10 + (s[j] - '0');
        ++j;
      }
      out.push_back({TokKind::kNum, s.substr(i, j - i), i, v});
      i = j;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (c >= 0xE3 && c <= 0xED) {  // CJK and Hangul: one character per token
      size_t len = 3;
      out.push_back({TokKind::kWord, s.substr(i, std::min(len, s.size() - i)), i});
      i += len;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0) {
      size_t j = i;
      while (j < s.size()) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        if ((d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z')) { ++j; continue; }
        if (d >= 0xC0 && d < 0xE3) {  // 2-byte letters (Latin, Cyrillic, Greek)
          if (d == 0xC2) break;  // NBSP and Latin-1 punctuation
          j += 2;
          continue;
        }
        if (d >= 0x80 && d < 0xC0) { ++j; continue; }
        if (d == 0xE2) break;  // punctuation, spaces
        if (d >= 0xE3) break;
        break;
      }
      if (j == i) j = i + 1;
      out.push_back({TokKind::kWord, s.substr(i, std::min(j, s.size()) - i), i});
      i = j;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      i += 2;  // NBSP
    } else if (c >= 0x80) {
      size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      out.push_back({TokKind::kSep, s.substr(i, std::min(len, s.size() - i)), i});
      i += len;
    } else {
      out.push_back({TokKind::kSep, s.substr(i, 1), i});
      ++i;
    }
  }

  std::string_view s_;
  size_t max_;
  size_t i_ = 0;
  std::vector<Tok> out_;
};

int year_of(const Tok& t) {
  if (t.kind != TokKind::kNum) return 0;
  if (t.text.size() == 4) return t.value;
  return 0;
}

bool is_sep(const Tok& t, char c) { return t.kind == TokKind::kSep && t.text.size() == 1 && t.text[0] == c; }

// Skips "." "," and filler words ("de", "del", "of", "the") between date parts.
size_t skip_filler(Tokens& t, size_t i) {
  while (t.has(i)) {
    if (is_sep(t[i], '.') || is_sep(t[i], ',')) { ++i; continue; }
    if (t[i].kind == TokKind::kWord && t[i].text.size() <= 24) {
      SmallBuf lw;
      lower_word_into(t[i].text, lw);
      std::string_view w = lw.view();
      if (w == "de" || w == "del" || w == "of" || w == "the" || w == "th" || w == "st" ||
          w == "nd" || w == "rd" || w == "i" || w == "г" || w == "року" || w == "года") {
        ++i;
        continue;
      }
    }
    break;
  }
  return i;
}

// A time right after a date: "10:30", "T10:30:00+01:00".
std::string time_after(std::string_view s, size_t pos) {
  size_t i = pos;
  if (i < s.size() && (s[i] == 'T' || s[i] == ' ')) ++i;
  else return {};
  if (i + 5 > s.size() || !is_digit(s[i]) || !is_digit(s[i + 1]) || s[i + 2] != ':' ||
      !is_digit(s[i + 3]) || !is_digit(s[i + 4]))
    return {};
  size_t j = i + 5;
  if (j + 3 <= s.size() && s[j] == ':' && is_digit(s[j + 1]) && is_digit(s[j + 2])) j += 3;
  if (j < s.size() && s[j] == '.') {
    ++j;
    while (j < s.size() && is_digit(s[j])) ++j;
  }
  if (j < s.size() && s[j] == 'Z') ++j;
  else if (j + 6 <= s.size() && (s[j] == '+' || s[j] == '-') && is_digit(s[j + 1]) && is_digit(s[j + 2])) {
    j += 3;
    if (j < s.size() && s[j] == ':') ++j;
    while (j < s.size() && is_digit(s[j]) && j < i + 30) ++j;
  }
  return std::string(s.substr(i, j - i));
}

void scan(std::string_view s, DayMonthOrder order, size_t limit, std::vector<DateValue>& out) {
  Tokens t(s, 20000);
  auto push = [&](int y, int m, int d, size_t off, size_t end_off) {
    if (y < 100) y += y < 70 ? 2000 : 1900;
    if (!valid_ymd(y, m, d)) return false;
    DateValue v;
    v.year = y;
    v.month = m;
    v.day = d;
    v.offset = off;
    v.time = time_after(s, end_off);
    out.push_back(std::move(v));
    return true;
  };
  for (size_t i = 0; out.size() < limit && t.has(i); ++i) {
    const Tok a = t[i];  // a copy: asking for more tokens may move them
    auto tok_end = [&](size_t k) { return t[k].offset + t[k].text.size(); };
    if (a.kind == TokKind::kNum) {
      // yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd
      if (a.text.size() == 4 && t.has(i + 4) && t[i + 1].kind == TokKind::kSep &&
          t[i + 2].kind == TokKind::kNum && t[i + 3].kind == TokKind::kSep &&
          t[i + 3].text == t[i + 1].text && t[i + 4].kind == TokKind::kNum &&
          (is_sep(t[i + 1], '-') || is_sep(t[i + 1], '/') || is_sep(t[i + 1], '.')) &&
          t[i + 2].text.size() <= 2 && t[i + 4].text.size() <= 2) {
        if (push(a.value, t[i + 2].value, t[i + 4].value, a.offset, tok_end(i + 4))) { i += 4; continue; }
      }
      // yyyy年mm月dd日, yyyy년 m월 d일
      if (a.text.size() == 4 && t.has(i + 5) && t[i + 1].kind == TokKind::kWord &&
          (t[i + 1].text == "年" || t[i + 1].text == "년") && t[i + 2].kind == TokKind::kNum &&
          (t[i + 3].text == "月" || t[i + 3].text == "월") && t[i + 4].kind == TokKind::kNum &&
          (t[i + 5].text == "日" || t[i + 5].text == "일")) {
        if (push(a.value, t[i + 2].value, t[i + 4].value, a.offset, tok_end(i + 5))) { i += 5; continue; }
      }
      // dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy, dd-mm-yyyy (also two-digit years after '.')
      if (a.text.size() <= 2 && t.has(i + 4) && t[i + 1].kind == TokKind::kSep &&
          t[i + 2].kind == TokKind::kNum && t[i + 2].text.size() <= 2 &&
          t[i + 3].kind == TokKind::kSep && t[i + 3].text == t[i + 1].text &&
          t[i + 4].kind == TokKind::kNum &&
          (t[i + 4].text.size() == 4 || (t[i + 4].text.size() == 2 && is_sep(t[i + 1], '.'))) &&
          (is_sep(t[i + 1], '.') || is_sep(t[i + 1], '/') || is_sep(t[i + 1], '-'))) {
        int x = a.value, y = t[i + 2].value;
        int d = x, m = y;
        if (order == DayMonthOrder::kMonthFirst && is_sep(t[i + 1], '/')) std::swap(d, m);
        if (m > 12 && d <= 12) std::swap(d, m);
        if (push(t[i + 4].value, m, d, a.offset, tok_end(i + 4))) { i += 4; continue; }
      }
      // dd[.] Month [,] yyyy
      if (a.text.size() <= 2 && a.value >= 1 && a.value <= 31) {
        size_t j = skip_filler(t, i + 1);
        if (t.has(j) && t[j].kind == TokKind::kWord) {
          int m = month_from_word(t[j].text);
          if (m) {
            size_t k = skip_filler(t, j + 1);
            if (t.has(k) && year_of(t[k])) {
              if (push(year_of(t[k]), m, a.value, a.offset, tok_end(k))) { i = k; continue; }
            }
          }
        }
      }
    } else if (a.kind == TokKind::kWord) {
      // Month dd[st][,] yyyy
      int m = month_from_word(a.text);
      if (m) {
        size_t j = skip_filler(t, i + 1);
        if (t.has(j) && t[j].kind == TokKind::kNum && t[j].text.size() <= 2) {
          size_t k = skip_filler(t, j + 1);
          if (t.has(k) && year_of(t[k])) {
            if (push(year_of(t[k]), m, t[j].value, a.offset, tok_end(k))) { i = k; continue; }
          }
        }
      }
    }
  }
}

}  // namespace

std::string DateValue::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  return buf;
}

DayMonthOrder order_for_locale(std::string_view locale) {
  std::string l;
  for (char c : locale) l += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : (c == '_' ? '-' : c);
  if (l == "en" || l == "en-us" || l == "en-ph" || l == "en-ca") return DayMonthOrder::kMonthFirst;
  return DayMonthOrder::kDayFirst;
}

std::optional<DateValue> parse_date_value(std::string_view s, DayMonthOrder order) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) s.remove_prefix(1);
  if (s.size() >= 8) {
    bool all = true;
    for (size_t i = 0; i < 8; ++i) all = all && is_digit(s[i]);
    if (all && (s.size() == 8 || !is_digit(s[8]))) {
      auto num = [&](size_t at, size_t len) {
        int v = 0;
        for (size_t i = 0; i < len; ++i) v = v * 10 + (s[at + i] - '0');
        return v;
      };
      int y = num(0, 4), m = num(4, 2), d = num(6, 2);
      if (valid_ymd(y, m, d)) {
        DateValue v;
        v.year = y;
        v.month = m;
        v.day = d;
        return v;
      }
    }
  }
  std::vector<DateValue> found;
  scan(s.substr(0, std::min<size_t>(s.size(), 200)), order, 1, found);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<DateValue> find_dates(std::string_view text, DayMonthOrder order, size_t limit) {
  std::vector<DateValue> out;
  scan(text, order, limit, out);
  return out;
}

std::optional<DateValue> date_from_url(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path);
  auto digits = [&](size_t at, size_t len) {
    if (at + len > p.size()) return -1;
    int v = 0;
    for (size_t i = 0; i < len; ++i) {
      if (!is_digit(p[at + i])) return -1;
      v = v * 10 + (p[at + i] - '0');
    }
    return v;
  };
  for (size_t i = 0; i + 8 <= p.size(); ++i) {
    if (i > 0 && (is_digit(p[i - 1]) || std::isalpha(static_cast<unsigned char>(p[i - 1])))) continue;
    int y = digits(i, 4);
    if (y < 1990 || y > 2100) continue;
    size_t j = i + 4;
    char sep = p[j];
    if (sep == '/' || sep == '-' || sep == '_' || sep == '.') {
      int m = digits(j + 1, 2);
      if (m < 1) continue;
      if (j + 3 < p.size() && p[j + 3] == sep) {
        int d = digits(j + 4, 2);
        if (d >= 1 && valid_ymd(y, m, d) && (j + 6 >= p.size() || !is_digit(p[j + 6]))) {
          DateValue v;
          v.year = y; v.month = m; v.day = d;
          return v;
        }
      }
    } else if (is_digit(sep)) {
      int m = digits(j, 2), d = digits(j + 2, 2);
      if (m > 0 && d > 0 && valid_ymd(y, m, d) && (j + 4 >= p.size() || !is_digit(p[j + 4]))) {
        DateValue v;
        v.year = y; v.month = m; v.day = d;
        return v;
      }
    }
  }
  return std::nullopt;
}

int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace newsdesk::extract
