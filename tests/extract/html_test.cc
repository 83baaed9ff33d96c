#include "extract/html.h"

#include <gtest/gtest.h>

#include <string>

namespace newsdesk::extract {
namespace {

// Text of the first element with `tag`.
std::string text_of(const HtmlDocument& doc, Tag tag) {
  int i = doc.find_first(tag);
  std::string out;
  if (i >= 0) doc.append_text(i, out);
  return out;
}

int count(const HtmlDocument& doc, Tag tag) {
  int n = 0;
  for (const auto& nd : doc.nodes) n += nd.type == NodeType::kElement && nd.tag == tag;
  return n;
}

TEST(extract_html, VoidElementsHaveNoChildren) {
  auto doc = parse_html("<p>a<br>b<img src=x>c<hr>d</p>");
  int br = doc.find_first(Tag::kBr);
  ASSERT_GE(br, 0);
  EXPECT_EQ(doc.node(br).first_child, -1);
  EXPECT_EQ(text_of(doc, Tag::kP), "abc");  // <hr> closes the <p>
}

TEST(extract_html, ImpliedEndTags) {
  auto doc = parse_html("<ul><li>one<li>two<li>three</ul><p>x<p>y<table><tr><td>1<td>2<tr><td>3</table>");
  EXPECT_EQ(count(doc, Tag::kLi), 3);
  int li = doc.find_first(Tag::kLi);
  EXPECT_EQ(doc.node(doc.node(li).next_sibling).tag, Tag::kLi);  // siblings, not nested
  EXPECT_EQ(count(doc, Tag::kP), 2);
  int p = doc.find_first(Tag::kP);
  EXPECT_EQ(doc.node(p).parent, doc.node(doc.node(p).next_sibling).parent);
  EXPECT_EQ(count(doc, Tag::kTd), 3);
  int td = doc.find_first(Tag::kTd);
  EXPECT_EQ(doc.node(doc.node(td).next_sibling).tag, Tag::kTd);
}

TEST(extract_html, RawTextElements) {
  auto doc = parse_html(
      "<title>A &amp; B</title><script>if (a < b && c > d) { x = '</div>'; }</script>"
      "<style>p > a { }</style><textarea><b>not bold</b></textarea><p>after</p>");
  EXPECT_EQ(text_of(doc, Tag::kTitle), "A & B");
  EXPECT_EQ(text_of(doc, Tag::kScript), "if (a < b && c > d) { x = '</div>'; }");
  EXPECT_EQ(text_of(doc, Tag::kStyle), "p > a { }");
  EXPECT_EQ(text_of(doc, Tag::kTextarea), "<b>not bold</b>");
  EXPECT_EQ(count(doc, Tag::kB), 0);
  EXPECT_EQ(text_of(doc, Tag::kP), "after");
}

TEST(extract_html, Entities) {
  std::string out;
  decode_entities("&amp;&lt;&gt;&quot;&#39;&eacute;&#233;&#xE9;&#x1F600;&nbsp;&hellip;&#150;&bogus;&amp", out, false);
  EXPECT_EQ(out, "&<>\"'\xC3\xA9\xC3\xA9\xC3\xA9\xF0\x9F\x98\x80\xC2\xA0\xE2\x80\xA6\xE2\x80\x93&bogus;&");
  out.clear();
  // In attributes a legacy name followed by '=' stays as written (URL query strings).
  decode_entities("a?x=1&copy=2&amp;y", out, true);
  EXPECT_EQ(out, "a?x=1&copy=2&y");
  out.clear();
  decode_entities("&#0;&#xD800;&#1114112;", out, false);
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(extract_html, AttributesQuotedUnquotedDuplicate) {
  auto doc = parse_html("<div class=a id='b' data-x=\"c &amp; d\" class=second hidden>t</div>");
  int d = doc.find_first(Tag::kDiv);
  EXPECT_EQ(doc.attr(d, "class"), "a");
  EXPECT_EQ(doc.attr(d, "id"), "b");
  EXPECT_EQ(doc.attr(d, "data-x"), "c & d");
  EXPECT_TRUE(doc.has_attr(d, "hidden"));
  EXPECT_EQ(doc.attr(d, "missing"), "");
}

TEST(extract_html, CommentsCdataDoctype) {
  auto doc = parse_html("<!DOCTYPE html><p>a<!-- <p>hidden</p> -->b<![CDATA[c<d]]>e<?php x ?>f</p>");
  EXPECT_EQ(text_of(doc, Tag::kP), "abc<def");
  EXPECT_EQ(count(doc, Tag::kP), 1);
}

TEST(extract_html, UpperCaseTagsAndEndTags) {
  auto doc = parse_html("<DIV><P>Hello</P></DIV>");
  EXPECT_EQ(text_of(doc, Tag::kDiv), "Hello");
  EXPECT_EQ(doc.node(doc.find_first(Tag::kP)).parent, doc.find_first(Tag::kDiv));
}

TEST(extract_html, BrokenMarkupNeverCrashes) {
  const char* cases[] = {
      "<", "<a", "<a href=", "<a href=\"x", "</", "</>", "<!--", "<!-- x", "<![CDATA[", "<script>x",
      "<div><span></div></span>", "a < b > c", "<p>1<p>2</div></div></div>", "&#", "&#x;", "&",
      "<title>", "<table><td>x</table></td>", "<<<>>>", "<a b c d e f>", "</br>", "<svg/><math/>"};
  for (const char* c : cases) {
    auto doc = parse_html(c);
    EXPECT_GE(doc.nodes.size(), 1u) << c;
  }
  auto doc = parse_html("a < b and c<d");
  std::string t;
  doc.append_text(0, t);
  EXPECT_EQ(t, "a < b and c");  // "<d" opens a tag
}

TEST(extract_html, DepthIsBounded) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "text";
  auto doc = parse_html(deep);
  int depth = 0;
  int last = static_cast<int>(doc.nodes.size()) - 1;
  for (int n = last; n > 0; n = doc.node(n).parent) ++depth;
  EXPECT_LE(depth, ParseOptions{}.max_depth + 2);
  std::string t;
  doc.append_text(0, t);
  EXPECT_EQ(t, "text");
}

TEST(extract_html, EndTagClosesInlineAndHeadings) {
  auto doc = parse_html("<h2>Title</h3><p>para <a href=1>one <a href=2>two</p>");
  EXPECT_EQ(text_of(doc, Tag::kH2), "Title");
  EXPECT_EQ(count(doc, Tag::kA), 2);
  int a1 = doc.find_first(Tag::kA);
  EXPECT_NE(doc.node(doc.node(a1).last_child).tag, Tag::kA);  // <a> does not nest
}

// Parsing in place gives the same tree as parsing a copy, and its views point into
// the caller's bytes.
TEST(extract_html, BorrowedParseMatchesOwned) {
  const std::string page =
      "<!DOCTYPE html><html lang=de><head><title>A &amp; B</title></head><BODY CLASS='x'>"
      "<div id=main><p>One &eacute;<br>two<p>three<ul><li>a<li>b</ul></div><script>x<y</script>"
      "<TABLE><tr><td>c<td>d</table></body></html>";
  HtmlDocument owned = parse_html(page);
  HtmlDocument borrowed = parse_html_borrowed(page);
  ASSERT_EQ(owned.nodes.size(), borrowed.nodes.size());
  for (size_t i = 0; i < owned.nodes.size(); ++i) {
    const Node& a = owned.nodes[i];
    const Node& b = borrowed.nodes[i];
    EXPECT_EQ(a.type, b.type) << i;
    EXPECT_EQ(a.tag, b.tag) << i;
    EXPECT_EQ(a.parent, b.parent) << i;
    EXPECT_EQ(a.next_sibling, b.next_sibling) << i;
    EXPECT_EQ(a.text, b.text) << i;
    EXPECT_EQ(a.attr_end - a.attr_begin, b.attr_end - b.attr_begin) << i;
  }
  EXPECT_EQ(borrowed.src.data(), page.data());
  EXPECT_EQ(borrowed.source, nullptr);
  EXPECT_NE(owned.serial, borrowed.serial);
  EXPECT_EQ(text_of(borrowed, Tag::kTitle), "A & B");
  EXPECT_EQ(borrowed.attr(borrowed.find_first(Tag::kDiv), "id"), "main");
  EXPECT_EQ(borrowed.attr(borrowed.find_first(Tag::kBody), "class"), "x");
}

// attribute_key folds literal names and agrees at run time.
TEST(extract_html, AttributeKeys) {
  static_assert(attribute_key("class") == 1 && attribute_key("id") == 2 && attribute_key("xml:lang") == 21);
  static_assert(attribute_key("klass") == 0 && attribute_key("") == 0 && attribute_key("data-id") == 0);
  std::string name = "aria-hidden";
  EXPECT_EQ(attribute_key(name), 6);
  name = "http-equiv";
  EXPECT_EQ(attribute_key(name), 17);
  for (std::string_view t : {"a", "abbr", "h1", "h6", "hgroup", "html", "xmp", "wbr", "keygen", "math"})
    EXPECT_NE(tag_from_name(t), Tag::kOther) << t;
  for (std::string_view t : {"", "zz", "h7", "custom-el", "A", "1"}) EXPECT_EQ(tag_from_name(t), Tag::kOther) << t;
}

}  // namespace
}  // namespace newsdesk::extract
