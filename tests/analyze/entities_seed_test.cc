// The "done when": on the seed page each person and place is listed once,
// with its variants.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/entities_find.h"
#include "analyze/entities_json.h"
#include "analyze/entities_merge.h"

namespace newsdesk::analyze {
namespace {

std::string read_seed() {
  std::ifstream in(std::string(NEWSDESK_SHARED_DIR) + "/fixtures/seed-page-it.txt");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The page's paragraphs as a story's items, without the furniture lines.
std::vector<std::string> seed_items() {
  std::string page = read_seed();
  std::vector<std::string> items;
  size_t pos = 0;
  while (pos < page.size()) {
    size_t end = page.find("\n\n", pos);
    if (end == std::string::npos) end = page.size();
    std::string block = page.substr(pos, end - pos);
    pos = end + 2;
    if (block == "Salta al contenuto" || block.rfind("Leggi anche", 0) == 0 || block.rfind("Più recente", 0) == 0) continue;
    // A teaser line and its headline share a block: one item each.
    std::istringstream lines(block);
    std::string line;
    while (std::getline(lines, line)) if (!line.empty()) items.push_back(line);
  }
  return items;
}

const Entity* find(const std::vector<Entity>& entities, const std::string& name) {
  for (const auto& e : entities) if (e.name == name) return &e;
  return nullptr;
}

bool has_variant(const Entity& e, const std::string& v) {
  for (const auto& x : e.variants) if (x == v) return true;
  return false;
}

TEST(EntitiesSeed, StoryListsEachEntityOnceWithItsVariants) {
  auto items = seed_items();
  ASSERT_GE(items.size(), 8u);
  std::vector<std::vector<Entity>> per_item;
  for (const auto& text : items) per_item.push_back(find_entities(text, "it"));
  auto entities = merge_entities(per_item);

  struct Want {
    std::string name;
    EntityType type;
    std::vector<std::string> variants;
    std::string country;
  };
  const std::vector<Want> wants = {
      {"Kim Jong Un", EntityType::kPerson, {"Kim Jong-un", "Kim Jong Un", "Kim"}, ""},
      {"Vladimir Putin", EntityType::kPerson, {"Putin"}, ""},
      {"Xi Jinping", EntityType::kPerson, {"Xi"}, ""},
      {"Pechino", EntityType::kPlace, {"Beijing"}, "CN"},
      {"Corea del Nord", EntityType::kPlace, {}, "KP"},
      {"Russia", EntityType::kPlace, {}, "RU"},
      {"Cina", EntityType::kPlace, {}, "CN"},
      {"Ucraina", EntityType::kPlace, {}, "UA"},
      {"Corea del Sud", EntityType::kPlace, {}, "KR"},
      {"Giappone", EntityType::kPlace, {}, "JP"},
      {"Stati Uniti", EntityType::kPlace, {}, "US"},
  };
  for (const auto& w : wants) {
    const Entity* e = find(entities, w.name);
    ASSERT_NE(e, nullptr) << w.name << " missing; got:\n" << entities_text(entities);
    EXPECT_EQ(e->type, w.type) << w.name;
    for (const auto& v : w.variants) EXPECT_TRUE(has_variant(*e, v)) << w.name << " lacks " << v;
    if (!w.country.empty()) {
      EXPECT_EQ(e->country, w.country) << w.name;
    }
  }
  // Once each: no other entry carries one of these names as a variant.
  for (const auto& w : wants) {
    int holders = 0;
    for (const auto& e : entities) holders += has_variant(e, w.name) ? 1 : 0;
    EXPECT_EQ(holders, 1) << w.name << "\n" << entities_text(entities);
  }
  const Entity* beijing = find(entities, "Pechino");
  ASSERT_TRUE(beijing && beijing->lat && beijing->lon);
  EXPECT_NEAR(*beijing->lat, 39.9, 0.2);
  EXPECT_NEAR(*beijing->lon, 116.4, 0.2);
  // Nothing else: the page names no other person, place or organisation.
  EXPECT_EQ(entities.size(), wants.size()) << entities_text(entities);
}

TEST(EntitiesSeed, WholePageInOneText) {
  auto entities = find_entities(read_seed(), "it");
  const Entity* kim = find(entities, "Kim Jong Un");
  ASSERT_NE(kim, nullptr) << entities_text(entities);
  EXPECT_TRUE(has_variant(*kim, "Kim Jong-un"));
  EXPECT_TRUE(has_variant(*kim, "Kim"));
  EXPECT_EQ(find(entities, "Salta"), nullptr) << "a verb opening the skip link is no place";
}

TEST(EntitiesSeed, JsonCarriesTheContractFields) {
  auto entities = find_entities("Il presidente russo Vladimir Putin è arrivato a Pechino.", "it");
  std::string json = entities_json(entities);
  EXPECT_NE(json.find("\"name\":\"Vladimir Putin\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"type\":\"person\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"name\":\"Pechino\",\"type\":\"place\",\"variants\":[\"Pechino\",\"Beijing\"]"),
            std::string::npos) << json;
  EXPECT_NE(json.find("\"country\":\"CN\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"lat\":"), std::string::npos) << json;
  // "russo" implies Russia, with no name span of its own.
  EXPECT_NE(json.find("\"country\":\"RU\""), std::string::npos) << json;
}

}  // namespace
}  // namespace newsdesk::analyze
