#include "core/bundle.h"

#include <gtest/gtest.h>

namespace newsdesk::core {
namespace {

TEST(Bundle, SplitsFilesByMarker) {
  auto files = parse_bundle("@@ file en.txt\nthe\nof\n\n@@ file it.txt\nil\n");
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files.at("en.txt"), "the\nof\n\n");
  EXPECT_EQ(files.at("it.txt"), "il\n");
}

TEST(Bundle, EmptyBlobHasNoFiles) { EXPECT_TRUE(parse_bundle("").empty()); }

TEST(Bundle, MarkerInsideALineIsText) {
  auto files = parse_bundle("@@ file a.txt\nx @@ file b.txt\n");
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files.at("a.txt"), "x @@ file b.txt\n");
}

}  // namespace
}  // namespace newsdesk::core
