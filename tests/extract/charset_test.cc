#include "extract/charset.h"

#include <gtest/gtest.h>

#include <string>

#include "core/raw_doc.h"
#include "extract/extract.h"
#include "text/utf8.h"

namespace newsdesk::extract {
namespace {

std::string page(const std::string& charset, const std::string& body) {
  return "<html><head><meta charset=\"" + charset + "\"><title>t</title></head><body><p>" + body +
         "</p></body></html>";
}

std::string decoded(const std::string& bytes, const std::string& hint = "") {
  auto r = decode_html(bytes, hint, "test");
  EXPECT_TRUE(r.ok());
  return r.ok() ? r->utf8 : std::string();
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

TEST(extract_charset, Utf8BomWinsOverDeclaration) {
  std::string bytes = "\xEF\xBB\xBF" + page("windows-1252", "caf\xC3\xA9");
  auto r = decode_html(bytes, "", "t");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->evidence, "bom");
  EXPECT_TRUE(contains(r->utf8, "caf\xC3\xA9"));
  EXPECT_NE(r->utf8.substr(0, 3), "\xEF\xBB\xBF");
}

TEST(extract_charset, Utf16LittleEndianBom) {
  std::string ascii = "<p>Hi \xE2\x82\xAC</p>";  // U+20AC after "Hi "
  std::string bytes = "\xFF\xFE";
  for (char c : std::string("<p>Hi ")) { bytes += c; bytes += '\0'; }
  bytes += "\xAC\x20";
  for (char c : std::string("</p>")) { bytes += c; bytes += '\0'; }
  EXPECT_EQ(decoded(bytes), ascii);
}

TEST(extract_charset, Windows1252) {
  EXPECT_TRUE(contains(decoded(page("windows-1252", "Caf\xE9 \x80 \x96")), "Caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x93"));
  // Latin-1 labels decode as windows-1252, as browsers do.
  EXPECT_TRUE(contains(decoded(page("iso-8859-1", "\x80")), "\xE2\x82\xAC"));
}

TEST(extract_charset, Iso8859Family) {
  EXPECT_TRUE(contains(decoded(page("ISO-8859-2", "Gda\xF1sk \xB3")), "Gda\xC5\x84sk \xC5\x82"));
  EXPECT_TRUE(contains(decoded(page("iso-8859-5", "\xBF\xE0\xD8\xD2\xD5\xE2")), "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"));
  EXPECT_TRUE(contains(decoded(page("iso-8859-7", "\xCA\xE1\xEB\xE7\xEC\xDD\xF1\xE1")),
                       "\xCE\x9A\xCE\xB1\xCE\xBB\xCE\xB7\xCE\xBC\xCE\xAD\xCF\x81\xCE\xB1"));
}

TEST(extract_charset, Koi8r) {
  EXPECT_TRUE(contains(decoded(page("koi8-r", "\xF0\xD2\xC9\xD7\xC5\xD4")), "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"));
}

TEST(extract_charset, ShiftJis) {
  EXPECT_TRUE(contains(decoded(page("Shift_JIS", "\x93\xFA\x96\x7B\x8C\xEA")), "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"));
}

TEST(extract_charset, Gbk) {
  EXPECT_TRUE(contains(decoded(page("gb2312", "\xD6\xD0\xCE\xC4")), "\xE4\xB8\xAD\xE6\x96\x87"));
  EXPECT_TRUE(contains(decoded(page("GBK", "\xD6\xD0\xCE\xC4")), "\xE4\xB8\xAD\xE6\x96\x87"));
}

TEST(extract_charset, Big5) {
  EXPECT_TRUE(contains(decoded(page("big5", "\xA4\xA4\xA4\xE5")), "\xE4\xB8\xAD\xE6\x96\x87"));
}

TEST(extract_charset, HttpEquivAndHttpHint) {
  std::string bytes =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
      "<body>\xF0\xD2\xC9\xD7\xC5\xD4</body></html>";
  auto r = decode_html(bytes, "", "t");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->evidence, "meta");
  EXPECT_TRUE(contains(r->utf8, "\xD0\x9F\xD1\x80\xD0\xB8"));
  // The HTTP header's charset comes before the page's own declaration.
  std::string cp1251 = "<html><head><meta charset=koi8-r></head><body>\xCF\xF0\xE8\xE2\xE5\xF2</body></html>";
  auto h = decode_html(cp1251, "windows-1251", "t");
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->evidence, "http");
  EXPECT_TRUE(contains(h->utf8, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"));
}

TEST(extract_charset, WrongUtf8DeclarationIsDetected) {
  // Declared UTF-8 but the bytes are windows-1252: decode them anyway.
  std::string bytes = page("utf-8", "Die Stra\xDF" "e ist f\xFCr alle gr\xFC" "n und sch\xF6n, sagte der B\xFCrgermeister.");
  auto r = decode_html(bytes, "", "t");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->charset, "utf-8");
  EXPECT_TRUE(contains(r->utf8, "f\xC3\xBCr"));
}

TEST(extract_charset, UndeclaredLegacyIsDetected) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "\xF0\xD2\xC9\xD7\xC5\xD4, \xCB\xC1\xCB \xC4\xC5\xCC\xC1? \xED\xC9\xD2 \xC9 \xD2\xC1\xC4\xCF\xD3\xD4\xD8. ";
  std::string bytes = "<html><body><p>" + text + "</p></body></html>";
  auto r = decode_html(bytes, "", "t");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->evidence, "detected");
  EXPECT_TRUE(contains(r->utf8, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82")) << r->charset;
}

TEST(extract_charset, ValidUtf8BeatsWrongLegacyDeclaration) {
  auto r = decode_html(page("iso-8859-1", "caf\xC3\xA9"), "", "t");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "utf-8");
  EXPECT_TRUE(contains(r->utf8, "caf\xC3\xA9"));
}

