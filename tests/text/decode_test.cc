#include "text/decode.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace newsdesk::text {
namespace {

core::RawDoc doc(std::string bytes) {
  core::RawDoc d;
  d.source = "page.txt";
  d.bytes = std::move(bytes);
  return d;
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_FALSE(find_invalid_utf8("caffè").has_value());
  EXPECT_EQ(find_invalid_utf8("ab\xE8 c"), 2u);         // Latin-1 è
  EXPECT_EQ(find_invalid_utf8("ok\xC0\xAF"), 2u);       // overlong
  EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1u);    // surrogate
}

TEST(Decode, AcceptsTextAndDropsTheBom) {
  auto r = decode_plain_text(doc("\xEF\xBB\xBFTitolo\n"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "Titolo\n");
}

TEST(Decode, RejectsEmptyBinaryAndInvalidInput) {
  auto empty = decode_plain_text(doc(""));
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().reason, "empty input");

  auto blank = decode_plain_text(doc(" \n\n\t"));
  ASSERT_FALSE(blank.ok());
  EXPECT_NE(blank.error().reason.find("white space"), std::string::npos);

  auto binary = decode_plain_text(doc(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11)));
  ASSERT_FALSE(binary.ok());
  EXPECT_NE(binary.error().reason.find("binary"), std::string::npos);

  auto latin1 = decode_plain_text(doc("citt\xE0 di Pechino"));
  ASSERT_FALSE(latin1.ok());
  EXPECT_EQ(latin1.error().reason, "invalid UTF-8");
  EXPECT_EQ(latin1.error().where, "offset 4");
  EXPECT_EQ(latin1.error().source, "page.txt");
}

}  // namespace
}  // namespace newsdesk::text
