#include "story/engine.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <sstream>
#include <tuple>

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

// The rows as a store keeps them: each set of rows applied as the store does
// (replace by key; a row without body moves a stored document; delete by key).
struct RowTable {
  std::optional<core::EngineMetaRow> meta;
  std::map<uint64_t, core::EngineDocRow> docs;
  std::map<int64_t, core::EngineStoryRow> stories;
  int64_t generation = 0;
  std::map<uint64_t, int64_t> doc_generation;  // the generation that last wrote each row
  std::map<int64_t, int64_t> story_generation;

  void apply(const core::EngineRows& rows) {
    ++generation;
    for (const auto& d : rows.docs) doc_generation[d.seq] = generation;
    for (const auto& st : rows.stories) story_generation[st.index] = generation;
    if (rows.full) {
      docs.clear();
      stories.clear();
    }
    for (uint64_t seq : rows.dropped_docs) docs.erase(seq);
    for (int64_t index : rows.dropped_stories) stories.erase(index);
    for (const auto& d : rows.docs) {
      if (!d.body.empty()) {
        docs[d.seq] = d;
        continue;
      }
      auto stored = docs.find(d.seq);
      ASSERT_NE(stored, docs.end()) << "document " << d.seq << " moved before it was written";
      stored->second.story = d.story;
      stored->second.queue = d.queue;
      stored->second.queue_time = d.queue_time;
    }
    for (const auto& s : rows.stories) stories[s.index] = s;
    if (rows.meta) meta = rows.meta;
  }

  core::EngineRows all() const {
    core::EngineRows rows;
    rows.full = true;
    rows.meta = meta;
    for (const auto& [seq, d] : docs) rows.docs.push_back(d);
    for (const auto& [index, s] : stories) rows.stories.push_back(s);
    return rows;
  }

  // What a store reads for a writer that saw `since` last.
  core::EngineRows changed_since(int64_t since) const {
    core::EngineRows rows;
    rows.since = true;
    rows.meta = meta;
    for (const auto& [seq, d] : docs) {
      if (doc_generation.at(seq) > since) rows.docs.push_back(d);
      rows.live_docs.push_back(seq);
    }
    for (const auto& [index, st] : stories) {
      if (story_generation.at(index) > since) rows.stories.push_back(st);
      rows.live_stories.push_back(index);
    }
    return rows;
  }
};

using DocKey = std::tuple<uint64_t, int64_t, int64_t, uint64_t, int64_t, std::string>;
using StoryKey = std::tuple<int64_t, std::string, int64_t>;
using MetaKey = std::tuple<uint64_t, int64_t, uint64_t, uint64_t, std::string>;

std::map<uint64_t, DocKey> doc_keys(const core::EngineRows& rows) {
  std::map<uint64_t, DocKey> out;
  for (const auto& d : rows.docs) out[d.seq] = {d.seq, d.time, d.story, d.queue, d.queue_time, d.body};
  return out;
}
std::map<int64_t, StoryKey> story_keys(const core::EngineRows& rows) {
  std::map<int64_t, StoryKey> out;
  for (const auto& s : rows.stories) out[s.index] = {s.index, s.id, s.last_time};
  return out;
}
MetaKey meta_key(const core::EngineRows& rows) {
  const auto& m = rows.meta.value();
  return {m.next_seq, m.next_story, m.closed_stories, m.merged_stories, m.options};
}

// A stream that opens, joins, re-queues (a live story's old document) and
// closes stories, in a window of ten hours.
std::vector<std::pair<core::Item, int64_t>> stream_over_two_days() {
  return {
      {item("Storm Mara leaves 40,000 homes without power in north-west England"), 0},
      {item("Central bank raises interest rates to fight inflation"), 1 * kHour},
      {item("Storm Mara leaves 40,000 homes without power in..."), 2 * kHour},
      {item("Bank of England raises interest rates again as inflation bites"), 3 * kHour},
      {item("Storm Mara cuts power to 40,000 homes", "en", kArticleBody), 8 * kHour},
      {item("Russian missile strike on Kharkiv kills 7, injures dozens"), 9 * kHour},
      {item("Power cut to 40,000 homes as Storm Mara hits north-west England"), 11 * kHour},
      {item("Storm Mara cuts power to 40,000 homes in England", "en",
            kArticleBody + "\n\nFollow us on social media for updates."), 14 * kHour},
      {item("Russian missile strike on Dnipro kills 12, injures dozens"), 20 * kHour},
      {item("Central bank raises interest rates to fight inflation"), 25 * kHour},
      {item("Kim e Putin si incontrano a Pechino per rafforzare l'alleanza", "it"), 26 * kHour},
      {item("Kim und Putin treffen sich in Peking, um ihr Bündnis zu stärken", "de"), 27 * kHour},
      {item("Storm Mara leaves 40,000 homes without power in north-west England"), 40 * kHour},
  };
}