TEST(extract_charset, ExtractArticleDecodesLegacyPage) {
  core::RawDoc doc;
  doc.source = "koi8.html";
  doc.bytes = "<html><head><meta charset=koi8-r><title>\xF0\xD2\xC9\xD7\xC5\xD4</title></head><body><article><p>"
              "\xF0\xD2\xC9\xD7\xC5\xD4, \xCB\xC1\xCB \xC4\xC5\xCC\xC1? \xED\xC9\xD2 \xC9 \xD2\xC1\xC4\xCF\xD3\xD4\xD8."
              "</p></article></body></html>";
  auto r = extract_article(doc);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "koi8-r");
  EXPECT_EQ(r->title, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
}

// Found by charset_fuzz: an unknown label on bytes the detector took for UTF-8
// passed invalid UTF-8 on to the parser.
TEST(extract_charset, UnknownLabelNeverPassesInvalidUtf8) {
  auto r = decode_html("Q\xc2", "x-no-such-charset", "test");
  ASSERT_TRUE(r);
  EXPECT_FALSE(text::find_invalid_utf8(r->utf8).has_value()) << r->charset;
}

// The fast validator agrees with ICU's U8_NEXT (text::find_invalid_utf8) byte for byte:
// every 1- and 2-byte input, 3- and 4-byte sequences built around each lead byte, and
// random mixes of ASCII and high bytes at every alignment.
TEST(extract_charset, WellFormedUtf8AgreesWithIcu) {
  auto agree = [](const std::string& s) {
    EXPECT_EQ(is_well_formed_utf8(s), !text::find_invalid_utf8(s).has_value()) << testing::PrintToString(s);
  };
  for (int a = 0; a < 256; ++a) {
    agree(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; ++b) agree(std::string{static_cast<char>(a), static_cast<char>(b)});
  }
  const unsigned char probes[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xFF};
  for (int lead = 0xC0; lead < 0x100; ++lead)
    for (unsigned char b : probes)
      for (unsigned char c : probes) {
        agree(std::string{static_cast<char>(lead), static_cast<char>(b), static_cast<char>(c)});
        for (unsigned char d : probes)
          agree(std::string{static_cast<char>(lead), static_cast<char>(b), static_cast<char>(c), static_cast<char>(d)});
      }
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7FFF; };
  const std::string pieces[] = {"abcdefgh", "x", "\xC3\xA9", "\xE2\x80\x9D", "\xF0\x9F\x98\x80", "\xED\xA0\x80",
                                "\xC3", "\xE2\x80", "\xF4\x90\x80\x80", "\x80", "0123456789"};
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    int n = static_cast<int>(next() % 12);
    for (int k = 0; k < n; ++k) s += pieces[next() % std::size(pieces)];
    agree(s);
  }
}

// UTF-8 input is viewed in place; other charsets are converted as decode_html does.
TEST(extract_charset, BorrowingDecodeViewsUtf8Input) {
  std::string utf8 = "\xEF\xBB\xBF" + page("utf-8", "caf\xC3\xA9");
  auto r = decode_html_borrowing(utf8, "", "t");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->is_borrowed);
  EXPECT_TRUE(r->utf8.empty());
  EXPECT_EQ(r->borrowed.data(), utf8.data() + 3);  // past the BOM
  EXPECT_EQ(r->borrowed, decoded(utf8));
  std::string latin1 = page("iso-8859-1", "caf\xE9");
  auto l = decode_html_borrowing(latin1, "", "t");
  ASSERT_TRUE(l.ok());
  EXPECT_FALSE(l->is_borrowed);
  EXPECT_EQ(l->utf8, decoded(latin1));
  EXPECT_TRUE(contains(l->utf8, "caf\xC3\xA9"));
}

}  // namespace
}  // namespace newsdesk::extract
