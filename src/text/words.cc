#include "text/words.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>

namespace newsdesk::text {
namespace {

// Creating a break iterator loads rules; each thread keeps a clone.
icu::BreakIterator& word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator unavailable");
    return bi;
  }();
  return *it;
}

UChar32 first_char(std::string_view s) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

void describe_case(Word& w) {
  int letters = 0, upper = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(w.text.data());
  int32_t n = static_cast<int32_t>(w.text.size());
  auto is_upper = [](UChar32 c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
  };
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    if (p[i] < 0x80) {  // most letters of most words: no property lookup
      c = p[i++];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
    } else {
      U8_NEXT(p, i, n, c);
      if (c < 0 || !u_isalpha(c)) continue;
    }
    ++letters;
    if (is_upper(c)) ++upper;
  }
  UChar32 c0 = first_char(w.text);
  w.capitalized = c0 >= 0 && is_upper(c0);
  w.all_caps = letters >= 2 && upper == letters;
}

bool ends_sentence(std::string_view gap) {
  for (char c : gap) {
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\n') return true;
  }
  // Opening guillemets and curly quotes also start a new clause.
  return gap.find("\xC2\xAB") != std::string_view::npos ||
         gap.find("\xE2\x80\x9C") != std::string_view::npos ||
         gap.find("\xE2\x80\x9E") != std::string_view::npos;
}

bool is_hyphen_gap(std::string_view gap) {
  return gap == "-" || gap == "\xE2\x80\x90" || gap == "\xE2\x80\x91";
}

// Splits "l'alleanza" and "Putin's" at the apostrophe (ASCII or U+2019).
void push_split_at_apostrophes(std::vector<Word>& out, Word w) {
  std::string_view t = w.text;
  size_t start = 0;
  for (size_t i = 0; i < t.size();) {
    size_t len = 0;
    if (t[i] == '\'') len = 1;
    else if (t[i] == '\xE2' && t.compare(i, 3, "\xE2\x80\x99") == 0) len = 3;
    if (len == 0) { ++i; continue; }
    if (i > start) {
      Word part = w;
      part.text = t.substr(start, i - start);
      part.offset = w.offset + start;
      part.hyphen_next = false;
      describe_case(part);
      out.push_back(part);
      w.sentence_start = false;
    }
    i += len;
    start = i;
  }
  if (start < t.size()) {
    Word part = w;
    part.text = t.substr(start);
    part.offset = w.offset + start;
    describe_case(part);
    out.push_back(part);
  }
}

}  // namespace

namespace {

// A word segment: bytes [start, end) of the text, a number when its last
// letter-or-digit is a digit (ICU's rule status).
struct Segment {
  size_t start = 0, end = 0;
  bool is_number = false;
};

// The segments of ICU's word break iterator (UAX #29 with ICU's tailoring)
// that have letters or digits.
std::vector<Segment> icu_segments(std::string_view utf8) {
  std::vector<Segment> out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return out;
  icu::BreakIterator& bi = word_breaker();
  bi.setText(ut, status);
  if (U_FAILURE(status)) { utext_close(ut); return out; }
  int32_t start = bi.first();
  for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
    int32_t rule = bi.getRuleStatus();
    if (rule < UBRK_WORD_NUMBER) continue;  // spaces and punctuation
    out.push_back({static_cast<size_t>(start), static_cast<size_t>(end), rule < UBRK_WORD_NUMBER_LIMIT});
  }
  utext_close(ut);
  return out;
}

// The word break classes the fast path knows; kUnsupported sends the text to ICU.
enum class Wb : uint8_t { kOther, kLetter, kNumeric, kMidLetter, kMidNum, kMidNumLet, kExtend, kUnsupported };

constexpr Wb classify(UChar32 c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return Wb::kLetter;  // ICU counts '@' a letter
    if (c >= '0' && c <= '9') return Wb::kNumeric;
    if (c == '.' || c == '\'') return Wb::kMidNumLet;  // the apostrophe is Single_Quote: the same rules here
    if (c == ',' || c == ';') return Wb::kMidNum;
    if (c == '_') return Wb::kUnsupported;  // ExtendNumLet
    return Wb::kOther;  // ':' is no MidLetter in ICU's rules; '"' matters only in Hebrew
  }
  int wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  // Past Armenian, letters and digits are scripts with rules of their own
  // (Hebrew, Kana, ideographs, dictionary-broken Thai...): ICU decides.
  if (c >= 0x590 && (u_isalnum(c) || wb == U_WB_ALETTER || wb == U_WB_NUMERIC)) return Wb::kUnsupported;
  switch (wb) {
    case U_WB_ALETTER: return Wb::kLetter;
    case U_WB_NUMERIC: return Wb::kNumeric;
    case U_WB_MIDLETTER: return c == 0xFE55 || c == 0xFF1A ? Wb::kOther : Wb::kMidLetter;
    case U_WB_MIDNUM: return Wb::kMidNum;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE: return Wb::kMidNumLet;
    case U_WB_EXTEND:
    case U_WB_FORMAT: return Wb::kExtend;
    case U_WB_OTHER:
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_NEWLINE:
    case U_WB_WSEGSPACE:
    case U_WB_DOUBLE_QUOTE: return Wb::kOther;
    default: return Wb::kUnsupported;  // ZWJ, Katakana, Hebrew, ExtendNumLet, regional indicators
  }
}

