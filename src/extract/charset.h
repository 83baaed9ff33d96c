// Charset: finds a page's encoding (BOM, HTTP hint, <meta> declaration, else ICU
// detection) and converts its bytes to UTF-8 with ICU, so the parser sees one encoding.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace newsdesk::extract {

struct DecodedHtml {
  std::string utf8;
  std::string charset;   // canonical name used for decoding, e.g. "utf-8", "windows-1252"
  std::string evidence;  // "bom", "http", "meta", "detected", "utf-8-valid", "fallback"
  // decode_html_borrowing only: the input was UTF-8 already, and `borrowed` views it
  // (past a BOM) instead of a copy in `utf8`.
  bool is_borrowed = false;
  std::string_view borrowed;
};

// The charset a <meta> or XML declaration in the first bytes names, lower case, or "".
std::string sniff_declared_charset(std::string_view bytes);

// True when `s` is well-formed UTF-8 (Unicode table 3-7, as ICU's U8_NEXT checks it:
// no overlongs, surrogates, values past U+10FFFF or truncated sequences).
bool is_well_formed_utf8(std::string_view s);
bool well_formed_utf8(std::string_view s, bool* high);

// `http_charset` is the RawDoc's hint (may be empty). Fails only when no converter opens.
core::Result<DecodedHtml> decode_html(std::string_view bytes, std::string_view http_charset,
                                      std::string_view source);
// The same, without copying input that is UTF-8 already (see DecodedHtml::borrowed):
// the caller keeps `bytes` alive while it uses the result.
core::Result<DecodedHtml> decode_html_borrowing(std::string_view bytes, std::string_view http_charset,
                                                std::string_view source);

}  // namespace newsdesk::extract