// As the ingest job places a page: what the window closed goes first.
Decision place(StoryEngine& engine, const core::Item& it, int64_t time) {
  engine.expire(time);
  return add(engine, it, time);
}

std::string summary(const Decision& d) {
  return d.story_id + " " + d.layer + " " + std::to_string(d.of_doc);
}

// What one engine that sees the whole stream decides, document by document.
std::vector<std::string> decisions_of_one_run(StoryEngine& whole,
                                              const std::vector<std::pair<core::Item, int64_t>>& stream) {
  std::vector<std::string> decisions;
  for (const auto& [it, time] : stream) decisions.push_back(summary(place(whole, it, time)));
  return decisions;
}

// Deltas written after each batch add up to the whole state; an engine
// loaded from those rows after every batch decides as one that ran throughout.
TEST(StoryEngine, RowsWrittenBatchByBatchContinueTheSameStories) {
  EngineOptions o;
  o.window_seconds = 10 * kHour;
  auto stream = stream_over_two_days();
  StoryEngine whole(o);
  std::vector<std::string> expected = decisions_of_one_run(whole, stream);

  StoryEngine engine(o);
  RowTable table;
  std::vector<std::string> got;
  size_t moved = 0, dropped = 0;
  for (size_t i = 0; i < stream.size(); ++i) {
    got.push_back(summary(place(engine, stream[i].first, stream[i].second)));
    if (i % 3 != 2 && i + 1 != stream.size()) continue;
    core::EngineRows delta = engine.take_delta();
    for (const auto& d : delta.docs) moved += d.body.empty();
    dropped += delta.dropped_docs.size();
    table.apply(delta);
    core::EngineRows now = engine.rows();
    ASSERT_EQ(doc_keys(table.all()), doc_keys(now)) << "after document " << i;
    ASSERT_EQ(story_keys(table.all()), story_keys(now)) << "after document " << i;
    ASSERT_EQ(meta_key(table.all()), meta_key(now));
    engine = StoryEngine::load(table.all());
    EXPECT_TRUE(engine.take_delta().empty()) << "a loaded engine has nothing to write";
  }
  EXPECT_EQ(got, expected);
  EXPECT_EQ(engine.stats().live_documents, whole.stats().live_documents);
  EXPECT_EQ(engine.stats().closed_stories, whole.stats().closed_stories);
  // The stream did move and free documents, so those rows were tested too.
  EXPECT_GT(moved, 0u);
  EXPECT_GT(dropped, 0u);
}

// Two writers take turns on one store: each, finding the other has written
// since, catches up on the rows changed since then, holds the state a fresh
// load gives, and decides as one engine that saw everything.
TEST(StoryEngine, WritersTakingTurnsCatchUpOnEachOthersRows) {
  EngineOptions o;
  o.window_seconds = 10 * kHour;
  auto stream = stream_over_two_days();
  StoryEngine whole(o);
  std::vector<std::string> expected = decisions_of_one_run(whole, stream);

  StoryEngine writers[2] = {StoryEngine(o), StoryEngine(o)};
  int64_t seen[2] = {0, 0};
  RowTable table;
  std::vector<std::string> got;
  for (size_t i = 0; i < stream.size(); ++i) {
    size_t w = (i / 2) % 2;
    StoryEngine& engine = writers[w];
    if (seen[w] != table.generation) {
      engine.catch_up(table.changed_since(seen[w]));
      core::EngineRows now = engine.rows(), stored = table.all();
      ASSERT_EQ(doc_keys(now), doc_keys(stored)) << "before document " << i;
      ASSERT_EQ(story_keys(now), story_keys(stored)) << "before document " << i;
      ASSERT_EQ(meta_key(now), meta_key(stored));
    }
    got.push_back(summary(place(engine, stream[i].first, stream[i].second)));
    table.apply(engine.take_delta());
    seen[w] = table.generation;
  }
  EXPECT_EQ(got, expected);
}

