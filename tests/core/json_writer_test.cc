#include "core/json_writer.h"

#include <cmath>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace newsdesk::core {
namespace {

TEST(JsonWriterTest, WritesWhatAParserReadsBack) {
  std::string out;
  JsonWriter w(out);
  w.begin_object()
      .field("s", "quote \" backslash \\ newline \n tab \t bell \x07 città")
      .field("n", int64_t{-42})
      .field("d", 0.25)
      .field("nan", std::nan(""))
      .field("b", true)
      .optional_string("none", "")
      .string_array("list", {"a", "b"});
  w.key("nested").begin_array().begin_object().end_object().begin_array().end_array().raw("[1,2]").end_array();
  w.end_object();
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["s"], "quote \" backslash \\ newline \n tab \t bell \x07 città");
  EXPECT_EQ(j["n"], -42);
  EXPECT_EQ(j["d"], 0.25);
  EXPECT_TRUE(j["nan"].is_null());
  EXPECT_EQ(j["b"], true);
  EXPECT_TRUE(j["none"].is_null());
  EXPECT_EQ(j["list"], nlohmann::json({"a", "b"}));
  EXPECT_EQ(j["nested"].dump(), "[{},[],[1,2]]");
}

}  // namespace
}  // namespace newsdesk::core
