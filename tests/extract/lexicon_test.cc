#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/ascii.h"

namespace newsdesk::extract {
namespace {

bool has(const std::vector<std::string>& v, const std::string& w) { return std::find(v.begin(), v.end(), w) != v.end(); }

TEST(html_lexicon, LoadsEveryKindFromTheDataFiles) {
  const HtmlLexicon& lex = html_lexicon();
  EXPECT_TRUE(has(lex.section_starts, "mehr zum thema"));
  EXPECT_TRUE(has(lex.furniture, "getty images"));
  EXPECT_TRUE(has(lex.strong_prefixes, "comment"));
  EXPECT_TRUE(has(lex.strong_phrases, "read-more"));
  EXPECT_TRUE(has(lex.strong_tokens, "tags"));
  EXPECT_TRUE(has(lex.negative_tokens, "nav"));
  EXPECT_TRUE(has(lex.positive, "article"));
}

TEST(html_lexicon, PhrasesAreStoredAsMatched) {
  // Entries are lowered the way block text is before matching.
  for (const auto& w : html_lexicon().section_starts) EXPECT_EQ(w, lower_latin1(w));
  for (const auto& w : html_lexicon().furniture) EXPECT_EQ(w, lower_latin1(w));
}

TEST(ascii_case, LowerAsciiKeepsOtherBytes) {
  EXPECT_EQ(lower_ascii("Content-Type: TEXT/Html; charset=UTF-8"), "content-type: text/html; charset=utf-8");
  EXPECT_EQ(lower_ascii("ÜBER"), "Über");
}

TEST(ascii_case, LowerLatin1LowersAccentedCapitals) {
  EXPECT_EQ(lower_latin1("ÜBER DEN AUTOR"), "über den autor");
  EXPECT_EQ(lower_latin1("À LIRE AUSSI"), "à lire aussi");
  EXPECT_EQ(lower_latin1("ЧИТАЙТЕ"), "ЧИТАЙТЕ");
}

}  // namespace
}  // namespace newsdesk::extract