// The rows of a state read from its text are the rows of the engine that saved it.
TEST(StoryEngine, StateReadFromTextGivesTheSameRows) {
  EngineOptions o;
  o.window_seconds = 10 * kHour;
  StoryEngine engine(o);
  for (const auto& [it, time] : stream_over_two_days()) place(engine, it, time);
  std::stringstream text;
  engine.save(text);
  StoryEngine loaded = StoryEngine::load(text);
  core::EngineRows a = engine.rows(), b = loaded.rows();
  EXPECT_EQ(story_keys(a), story_keys(b));
  EXPECT_EQ(meta_key(a), meta_key(b));
  ASSERT_EQ(a.docs.size(), b.docs.size());
  for (size_t k = 0; k < a.docs.size(); ++k) {
    EXPECT_EQ(a.docs[k].seq, b.docs[k].seq);  // the queue's order
    EXPECT_EQ(a.docs[k].body, b.docs[k].body);
    EXPECT_EQ(a.docs[k].story, b.docs[k].story);
  }
}

TEST(StoryEngine, RowsWithoutCountersAreRefused) {
  EXPECT_THROW(StoryEngine::load(core::EngineRows{}), std::runtime_error);
}

TEST(StoryEngine, QuietStoriesCloseAndFreeTheirMemory) {
  EngineOptions o;
  o.window_seconds = 10 * kHour;
  StoryEngine engine(o);
  Decision first = add(engine, item("Storm Mara leaves 40,000 homes without power in north-west England"), 0);
  add(engine, item("Central bank raises interest rates to fight inflation"), 5 * kHour);
  EXPECT_EQ(engine.stats().live_documents, 2u);
  engine.expire(12 * kHour);
  EXPECT_EQ(engine.stats().live_documents, 1u);
  EXPECT_EQ(engine.stats().closed_stories, 1u);
  // The closed story takes nothing more: its repeat opens a new story.
  Decision late = add(engine, item("Storm Mara leaves 40,000 homes without power in north-west England"), 13 * kHour);
  EXPECT_EQ(late.layer, "new");
  // ... under an id of its own: a store keeps the two apart.
  EXPECT_NE(late.story_id, first.story_id);
}

TEST(StoryEngine, ClosedStoriesAreReportedWithAllTheirDocuments) {
  EngineOptions o;
  o.window_seconds = 10 * kHour;
  o.report_closed = true;
  StoryEngine engine(o);
  std::vector<uint64_t> storm;
  std::vector<core::Item> one{item("Storm Mara leaves 40,000 homes without power in north-west England")};
  Decision d;
  storm.push_back(engine.add(one[0], describe_items(one).front(), 0, &d));
  std::vector<core::Item> bank{item("Central bank raises interest rates to fight inflation")};
  uint64_t rates = engine.add(bank[0], describe_items(bank).front(), 1 * kHour, &d);
  // The storm story stays open while it gains documents: its first one waits.
  storm.push_back(engine.add(one[0], describe_items(one).front(), 8 * kHour, &d));
  EXPECT_EQ(d.layer, "exact");
  engine.expire(12 * kHour);
  ASSERT_EQ(engine.take_closed().size(), 1u);  // the bank story only
  engine.expire(19 * kHour);
  std::vector<ClosedStory> closed = engine.take_closed();
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].docs, storm);
  EXPECT_NE(rates, storm[0]);
  EXPECT_TRUE(engine.take_closed().empty());  // each is reported once
  EXPECT_EQ(engine.stats().live_documents, 0u);
}

TEST(StoryEngine, ExactRepeatsHoldNoIndexOfTheirOwn) {
  StoryEngine engine;
  core::Item article = item("Storm Mara leaves 40,000 homes without power", "en", kArticleBody);
  add(engine, article, 0);
  EngineStats once = engine.stats();
  for (int k = 1; k <= 20; ++k) EXPECT_EQ(add(engine, article, k).layer, "exact");
  EngineStats repeated = engine.stats();
  EXPECT_EQ(repeated.event_index_bytes, once.event_index_bytes);
  // Each keeps its signature for the state, and nothing in the tables.
  EXPECT_EQ(repeated.dedup_index_bytes, once.dedup_index_bytes + 20 * sizeof(MinHash));
  // The repeats still answer for the story: a teaser of it joins, and the
  // state they leave saved and reloaded goes on the same.
  std::stringstream saved;
  engine.save(saved);
  StoryEngine loaded = StoryEngine::load(saved);
  EXPECT_EQ(add(loaded, article, 30).layer, "exact");
  EXPECT_EQ(add(loaded, item("Storm Mara leaves 40,000 homes without..."), 31).layer, "truncated");
}

TEST(StoryEngine, RejectsAStateThatIsNotOne) {
  std::stringstream bad("{\"format\": \"something else\"}\n");
  EXPECT_THROW(StoryEngine::load(bad), std::runtime_error);
}

}  // namespace
}  // namespace newsdesk::story
