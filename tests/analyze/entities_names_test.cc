#include "analyze/entities_names.h"

#include <gtest/gtest.h>

namespace newsdesk::analyze {
namespace {

TEST(EntitiesNames, SpellingsOfOneNameAreFull) {
  EXPECT_EQ(compare_person_names("Kim Jong-un", "Kim Jong Un"), NameMatch::kFull);
  EXPECT_EQ(compare_person_names("Volodymyr Zelensky", "Wolodymyr Selenskyj"), NameMatch::kFull);
  EXPECT_EQ(compare_person_names("Владимир Путин", "Vladimir Putin"), NameMatch::kFull);
  EXPECT_EQ(compare_person_names("Muammar Gaddafi", "Muammar Gheddafi"), NameMatch::kFull);
  EXPECT_EQ(compare_person_names("Mikhail Khodorkovsky", "Michail Chodorkowski"), NameMatch::kFull);
  EXPECT_EQ(compare_person_names("Bashar al-Assad", "Bashar al Assad"), NameMatch::kFull);
}

TEST(EntitiesNames, ShortFormsArePartial) {
  EXPECT_EQ(compare_person_names("Putin", "Vladimir Putin"), NameMatch::kPartial);
  EXPECT_EQ(compare_person_names("Kim", "Kim Jong Un"), NameMatch::kPartial);
  EXPECT_EQ(compare_person_names("Lula", "Luiz Inácio Lula da Silva"), NameMatch::kPartial);
  EXPECT_EQ(compare_person_names("Lula da Silva", "Luiz Inácio Lula da Silva"), NameMatch::kPartial);
}

TEST(EntitiesNames, DifferentPeopleStayApart) {
  EXPECT_EQ(compare_person_names("Kim Jong Un", "Kim Yo Jong"), NameMatch::kNone);
  EXPECT_EQ(compare_person_names("Kim Jong Un", "Kim Jong Il"), NameMatch::kNone);
  EXPECT_EQ(compare_person_names("Bill Clinton", "Hillary Clinton"), NameMatch::kNone);
  EXPECT_EQ(compare_person_names("George W. Bush", "George H. W. Bush"), NameMatch::kNone);
  EXPECT_EQ(compare_person_names("Donald Trump", "Donald Trump Jr."), NameMatch::kNone);
}

TEST(EntitiesNames, TokensAreLatinAsciiWithoutParticles) {
  auto t = name_tokens("Luiz Inácio Lula da Silva");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[1], "inacio");
  EXPECT_EQ(t[3], "silva");
  EXPECT_EQ(name_tokens("Путин").at(0), "putin");
}

}  // namespace
}  // namespace newsdesk::analyze
