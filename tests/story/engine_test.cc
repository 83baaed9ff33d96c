#include "story/engine.h"

#include <gtest/gtest.h>

#include <sstream>

namespace newsdesk::story {
namespace {

constexpr int64_t kHour = 3600;

core::Item item(std::string title, std::string language = "en", std::string body = "") {
  core::Item it;
  it.title = std::move(title);
  it.body = std::move(body);
  it.language = std::move(language);
  it.kind = it.body.empty() ? core::ItemKind::kHeadline : core::ItemKind::kArticle;
  it.ends_with_ellipsis = it.title.size() > 3 && it.title.substr(it.title.size() - 3) == "...";
  return it;
}

// Features as a stream sees them: each document alone, with no batch around it.
Decision add(StoryEngine& engine, const core::Item& it, int64_t time) {
  std::vector<core::Item> one{it};
  Decision d;
  engine.add(it, describe_items(one).front(), time, &d);
  return d;
}

const std::string kArticleBody =
    "Storm Mara brought gusts of up to 85mph to Cumbria and Lancashire overnight, toppling trees onto "
    "power lines and leaving about 40,000 homes without electricity on Saturday morning.\n\n"
    "Engineers were working to restore supplies but warned that some rural properties could be without "
    "power until Sunday evening, as fallen trees blocked access to damaged lines in several valleys.";

TEST(StoryEngine, EachLayerOnItsCase) {
  StoryEngine engine;
  Decision first = add(engine, item("Storm Mara leaves 40,000 homes without power in north-west England"), 0);
  EXPECT_EQ(first.layer, "new");

  Decision repeat = add(engine, item("Storm Mara leaves 40,000 homes without power in north-west England"), 10);
  EXPECT_EQ(repeat.layer, "exact");
  EXPECT_EQ(repeat.relation, core::Relation::kExactDuplicate);
  EXPECT_EQ(repeat.story_id, first.story_id);
  EXPECT_EQ(repeat.of_doc, 1u);

  Decision teaser = add(engine, item("Storm Mara leaves 40,000 homes without power in..."), 20);
  EXPECT_EQ(teaser.layer, "truncated");
  EXPECT_EQ(teaser.relation, core::Relation::kTruncated);
  EXPECT_EQ(teaser.story_id, first.story_id);

  Decision article = add(engine, item("Storm Mara cuts power to 40,000 homes", "en", kArticleBody), 30);
  Decision wire_copy = add(engine, item("Storm Mara cuts power to 40,000 homes in England", "en",
                                        kArticleBody + "\n\nFollow us on social media for updates."), 40);
  EXPECT_EQ(wire_copy.layer, "near_duplicate");
  EXPECT_EQ(wire_copy.relation, core::Relation::kNearDuplicate);
  EXPECT_EQ(wire_copy.story_id, article.story_id);

  Decision paraphrase = add(engine, item("Power cut to 40,000 homes as Storm Mara hits north-west England"), 50);
  EXPECT_EQ(paraphrase.layer, "event");
  EXPECT_EQ(paraphrase.story_id, first.story_id);
  EXPECT_FALSE(paraphrase.evidence.empty());
}

TEST(StoryEngine, DistinctEventsThatShareWordsStayApart) {
  StoryEngine engine;
  Decision a = add(engine, item("Russian missile strike on Kharkiv kills 7, injures dozens"), 0);
  Decision b = add(engine, item("Russian missile strike on Dnipro kills 12, injures dozens"), 60);
  EXPECT_NE(a.story_id, b.story_id);
}

TEST(StoryEngine, CrossLanguagePairJoins) {
  StoryEngine engine;
  Decision it = add(engine, item("Kim e Putin si incontrano a Pechino per rafforzare l'alleanza", "it"), 0);
  Decision de = add(engine, item("Kim und Putin treffen sich in Peking, um ihr Bündnis zu stärken", "de"), 60);
  EXPECT_EQ(de.story_id, it.story_id) << de.layer;
}

TEST(StoryEngine, SavedAndReloadedStateContinuesTheSameStories) {
  std::vector<core::Item> stream = {
      item("Storm Mara leaves 40,000 homes without power in north-west England"),
      item("Central bank raises interest rates to fight inflation"),
      item("Power cut to 40,000 homes as Storm Mara hits north-west England"),
      item("Bank of England raises interest rates again as inflation bites"),
      item("Storm Mara leaves 40,000 homes without power in..."),
  };
  StoryEngine whole;
  std::vector<std::string> expected;
  for (size_t i = 0; i < stream.size(); ++i) expected.push_back(add(whole, stream[i], i * kHour).story_id);

  StoryEngine first_half;
  std::vector<std::string> got;
  for (size_t i = 0; i < 2; ++i) got.push_back(add(first_half, stream[i], i * kHour).story_id);
  std::stringstream saved;
  first_half.save(saved);
  StoryEngine resumed = StoryEngine::load(saved);
  for (size_t i = 2; i < stream.size(); ++i) got.push_back(add(resumed, stream[i], i * kHour).story_id);
  EXPECT_EQ(got, expected);
}

TEST(StoryEngine, QuietStoriesCloseAndFreeTheirMemory) {
  EngineOptions o;
  o.window_seconds = 10 * kHour;
  StoryEngine engine(o);
  add(engine, item("Storm Mara leaves 40,000 homes without power in north-west England"), 0);
  add(engine, item("Central bank raises interest rates to fight inflation"), 5 * kHour);
  EXPECT_EQ(engine.stats().live_documents, 2u);
  engine.expire(12 * kHour);
  EXPECT_EQ(engine.stats().live_documents, 1u);
  EXPECT_EQ(engine.stats().closed_stories, 1u);
  // The closed story takes nothing more: its repeat opens a new story.
  Decision late = add(engine, item("Storm Mara leaves 40,000 homes without power in north-west England"), 13 * kHour);
  EXPECT_EQ(late.layer, "new");
}

TEST(StoryEngine, RejectsAStateThatIsNotOne) {
  std::stringstream bad("{\"format\": \"something else\"}\n");
  EXPECT_THROW(StoryEngine::load(bad), std::runtime_error);
}

}  // namespace
}  // namespace newsdesk::story
