#include "story/item_features.h"

#include <gtest/gtest.h>

#include "story/similarity.h"

namespace newsdesk::story {
namespace {

ItemFeatures features(std::string_view text, const std::string& lang, const NameEvidence& names) {
  return describe_text(text, text, lang, names);
}

TEST(Features, HyphenAndSpaceVariantsMeet) {
  NameEvidence names;
  auto a = features("il leader nord-coreano Kim Jong-un", "it", names);
  auto b = features("il leader nordcoreano Kim Jong Un", "it", names);
  Overlap o = measure_overlap(a, b);
  EXPECT_DOUBLE_EQ(o.matched_a, o.total_a);
  EXPECT_DOUBLE_EQ(o.matched_b, o.total_b);
}

TEST(Features, NamesWeighMoreThanWordsAndStopwordsNothing) {
  NameEvidence names;
  names.observe("Ieri il presidente Putin ha parlato a lungo.");
  auto f = features("il presidente Putin parla", "it", names);
  double putin = 0, presidente = 0;
  for (const auto& t : f.terms) {
    if (t.is_name) putin = t.weight; else presidente = std::max(presidente, t.weight);
    EXPECT_NE(t.key, "il");
  }
  EXPECT_EQ(putin, kNameWeight);
  EXPECT_EQ(presidente, kWordWeight);
}

TEST(Features, MatchKeyFoldsCasePunctuationAndDiacritics) {
  EXPECT_EQ(match_key("Perché?  L'Italia — vince!"), match_key("perche l italia vince"));
}

TEST(Similarity, ParaphraseScoresAboveNearMiss) {
  NameEvidence names;
  for (auto t : {"Ieri Putin ha visto Kim a Pechino e Erdogan ad Ankara.", "Oggi Vladimir Putin parte."})
    names.observe(t);
  core::Item h;
  auto a = features("Il presidente russo Vladimir Putin incontra Kim a Pechino", "it", names);
  auto b = features("Putin e Kim si incontrano a Pechino per rafforzare l'alleanza", "it", names);
  auto miss = features("Il presidente russo Vladimir Putin incontra Erdogan ad Ankara", "it", names);
  double paraphrase = score_pair(h, a, h, b).score;
  double near_miss = score_pair(h, a, h, miss).score;
  EXPECT_GE(paraphrase, kSameStoryThreshold);
  EXPECT_LT(near_miss, kSameStoryThreshold);
  EXPECT_TRUE(names_conflict(measure_overlap(a, miss)));
}

// The grouper and the engine read a pair from both sides; reversing one
// measure must give exactly what measuring the other way does.
TEST(Similarity, AReversedOverlapIsTheOverlapMeasuredTheOtherWay) {
  NameEvidence names;
  auto a = features("Putin incontra Xi a Pechino: 5 morti, due feriti martedì", "it", names);
  auto b = features("Xi riceve Putin e Kim a Pechino, 7 morti il giovedì scorso", "it", names);
  auto c = features("Putin meets Xi in Beijing as 5 die on Tuesday", "en", names);
  for (auto [x, y] : {std::pair{&a, &b}, std::pair{&b, &c}, std::pair{&a, &c}}) {
    Overlap forward = measure_overlap(*x, *y).reversed();
    Overlap back = measure_overlap(*y, *x);
    EXPECT_EQ(forward.matched_a, back.matched_a);
    EXPECT_EQ(forward.total_b, back.total_b);
    EXPECT_EQ(forward.names_matched, back.names_matched);
    EXPECT_EQ(forward.names_only_a, back.names_only_a);
    EXPECT_EQ(forward.numbers_matched, back.numbers_matched);
    EXPECT_EQ(forward.numbers_disagreeing, back.numbers_disagreeing);
    EXPECT_EQ(forward.dates_matched, back.dates_matched);
    EXPECT_EQ(forward.events_matched, back.events_matched);
    EXPECT_EQ(forward.anchors_matched, back.anchors_matched);
    EXPECT_EQ(forward.terms_matched_a, back.terms_matched_a);
    EXPECT_EQ(names_conflict(forward), names_conflict(back));
    EXPECT_EQ(numbers_conflict(forward), numbers_conflict(back));
    EXPECT_EQ(dates_conflict(forward), dates_conflict(back));
  }
}

// Words meet their translations only across languages: "bambini" / "children",
// "cane" / "dog" through the FreeDict lists linked in at build time.
TEST(Similarity, WordsMeetTheirTranslationsAcrossLanguages) {
  NameEvidence names;
  auto it = features("i bambini giocano nel parco con il cane", "it", names);
  auto en = features("the children play in the park with the dog", "en", names);
  auto it_as_en = features("i bambini giocano nel parco con il cane", "en", names);  // no translation
  double across = dice(measure_overlap(it, en));
  EXPECT_GT(across, 0.5);
  EXPECT_LT(dice(measure_overlap(it_as_en, en)), across);
}

// An item whose words match only by translation does not join: across
// languages a link needs a name, place, figure, date or event both give.
TEST(Similarity, LinksAcrossLanguagesNeedAnAnchor) {
  NameEvidence names;
  core::Item h;
  auto it = features("i bambini giocano nel parco con il cane", "it", names);
  auto en = features("the children play in the park with the dog", "en", names);
  EXPECT_GT(score_pair(h, it, h, en).score, kSameStoryThreshold);
  EXPECT_FALSE(may_link(score_pair(h, it, h, en), it, en));
  auto it2 = features("Putin incontra Kim a Pechino", "it", names);
  auto en2 = features("Putin meets Kim in Beijing", "en", names);
  EXPECT_TRUE(may_link(score_pair(h, it2, h, en2), it2, en2));
}

TEST(Similarity, DifferentFiguresConflict) {
  NameEvidence names;
  auto a = features("Missile strike on Kharkiv kills 7, injures dozens", "en", names);
  auto b = features("Missile strike on Dnipro kills 12, injures dozens", "en", names);
  EXPECT_TRUE(numbers_conflict(measure_overlap(a, b)));
  core::Item h;
  EXPECT_LT(score_pair(h, a, h, b).score, kSameStoryThreshold);
}

}  // namespace
}  // namespace newsdesk::story
