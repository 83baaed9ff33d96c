#include "story/wording.h"

#include <gtest/gtest.h>

#include "story/item_features.h"
#include "story/similarity.h"

namespace newsdesk::story {
namespace {

TEST(Wording, SameWordsShareAllWhateverTheOrder) {
  EXPECT_DOUBLE_EQ(wording_overlap("putin meets kim in beijing", "in beijing putin meets kim"), 1.0);
}

TEST(Wording, CountsOverTheLongerSide) {
  // 4 shared words; the longer side has 6.
  EXPECT_DOUBLE_EQ(wording_overlap("storm hits the coast", "storm hits the north east coast"), 4.0 / 6.0);
}

TEST(Wording, RepeatedWordsMatchAsOftenAsBothGiveThem) {
  EXPECT_DOUBLE_EQ(wording_overlap("the cat and the dog", "the cat"), 2.0 / 5.0);
}

TEST(Wording, TheSameEitherWayRound) {
  const char* pairs[][2] = {{"the cat and the dog", "the cat"},
                            {"storm hits the coast", "storm hits the north east coast"},
                            {"5 killed in kyiv strike", "strike in kyiv 7 killed and 5 hurt 7"},
                            {"a a a b", "a b b b c"}};
  for (const auto& p : pairs) EXPECT_DOUBLE_EQ(wording_overlap(p[0], p[1]), wording_overlap(p[1], p[0])) << p[0];
  // a a a b / a b b b c: "a" shared once, "b" once; the longer side has 5 words.
  EXPECT_DOUBLE_EQ(wording_overlap("a a a b", "a b b b c"), 2.0 / 5.0);
}

TEST(Wording, AHeadlineAgainstALongTextCountsEachOfItsWordsAtMostOnce) {
  std::string article;
  for (int i = 0; i < 200; ++i) article += "storm hits the coast again ";
  article.pop_back();
  EXPECT_DOUBLE_EQ(wording_overlap("storm hits the coast", article), 4.0 / 1000.0);
}

TEST(Wording, OtherFiguresCountLess) {
  double same = wording_overlap("5 killed in kyiv strike", "strike in kyiv 5 killed");
  double other = wording_overlap("5 killed in kyiv strike", "strike in kyiv 7 killed");
  EXPECT_DOUBLE_EQ(same, 1.0);
  EXPECT_DOUBLE_EQ(other, 0.8 * 4.0 / 5.0);
}

TEST(Wording, NothingToCompareSharesNothing) {
  EXPECT_EQ(wording_overlap("", "storm"), 0.0);
  EXPECT_EQ(wording_overlap("storm", ""), 0.0);
}

ItemFeatures features(std::string_view text, const NameEvidence& names) {
  return describe_text(text, text, "en", names);
}

// Two headlines on one event: a rewording of the same claim is a paraphrase;
// another detail of the event (the toll, not the rescue) is the same event.
TEST(Wording, HeadlinesRewordedAreParaphrasesAndOtherClaimsTheSameEvent) {
  NameEvidence names;
  const char* texts[] = {"Storm Mara cuts power to 40,000 homes in north-west England",
                         "Storm Mara cuts power to 40,000 homes across north-west England",
                         "Storm Mara: two dead as fallen trees block roads in Cumbria"};
  for (const char* t : texts) names.observe(t);
  core::Item headline;
  ItemFeatures a = features(texts[0], names), b = features(texts[1], names), c = features(texts[2], names);
  PairScore reworded = score_pair(headline, a, headline, b);
  EXPECT_EQ(reworded.relation, core::Relation::kParaphrase);
  EXPECT_GE(reworded.wording, kParaphraseWording);
  PairScore other = score_pair(headline, a, headline, c);
  EXPECT_LT(other.wording, kParaphraseWording);
  EXPECT_LT(other.score, kParaphraseScore);
  EXPECT_EQ(other.relation, core::Relation::kSameEvent);
}

}  // namespace
}  // namespace newsdesk::story
