#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <stdexcept>

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

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

icu::UnicodeString normalized(const icu::Normalizer2& n, const icu::UnicodeString& s) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = n.normalize(s, status);
  return U_FAILURE(status) ? s : out;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s) if (c >= 0x80) return false;
  return true;
}

// Maps typographic variants to one form; returns false when `c` is kept as is.
bool unify(UChar32 c, icu::UnicodeString& out) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      out.append(UChar32('-')); return true;
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0xFF07: case 0x00B4:
    case 0x0060:
      out.append(UChar32('\'')); return true;
    case 0x2026:
      out.append(icu::UnicodeString("...")); return true;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return true;  // soft hyphen and zero-width characters vanish
    default:
      break;
  }
  if (c != '\n' && c != '\t' && u_isspace(c) && c != ' ') { out.append(UChar32(' ')); return true; }
  return false;
}

}  // namespace

std::string clean(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    if (!unify(c, mapped)) mapped.append(c);
    i += U16_LENGTH(c);
  }
  return to_utf8(normalized(nfc(), mapped));
}

std::string fold_case(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(clean(utf8));
  return to_utf8(normalized(nfkc_cf(), s));
}

std::string strip_marks(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  icu::UnicodeString s = normalized(nfd(), icu::UnicodeString::fromUTF8(
                                               icu::StringPiece(utf8.data(), utf8.size())));
  // Marks are only dropped after Latin, Greek and Cyrillic letters: in other
  // scripts (Devanagari, Arabic, ...) they are part of the spelling.
  icu::UnicodeString kept;
  bool droppable = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      if (!droppable) kept.append(c);
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    droppable = script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC;
    kept.append(c);
  }
  return to_utf8(normalized(nfc(), kept));
}

std::string fold(std::string_view utf8) { return strip_marks(fold_case(utf8)); }

}  // namespace newsdesk::text
