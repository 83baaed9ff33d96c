#include "core/diagnostic.h"

#include <gtest/gtest.h>

#include "core/result.h"

namespace newsdesk::core {
namespace {

TEST(Diagnostic, FormatsWithAndWithoutPlace) {
  EXPECT_EQ(format_diagnostic({"a.txt", "", "empty input"}), "a.txt: empty input");
  EXPECT_EQ(format_diagnostic({"a.txt", "offset 7", "invalid UTF-8"}), "a.txt: offset 7: invalid UTF-8");
}

TEST(Result, HoldsValueOrError) {
  Result<int> ok = 42;
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, 42);
  Result<int> bad = Diagnostic{"x", "", "broken"};
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().reason, "broken");
}

}  // namespace
}  // namespace newsdesk::core