// classify() of each ASCII character, looked up rather than tested.
constexpr auto kAsciiClass = [] {
  std::array<Wb, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = classify(c);
  return table;
}();

bool joins_letters(Wb mid) { return mid == Wb::kMidLetter || mid == Wb::kMidNumLet; }
bool joins_digits(Wb mid) { return mid == Wb::kMidNum || mid == Wb::kMidNumLet; }
bool is_base(Wb c) { return c == Wb::kLetter || c == Wb::kNumeric; }

// The same segments as icu_segments() for text in Latin, Greek, Cyrillic and
// Armenian letters (nullopt otherwise): the UAX #29 rules that such text meets,
// as ICU tailors them. Several times faster than the iterator; tests compare
// the two on every page we have.
std::optional<std::vector<Segment>> fast_segments(std::string_view utf8) {
  struct Cp {
    Wb wb;
    uint32_t offset;
  };
  // One entry per code point, at most one per byte; left uninitialised, as
  // zeroing it cost as much as filling it.
  std::unique_ptr<Cp[]> cps(new Cp[utf8.size() + 1]);
  size_t count = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    int32_t at = i;
    Wb wb;
    if (p[i] < 0x80) {
      wb = kAsciiClass[p[i++]];
    } else {
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c < 0) return std::nullopt;  // ill-formed: ICU's handling decides
      wb = classify(c);
    }
    if (wb == Wb::kUnsupported) return std::nullopt;
    cps[count++] = {wb, static_cast<uint32_t>(at)};
  }
  std::vector<Segment> out;
  auto offset = [&](size_t k) { return k < count ? cps[k].offset : utf8.size(); };
  for (size_t i = 0; i < count;) {
    if (!is_base(cps[i].wb)) { ++i; continue; }
    size_t last = i, j = i + 1;
    for (;;) {
      while (j < count && cps[j].wb == Wb::kExtend) ++j;  // marks and format characters join what they follow
      if (j < count && is_base(cps[j].wb)) { last = j++; continue; }
      if (j < count) {
        Wb mid = cps[j].wb;
        size_t k = j + 1;
        while (k < count && cps[k].wb == Wb::kExtend) ++k;
        if (k < count) {
          Wb before = cps[last].wb, after = cps[k].wb;
          bool letters = before == Wb::kLetter && after == Wb::kLetter && joins_letters(mid);
          bool digits = before == Wb::kNumeric && after == Wb::kNumeric && joins_digits(mid);
          if (letters || digits) { last = k; j = k + 1; continue; }
        }
      }
      break;
    }
    out.push_back({offset(i), offset(j), cps[last].wb == Wb::kNumeric});
    i = j;
  }
  return out;
}

std::vector<Word> words_of(std::string_view utf8, const std::vector<Segment>& segments) {
  std::vector<Word> words;
  size_t previous_end = 0;
  bool sentence_start = true;
  for (const Segment& s : segments) {
    std::string_view gap = utf8.substr(previous_end, s.start - previous_end);
    if (!words.empty()) {
      words.back().hyphen_next = is_hyphen_gap(gap);
      if (ends_sentence(gap)) sentence_start = true;
    }
    Word w;
    w.text = utf8.substr(s.start, s.end - s.start);
    w.offset = s.start;
    w.is_number = s.is_number;
    w.sentence_start = sentence_start;
    push_split_at_apostrophes(words, w);  // describes each part's case
    sentence_start = false;
    previous_end = s.end;
  }
  return words;
}

}  // namespace

std::vector<Word> split_words(std::string_view utf8) {
  if (auto fast = fast_segments(utf8)) return words_of(utf8, *fast);
  return words_of(utf8, icu_segments(utf8));
}

std::vector<Word> split_words_with_icu(std::string_view utf8) { return words_of(utf8, icu_segments(utf8)); }

}  // namespace newsdesk::text
