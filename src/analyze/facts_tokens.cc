#include "analyze/facts_tokens.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace newsdesk::analyze {
namespace {

// Folded form of every code point below 0x250 (Latin-1 and Latin Extended A/B),
// computed once with ICU: lower case, then the first code point of its NFD.
struct LatinFold {
  std::array<std::string, 0x250> form;
  LatinFold() {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfd = unorm2_getNFDInstance(&status);
    for (UChar32 c = 0; c < 0x250; ++c) {
      UChar32 lower = u_tolower(c);
      if (c == 0xDF) { form[c] = "ss"; continue; }
      UChar buf[8];
      UErrorCode st = U_ZERO_ERROR;
      int32_t n = U_SUCCESS(status) ? unorm2_getDecomposition(nfd, lower, buf, 8, &st) : 0;
      UChar32 base = lower;
      if (U_SUCCESS(st) && n > 0) {
        int32_t i = 0;
        U16_NEXT(buf, i, n, base);
      }
      char out[4];
      int32_t len = 0;
      UBool err = false;
      U8_APPEND(out, len, 4, base, err);
      (void)err;
      form[c] = std::string(out, static_cast<size_t>(len));
    }
  }
};

const LatinFold& latin_fold() {
  static const LatinFold table;
  return table;
}

bool is_space(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F ||
         c == 0x2009 || c == 0x2007 || (c >= 0x2000 && c <= 0x200A) || c == 0x3000;
}

}  // namespace

std::string fold_fast(std::string_view s) {
  const auto& table = latin_fold();
  std::string out;
  out.reserve(s.size());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    auto b = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    if (b < 0x80) {
      out.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : static_cast<char>(b));
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) continue;
    if (c < 0x250) {
      out += table.form[static_cast<size_t>(c)];
    } else {
      UChar32 lower = u_tolower(c);
      if (lower == c) {
        out.append(s.data() + start, static_cast<size_t>(i - start));
      } else {
        char buf[4];
        int32_t len = 0;
        UBool err = false;
        U8_APPEND(buf, len, 4, lower, err);
        (void)err;
        out.append(buf, static_cast<size_t>(len));
      }
    }
  }
  return out;
}

std::vector<FactToken> tokenize_facts(std::string_view text) {
  std::vector<FactToken> tokens;
  tokens.reserve(text.size() / 5 + 4);
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  bool space = false, newline = false;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) { space = true; continue; }
    if (is_space(c)) {
      space = true;
      if (c == '\n') newline = true;
      continue;
    }
    FactToken t;
    t.begin = static_cast<size_t>(start);
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    if (c >= '0' && c <= '9') {
      t.kind = TokenKind::kDigits;
      while (i < n && text[static_cast<size_t>(i)] >= '0' && text[static_cast<size_t>(i)] <= '9') ++i;
      t.end = static_cast<size_t>(i);
      t.folded.assign(text.substr(t.begin, t.end - t.begin));
    } else if (u_isalpha(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) {
      t.kind = TokenKind::kWord;
      t.capitalized = u_isupper(c) || u_istitle(c);
      int32_t j = i;
      while (j < n) {
        int32_t k = j;
        UChar32 d;
        U8_NEXT(text.data(), k, n, d);
        if (d < 0) break;
        bool letter = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') ||
                      (d >= 0x80 && (u_hasBinaryProperty(d, UCHAR_ALPHABETIC) ||
                                     u_getIntPropertyValue(d, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK));
        if (!letter) break;
        j = k;
      }
      i = j;
      t.end = static_cast<size_t>(i);
      t.folded = fold_fast(text.substr(t.begin, t.end - t.begin));
    } else {
      t.kind = TokenKind::kMark;
      t.end = static_cast<size_t>(i);
      t.folded.assign(text.substr(t.begin, t.end - t.begin));
    }
    tokens.push_back(std::move(t));
  }
  return tokens;
}

size_t token_at(const std::vector<FactToken>& t, size_t byte) {
  auto it = std::partition_point(t.begin(), t.end(), [&](const FactToken& x) { return x.begin < byte; });
  return static_cast<size_t>(it - t.begin());
}

std::string_view word_at(const std::vector<FactToken>& t, size_t i) {
  return i < t.size() && t[i].kind == TokenKind::kWord ? std::string_view(t[i].folded) : std::string_view();
}

}  // namespace newsdesk::analyze
