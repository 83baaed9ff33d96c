#include <gtest/gtest.h>

#include "ingest/format.h"

namespace newsdesk::ingest {
namespace {

TEST(DetectFormatTest, FromContent) {
  EXPECT_EQ(detect_format("WARC/1.0\r\nWARC-Type: warcinfo\r\n"), Format::kWarc);
  EXPECT_EQ(detect_format("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), Format::kFeed);
  EXPECT_EQ(detect_format("<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::kFeed);
  EXPECT_EQ(detect_format("<rdf:RDF xmlns:rdf=\"x\">"), Format::kFeed);
  EXPECT_EQ(detect_format("  {\"title\": \"x\"}\n"), Format::kJsonLines);
  EXPECT_EQ(detect_format("<!DOCTYPE html><html>"), Format::kHtml);
  EXPECT_EQ(detect_format("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" "
                          "\"x\"><html xmlns=\"http://www.w3.org/1999/xhtml\">"),
            Format::kHtml);
  EXPECT_EQ(detect_format("<?xml version=\"1.0\"?><svg/>"), Format::kXml);
  EXPECT_EQ(detect_format("<html><body>"), Format::kHtml);
  EXPECT_EQ(detect_format("Titolo\n\nTesto."), Format::kText);
  EXPECT_EQ(detect_format(" \n"), Format::kEmpty);
}

TEST(DetectFormatTest, FromName) {
  EXPECT_EQ(format_from_name("a/b.warc.gz"), Format::kWarc);
  EXPECT_EQ(format_from_name("news.RSS"), Format::kFeed);
  EXPECT_EQ(format_from_name("x.jsonl.gz"), Format::kJsonLines);
  EXPECT_EQ(format_from_name("page.htm"), Format::kHtml);
  EXPECT_EQ(format_from_name("page.txt"), Format::kText);
  EXPECT_EQ(format_from_name("photo.jpg"), Format::kEmpty);
}

}  // namespace
}  // namespace newsdesk::ingest
