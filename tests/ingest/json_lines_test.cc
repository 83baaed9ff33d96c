#include <gtest/gtest.h>

#include "ingest/news_item.h"
#include "test_util.h"

namespace newsdesk::ingest {
namespace {

using testing::data_file;
using testing::drain_path;

TEST(JsonLinesTest, ItemsPagesAndBadLines) {
  std::string file = data_file("items.jsonl");
  auto d = drain_path(file);
  std::vector<std::string> expected = {
      "doc " + file + ":1",
      "doc " + file + ":3",
      "error " + file + ": line 4: bad JSON: syntax error while parsing value - invalid string: control character "
                        "U+000A (LF) must be escaped to \\u000A or \\n; last read: '\"unterminated<U+000A>'",
      "doc " + file + ":5",
      "error " + file + ": line 6: not a JSON object",
      "error " + file + ": line 7: no title, text or html",
      "doc " + file + ":8",
  };
  // The parser's wording may change between versions: compare the rest exactly.
  ASSERT_EQ(d.order.size(), expected.size()) << ::testing::PrintToString(d.order);
  for (size_t i = 0; i < expected.size(); ++i) {
    if (i == 2) {
      EXPECT_EQ(d.order[i].rfind("error " + file + ": line 4: bad JSON", 0), 0u) << d.order[i];
    } else {
      EXPECT_EQ(d.order[i], expected[i]);
    }
  }
  auto a = parse_news_item(d.docs[0]);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Earthquake of magnitude 4.2 near Camerino");
  EXPECT_EQ(a->text, "No one was hurt.");
  EXPECT_EQ(a->published, "2024-03-01T09:30:00Z");
  EXPECT_EQ(a->language, "en");
  EXPECT_EQ(a->categories, (std::vector<std::string>{"world", "italy"}));
  EXPECT_EQ(d.docs[0].url, "https://wire.example/a");
  auto b = parse_news_item(d.docs[1]);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->title, "Rail strike in Bavaria");
  EXPECT_EQ(b->html, "<p>The GDL called a <b>strike</b>.</p>");
  EXPECT_EQ(b->language, "de");
  EXPECT_EQ(b->categories, (std::vector<std::string>{"transport"}));
  EXPECT_EQ(b->url, "https://wire.example/b");
  // A line with only html is a saved page.
  EXPECT_EQ(d.docs[2].media_type, "text/html");
  EXPECT_EQ(d.docs[2].url, "https://wire.example/d");
  EXPECT_EQ(d.docs[2].bytes.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(is_news_item(d.docs[3]));
}

class JsonLinesLimitTest : public testing::ScratchDir {};

TEST_F(JsonLinesLimitTest, LineOverTheLimit) {
  std::string lines = "{\"title\": \"" + std::string(3000, 'a') + "\"}\n{\"title\": \"short\"}\n";
  SourceOptions options;
  options.max_doc_bytes = 1000;
  auto d = drain_path(write("big.jsonl", lines), options);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].where, "line 1");
  EXPECT_NE(d.errors[0].reason.find("over the limit"), std::string::npos);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].source, path("big.jsonl") + ":2");
}

// Found by json_lines_fuzz: a number past double's range threw out of the reader.
TEST_F(JsonLinesLimitTest, NumberOutOfRangeIsABadLine) {
  auto d = drain_path(write("n.jsonl", "{\"title\": \"a\", \"n\": 1e999}\n{\"title\": \"b\"}\n"));
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].where, "line 1");
  EXPECT_NE(d.errors[0].reason.find("number overflow"), std::string::npos) << d.errors[0].reason;
  EXPECT_EQ(d.docs.size(), 1u);
}

TEST_F(JsonLinesLimitTest, NotJsonLinesByName) {
  auto d = drain_path(write("x.jsonl", "plain words\n"));
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].reason, "not JSON lines: text content");
}

}  // namespace
}  // namespace newsdesk::ingest
