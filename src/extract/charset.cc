#include "extract/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "extract/ascii.h"

namespace newsdesk::extract {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r' ||
                        s.front() == '"' || s.front() == '\''))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r' ||
                        s.back() == '"' || s.back() == '\'' || s.back() == ';'))
    s.remove_suffix(1);
  return s;
}

// WHATWG label mapping, reduced to what ICU needs: a page labelled latin-1 or ASCII is
// decoded as windows-1252 (as browsers do), GB2312/GBK as GB18030, Big5 as windows-950.
std::string canonical_charset(std::string_view label) {
  std::string l = lower_ascii(trim(label));
  if (l.empty()) return {};
  if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8" || l == "x-unicode20utf8") return "utf-8";
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "latin-1" || l == "l1" ||
      l == "us-ascii" || l == "ascii" || l == "ansi_x3.4-1968" || l == "cp1252" ||
      l == "windows-1252" || l == "x-cp1252" || l == "iso_8859-1" || l == "cp819")
    return "windows-1252";
  if (l == "gb2312" || l == "gbk" || l == "gb18030" || l == "x-gbk" || l == "cp936" ||
      l == "windows-936" || l == "chinese" || l == "csgb2312" || l == "euc-cn")
    return "gb18030";
  if (l == "big5" || l == "big5-hkscs" || l == "cn-big5" || l == "x-x-big5" || l == "csbig5")
    return "windows-950";
  if (l == "shift_jis" || l == "shift-jis" || l == "sjis" || l == "x-sjis" || l == "ms_kanji" ||
      l == "windows-31j" || l == "cp932" || l == "csshiftjis")
    return "windows-31j";
  if (l == "euc-kr" || l == "ks_c_5601-1987" || l == "windows-949" || l == "cp949") return "windows-949";
  if (l == "iso-8859-9" || l == "latin5") return "windows-1254";
  if (l == "tis-620" || l == "iso-8859-11") return "windows-874";
  if (l == "utf-16" || l == "utf-16le") return "utf-16le";  // a declared UTF-16 in an ASCII page is wrong
  return l;
}

// Finds charset=... inside a content attribute or meta charset value.
std::string_view charset_param(std::string_view s) {
  std::string ls = lower_ascii(s);
  size_t at = ls.find("charset");
  if (at == std::string::npos) return {};
  size_t i = at + 7;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (i >= s.size() || s[i] != '=') return {};
  ++i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '"' || s[i] == '\'')) ++i;
  size_t j = i;
  while (j < s.size() && s[j] != ' ' && s[j] != ';' && s[j] != '"' && s[j] != '\'' && s[j] != '>' &&
         s[j] != '/' && s[j] != ',')
    ++j;
  return s.substr(i, j - i);
}

std::string convert(std::string_view bytes, const char* charset, bool* ok) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset, &status);
  if (U_FAILURE(status) || !conv) {
    *ok = false;
    return {};
  }
  std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(conv, ucnv_close);
  std::vector<UChar> u(bytes.size() * 2 + 16);
  int32_t n = ucnv_toUChars(conv, u.data(), static_cast<int32_t>(u.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    u.resize(static_cast<size_t>(n) + 1);
    n = ucnv_toUChars(conv, u.data(), static_cast<int32_t>(u.size()), bytes.data(),
                      static_cast<int32_t>(bytes.size()), &status);
  }
  if (U_FAILURE(status)) {
    *ok = false;
    return {};
  }
  std::string out(static_cast<size_t>(n) * 3 + 4, '\0');
  int32_t len = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &len, u.data(), n, 0xFFFD,
                     nullptr, &status);
  if (U_FAILURE(status)) {
    *ok = false;
    return {};
  }
  out.resize(static_cast<size_t>(len));
  *ok = true;
  return out;
}

std::string detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return {};
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> guard(det, ucsdet_close);
  // Strip markup so tag names do not drown the text's byte statistics.
  ucsdet_enableInputFilter(det, true);
  size_t n = std::min<size_t>(bytes.size(), 256 * 1024);
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(n), &status);
  const UCharsetMatch* m = ucsdet_detect(det, &status);
  if (U_FAILURE(status) || !m) return {};
  const char* name = ucsdet_getName(m, &status);
  if (U_FAILURE(status) || !name) return {};
  return canonical_charset(name);
}

}  // namespace

// ASCII runs are skipped eight bytes at a time. Sets *high when any byte is >= 0x80
// (only meaningful when the result is true: the scan stops at the first error).
bool well_formed_utf8(std::string_view s, bool* high) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* end = p + s.size();
  bool any_high = false;
  while (p < end) {
    while (end - p >= 32) {
      uint64_t w[4];
      std::memcpy(w, p, 32);
      if (((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull) != 0) break;
      p += 32;
    }
    if (p == end) break;  // the input ended with the last ASCII run
    if (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        p += 8;
        continue;
      }
    }
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    any_high = true;
    size_t left = static_cast<size_t>(end - p);
    if (c >= 0xC2 && c <= 0xDF) {
      if (left < 2 || (p[1] & 0xC0) != 0x80) return *high = true, false;
      p += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (left < 3) return *high = true, false;
      unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80) return *high = true, false;
      p += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (left < 4) return *high = true, false;
      unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return *high = true, false;
      p += 4;
    } else {
      return *high = true, false;
    }
  }
  *high = any_high;
  return true;
}

bool is_well_formed_utf8(std::string_view s) {
  bool high = false;
  return well_formed_utf8(s, &high);
}

