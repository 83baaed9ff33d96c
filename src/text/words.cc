#include "text/words.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
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
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++letters;
    if (u_isupper(c) || u_istitle(c)) ++upper;
  }
  UChar32 c0 = first_char(w.text);
  w.capitalized = c0 >= 0 && (u_isupper(c0) || u_istitle(c0));
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
    else if (t.compare(i, 3, "\xE2\x80\x99") == 0) len = 3;
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

std::vector<Word> split_words(std::string_view utf8) {
  std::vector<Word> words;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return words;
  icu::BreakIterator& bi = word_breaker();
  bi.setText(ut, status);
  if (U_FAILURE(status)) { utext_close(ut); return words; }

  size_t previous_end = 0;
  bool sentence_start = true;
  int32_t start = bi.first();
  for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
    int32_t status_code = bi.getRuleStatus();
    if (status_code < UBRK_WORD_NUMBER) continue;  // spaces and punctuation
    std::string_view gap = utf8.substr(previous_end, static_cast<size_t>(start) - previous_end);
    if (!words.empty()) {
      words.back().hyphen_next = is_hyphen_gap(gap);
      if (ends_sentence(gap)) sentence_start = true;
    }
    Word w;
    w.text = utf8.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    w.offset = static_cast<size_t>(start);
    w.is_number = status_code < UBRK_WORD_NUMBER_LIMIT;
    w.sentence_start = sentence_start;
    describe_case(w);
    push_split_at_apostrophes(words, w);
    sentence_start = false;
    previous_end = static_cast<size_t>(end);
  }
  utext_close(ut);
  return words;
}

}  // namespace newsdesk::text
