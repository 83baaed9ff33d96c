// Column helpers both backends share.
#include "store/columns.h"

#include <gtest/gtest.h>

namespace newsdesk::store {
namespace {

using Forms = std::vector<std::string>;

TEST(VariantsToWrite, ANewEntityIsWrittenWithItsForms) {
  EXPECT_EQ(variants_to_write(std::nullopt, {"Putin", "Vladimir Putin"}), Forms({"Putin", "Vladimir Putin"}));
}

TEST(VariantsToWrite, NewFormsAreAddedAfterTheStoredOnes) {
  EXPECT_EQ(variants_to_write(Forms{"Putin"}, {"Vladimir Putin", "Putin"}), Forms({"Putin", "Vladimir Putin"}));
}

TEST(VariantsToWrite, ARowThatHoldsEveryFormIsLeftAlone) {
  EXPECT_EQ(variants_to_write(Forms{"Putin", "Vladimir Putin"}, {"Putin"}), std::nullopt);
  EXPECT_EQ(variants_to_write(Forms{"Putin"}, {}), std::nullopt);
}

}  // namespace
}  // namespace newsdesk::store