std::string sniff_declared_charset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, std::min<size_t>(bytes.size(), 16 * 1024));
  if (head.substr(0, 5) == "<?xml") {
    size_t end = head.find("?>");
    std::string_view decl = head.substr(0, end);
    size_t enc = decl.find("encoding=");
    if (enc != std::string_view::npos) {
      std::string_view v = decl.substr(enc + 9);
      if (!v.empty() && (v[0] == '"' || v[0] == '\'')) {
        char q = v[0];
        v.remove_prefix(1);
        size_t close = v.find(q);
        if (close != std::string_view::npos) return canonical_charset(v.substr(0, close));
      }
    }
  }
  // "<meta" in any case, then the tag up to '>' lower-cased: only the tags are copied,
  // not the whole head.
  auto lc = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; };
  std::string lower;
  size_t pos = 0;
  while (pos < head.size()) {
    const void* lt = std::memchr(head.data() + pos, '<', head.size() - pos);
    if (!lt) break;
    pos = static_cast<size_t>(static_cast<const char*>(lt) - head.data());
    if (head.size() - pos < 5 || lc(head[pos + 1]) != 'm' || lc(head[pos + 2]) != 'e' || lc(head[pos + 3]) != 't' ||
        lc(head[pos + 4]) != 'a') {
      ++pos;
      continue;
    }
    size_t end = head.find('>', pos);
    if (end == std::string_view::npos) break;
    lower.assign(head.substr(pos, end - pos));
    for (char& c : lower) c = lc(c);
    std::string_view tag(lower);
    pos = end;
    size_t cs = tag.find("charset");
    if (cs == std::string_view::npos) continue;
    // <meta charset="x"> or <meta http-equiv="content-type" content="text/html; charset=x">
    std::string_view v = charset_param(tag);
    if (!v.empty()) {
      std::string c = canonical_charset(v);
      if (c == "utf-16le") return "utf-8";  // WHATWG: a meta naming UTF-16 means UTF-8
      return c;
    }
  }
  return {};
}

namespace {

core::Result<DecodedHtml> decode(std::string_view bytes, std::string_view http_charset, std::string_view source,
                                 bool may_borrow) {
  DecodedHtml out;
  auto b = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
  // BOM first: it beats every declaration.
  if (bytes.size() >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
    bytes.remove_prefix(3);
    out.charset = "utf-8";
    out.evidence = "bom";
  } else if (bytes.size() >= 2 && ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == 0xFE && b(1) == 0xFF))) {
    out.charset = b(0) == 0xFF ? "utf-16le" : "utf-16be";
    out.evidence = "bom";
    bytes.remove_prefix(2);
  }
  if (out.charset.empty() && !http_charset.empty()) {
    out.charset = canonical_charset(http_charset);
    out.evidence = "http";
  }
  if (out.charset.empty()) {
    out.charset = sniff_declared_charset(bytes);
    if (!out.charset.empty()) out.evidence = "meta";
  }
  bool valid_utf8 = false;
  bool checked = false;
  bool has_high = false;
  auto is_valid_utf8 = [&] {
    if (!checked) {
      valid_utf8 = well_formed_utf8(bytes, &has_high);
      checked = true;
    }
    return valid_utf8;
  };
  // A declaration is often wrong: trust valid UTF-8 over a declared single-byte charset
  // when the page has non-ASCII bytes, and never decode invalid UTF-8 as UTF-8.
  if (out.evidence != "bom") {
    if (out.charset == "utf-8" && !is_valid_utf8()) {
      out.charset.clear();
    } else if (!out.charset.empty() && out.charset != "utf-8" && is_valid_utf8()) {
      if (has_high) {  // set by the validation, which saw every byte of valid input
        out.charset = "utf-8";
        out.evidence = "utf-8-valid";
      }
    }
    if (out.charset.empty()) {
      if (is_valid_utf8()) {
        out.charset = "utf-8";
        out.evidence = "utf-8-valid";
      } else {
        out.charset = detect_charset(bytes);
        out.evidence = "detected";
        if (out.charset.empty() || out.charset == "utf-8") {
          out.charset = "windows-1252";
          out.evidence = "fallback";
        }
      }
    }
  }
  if (out.charset == "utf-8" && (out.evidence != "bom" || is_valid_utf8())) {
    if (may_borrow) {
      out.borrowed = bytes;
      out.is_borrowed = true;
    } else {
      out.utf8.assign(bytes);
    }
    return out;
  }
  bool ok = false;
  out.utf8 = convert(bytes, out.charset.c_str(), &ok);
  if (!ok) {
    // Unknown label: detect instead, then fall back to windows-1252. The detector
    // may guess UTF-8 for bytes that are not: those are never passed on as UTF-8.
    if (is_valid_utf8()) {
      out.utf8.assign(bytes);
      out.charset = "utf-8";
      out.evidence = "utf-8-valid";
      return out;
    }
    std::string detected = detect_charset(bytes);
    if (detected.empty() || detected == "utf-8") detected = "windows-1252";
    out.utf8 = convert(bytes, detected.c_str(), &ok);
    out.charset = detected;
    out.evidence = "detected";
    if (!ok) {
      return core::Diagnostic{std::string(source), "", "cannot decode charset " + out.charset};
    }
  }
  return out;
}

}  // namespace

core::Result<DecodedHtml> decode_html(std::string_view bytes, std::string_view http_charset,
                                      std::string_view source) {
  return decode(bytes, http_charset, source, false);
}

core::Result<DecodedHtml> decode_html_borrowing(std::string_view bytes, std::string_view http_charset,
                                                std::string_view source) {
  return decode(bytes, http_charset, source, true);
}

}  // namespace newsdesk::extract
