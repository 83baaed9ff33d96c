// Issue 7 "Done when" on the seed page (lines 12-24 of fixtures/seed-page-it.txt).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "analyze/facts.h"
#include "analyze/facts_json.h"

namespace newsdesk::analyze {
namespace {

std::string seed_article() {
  std::ifstream in(std::string(NEWSDESK_SHARED_DIR) + "/fixtures/seed-page-it.txt");
  std::string line, out;
  for (int n = 1; std::getline(in, line); ++n)
    if (n >= 12 && n <= 24) out += line + "\n";
  return out;
}

const QuantityMention* find_value(const Facts& f, double v) {
  for (const auto& q : f.quantities)
    if (q.value == v) return &q;
  return nullptr;
}

TEST(FactsSeed, DatesQuantitiesAndAnchor) {
  std::string text = seed_article();
  if (text.empty()) GTEST_SKIP() << "seed page not found";
  Facts f = find_facts(text, "it", std::nullopt);
  ASSERT_GE(f.dates.size(), 2u);
  EXPECT_EQ(f.dates[0].value(), "2025-09-03");
  EXPECT_FALSE(f.dates[0].anchor.has_value());
  EXPECT_EQ(f.dates[1].text, "Lo scorso anno");
  EXPECT_EQ(f.dates[1].value(), "2024");
  ASSERT_TRUE(f.dates[1].anchor.has_value());
  EXPECT_EQ(f.dates[1].anchor->date.iso(), "2025-09-03");
  EXPECT_EQ(f.dates[1].anchor->source, "text");

  const QuantityMention* killed = find_value(f, 2000);
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->bound, "about");
  EXPECT_EQ(killed->unit, "soldiers");
  EXPECT_EQ(killed->counts, "killed");
  const QuantityMention* sent = find_value(f, 6000);
  ASSERT_NE(sent, nullptr);
  EXPECT_EQ(sent->counts, "troops");
  const QuantityMention* there = find_value(f, 1000);
  ASSERT_NE(there, nullptr);
  EXPECT_EQ(there->bound, "about");
  EXPECT_EQ(there->counts, "troops");
  const QuantityMention* leaders = find_value(f, 24);
  ASSERT_NE(leaders, nullptr);
  EXPECT_EQ(leaders->bound, "more_than");
  EXPECT_EQ(leaders->text, "Più di due dozzine di leader");
}

TEST(FactsSeed, JsonShape) {
  Facts f = find_facts("Il 3 settembre 2025 circa 2.000 soldati sono stati uccisi. Ieri, «non ci fermeremo mai», "
                       "ha detto Putin.",
                       "it", std::nullopt);
  nlohmann::json j = facts_to_json(f);
  ASSERT_EQ(j["dates"].size(), 2u);
  EXPECT_EQ(j["dates"][0]["value"], "2025-09-03");
  EXPECT_TRUE(j["dates"][0]["anchor"].is_null());
  EXPECT_EQ(j["dates"][1]["text"], "Ieri");
  EXPECT_EQ(j["dates"][1]["value"], "2025-09-02");
  EXPECT_EQ(j["dates"][1]["anchor"], "2025-09-03");
  ASSERT_EQ(j["quantities"].size(), 1u);
  EXPECT_EQ(j["quantities"][0]["value"], 2000);
  EXPECT_EQ(j["quantities"][0]["bound"], "about");
  EXPECT_EQ(j["quantities"][0]["unit"], "soldiers");
  EXPECT_EQ(j["quantities"][0]["counts"], "killed");
  ASSERT_EQ(j["quotes"].size(), 1u);
  EXPECT_EQ(j["quotes"][0]["text"], "non ci fermeremo mai");
  EXPECT_EQ(j["quotes"][0]["speaker"], "Putin");
  EXPECT_FALSE(facts_to_text(f).empty());
}

TEST(FactsSeed, PublicationDateWins) {
  Facts f = find_facts("Lo scorso anno, il 3 settembre 2025.", "it", CivilDate{2030, 1, 15});
  ASSERT_EQ(f.dates.size(), 2u);
  EXPECT_EQ(f.dates[0].value(), "2029");
  EXPECT_EQ(f.dates[0].anchor->source, "publication");
}

}  // namespace
}  // namespace newsdesk::analyze
