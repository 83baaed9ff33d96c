#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/bytestream.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>
#include <stdexcept>
#include <unordered_map>

namespace newsdesk::text {
namespace {

const icu::Normalizer2& instance(const char* name, UNormalization2Mode mode) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getInstance(nullptr, name, mode, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU normalizer unavailable");
  return *n;
}

const icu::Normalizer2& nfc() { static const auto& n = instance("nfc", UNORM2_COMPOSE); return n; }
const icu::Normalizer2& nfd() { static const auto& n = instance("nfc", UNORM2_DECOMPOSE); return n; }
const icu::Normalizer2& nfkc_cf() {
  static const auto& n = instance("nfkc_cf", UNORM2_COMPOSE);
  return n;
}

bool is_ascii_alnum(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s) if (c >= 0x80) return false;
  return true;
}

// Normalises UTF-8 to UTF-8 without a detour through UTF-16 (ICU does this
// natively for composing forms).
std::string normalized_utf8(const icu::Normalizer2& n, std::string_view s) {
  std::string out;
  out.reserve(s.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  n.normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr, status);
  return U_FAILURE(status) ? std::string(s) : out;
}

void append_utf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error) out.append(buf, static_cast<size_t>(len));
}

// Maps typographic variants to one form; returns false when `c` is kept as is.
bool unify(UChar32 c, std::string& out) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      out.push_back('-'); return true;
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0xFF07: case 0x00B4:
      out.push_back('\''); return true;
    case 0x2026:
      out.append("..."); return true;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return true;  // soft hyphen and zero-width characters vanish
    default:
      break;
  }
  if (c != '\n' && c != '\t' && c != ' ' && u_isspace(c)) { out.push_back(' '); return true; }
  return false;
}

// What a code point becomes without its accents: the base letters of its
// canonical decomposition when they are Latin, Greek or Cyrillic ("é" -> "e",
// "ǖ" -> "u"); itself otherwise. Cached per thread: texts use few letters.
const std::string& without_marks(UChar32 c) {
  thread_local std::unordered_map<UChar32, std::string> cache;
  auto it = cache.find(c);
  if (it != cache.end()) return it->second;
  std::string out;
  icu::UnicodeString decomposition;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  bool droppable = script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC;
  if (droppable && nfd().getDecomposition(c, decomposition)) {
    for (int32_t i = 0; i < decomposition.length();) {
      UChar32 d = decomposition.char32At(i);
      i += U16_LENGTH(d);
      if (u_charType(d) != U_NON_SPACING_MARK) append_utf8(out, d);
    }
  } else {
    append_utf8(out, c);
  }
  return cache.emplace(c, std::move(out)).first->second;
}

}  // namespace

std::string clean(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  std::string mapped;
  mapped.reserve(utf8.size());
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0x80) {  // ASCII needs no unifying
      mapped.push_back(static_cast<char>(p[i++]));
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !unify(c, mapped)) mapped.append(utf8.substr(static_cast<size_t>(start),
                                                              static_cast<size_t>(i - start)));
  }
  return normalized_utf8(nfc(), mapped);
}

std::string fold_case(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  return normalized_utf8(nfkc_cf(), clean(utf8));
}

std::string strip_marks(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  // Marks already standing alone are dropped after a letter whose accents go.
  std::string out;
  out.reserve(utf8.size());
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t n = static_cast<int32_t>(utf8.size());
  bool droppable = false;
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0x80) {
      if (c >= 0) out.push_back(static_cast<char>(c));
      droppable = c >= 0 && is_ascii_alnum(c);
      continue;
    }
    if (u_charType(c) == U_NON_SPACING_MARK) {
      if (!droppable) out.append(utf8.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    droppable = script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC;
    out.append(without_marks(c));
  }
  return out;
}

std::string fold(std::string_view utf8) {
  if (is_ascii(utf8)) return fold_case(utf8);
  // ICU sees only the stretches around non-ASCII characters: an ASCII character
  // never composes with the one before it, so normalisation may start afresh
  // before any ASCII character not followed by a combining mark (ASCII then
  // ASCII, or the end). Texts mostly ASCII with a few quotes or accents skip
  // most of the normaliser this way.
  std::string out;
  out.reserve(utf8.size());
  size_t n = utf8.size(), i = 0;
  auto ascii = [&](size_t k) { return static_cast<unsigned char>(utf8[k]) < 0x80; };
  auto inert = [&](size_t k) { return ascii(k) && (k + 1 == n || ascii(k + 1)); };
  while (i < n) {
    if (inert(i)) {
      char c = utf8[i++];
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      continue;
    }
    size_t start = i++;
    while (i < n && !inert(i)) ++i;
    out += strip_marks(fold_case(utf8.substr(start, i - start)));
  }
  return out;
}

std::string fold_to_key(std::string_view utf8) {
  std::string folded = fold(utf8);
  std::string key;
  key.reserve(folded.size());
  const auto* p = reinterpret_cast<const uint8_t*>(folded.data());
  int32_t n = static_cast<int32_t>(folded.size());
  bool in_word = false;
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0x80) {  // most bytes of most text: no decoding, no property lookup
      bool word_char = is_ascii_alnum(p[i]);
      if (word_char) {
        if (!in_word && !key.empty()) key.push_back(' ');
        key.push_back(static_cast<char>(p[i]));
      }
      in_word = word_char;
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    bool word_char = c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
                                u_charType(c) == U_COMBINING_SPACING_MARK);
    if (word_char) {
      if (!in_word && !key.empty()) key.push_back(' ');
      key.append(folded, static_cast<size_t>(start), static_cast<size_t>(i - start));
    }
    in_word = word_char;
  }
  return key;
}

}  // namespace newsdesk::text
