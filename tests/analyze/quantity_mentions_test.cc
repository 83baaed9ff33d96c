// Numbers in each locale's notation and in words; quantities with bounds, units, counts.
#include <gtest/gtest.h>

#include "analyze/quantity_mentions.h"
#include "analyze/quantity_numbers.h"

namespace newsdesk::analyze {
namespace {

double first_number(std::string_view text, std::string_view lang) {
  auto n = find_numbers(text, lang);
  return n.empty() ? -1 : n[0].value;
}

TEST(QuantityNumbers, LocaleNotation) {
  EXPECT_EQ(first_number("2.000", "it"), 2000);
  EXPECT_EQ(first_number("5.3", "en"), 5.3);
  EXPECT_EQ(first_number("37,5", "es"), 37.5);
  EXPECT_EQ(first_number("1,674,200.5", "en"), 1674200.5);
  EXPECT_EQ(first_number("2.000,352", "de"), 2000.352);
  EXPECT_EQ(first_number("1 234 567", "fr"), 1234567);
  EXPECT_EQ(first_number("1,5 milioni", "it"), 1500000);
  EXPECT_EQ(first_number("300 Milliarden", "de"), 3e11);
  EXPECT_EQ(first_number("10M", "en"), 1e7);
}

TEST(QuantityNumbers, Words) {
  EXPECT_EQ(first_number("due dozzine", "it"), 24);
  EXPECT_EQ(first_number("two dozen", "en"), 24);
  EXPECT_EQ(first_number("one hundred and six", "en"), 106);
  EXPECT_EQ(first_number("twenty-one", "en"), 21);
  EXPECT_EQ(first_number("duemilacinquecento", "it"), 2500);
  EXPECT_EQ(first_number("ventunbilionitrecento", "it"), 21000000000300);
  EXPECT_EQ(first_number("einhunderteinunddreißig", "de"), 131);
  EXPECT_EQ(first_number("quatre-vingt-dix", "fr"), 90);
  EXPECT_EQ(first_number("vingt et un", "fr"), 21);
  EXPECT_EQ(first_number("treinta y cinco", "es"), 35);
  EXPECT_EQ(first_number("mil millones", "es"), 1e9);
  EXPECT_EQ(first_number("duzentos e cinquenta", "pt"), 250);
  // Two numbers side by side stay two.
  EXPECT_EQ(find_numbers("one two", "en").size(), 2u);
}

QuantityMention one(std::string_view text, std::string_view lang) {
  auto q = find_quantities(text, lang);
  return q.empty() ? QuantityMention{} : q[0];
}

TEST(QuantityNumbers, FractionsAndDecimals) {
  EXPECT_NEAR(first_number("due terzi", "it"), 2.0 / 3, 1e-12);
  EXPECT_EQ(first_number("three quarters", "en"), 0.75);
  EXPECT_EQ(first_number("un milione e mezzo", "it"), 1500000);
  EXPECT_EQ(first_number("3/4", "en"), 0.75);
  EXPECT_EQ(first_number("2 1/4", "en"), 2.25);
  EXPECT_EQ(first_number("\u00BD", "de"), 0.5);
  EXPECT_EQ(first_number("dreieinhalb Millionen", "de"), 3500000);
  EXPECT_EQ(first_number("mezza dozzina", "it"), 6);
  EXPECT_NEAR(first_number("cuarenta y siete coma veintiocho", "es"), 47.28, 1e-9);
  EXPECT_EQ(first_number("1,2b", "it"), 1.2e9);
  EXPECT_EQ(first_number("12,32e+14", "it"), 1.232e15);
  // A pronoun is no number; glued units are left to the quantity finder.
  EXPECT_TRUE(find_numbers("Which one do you prefer?", "en").empty());
}

TEST(QuantityMentions, BoundsUnitsCounts) {
  auto q = one("circa 2.000 soldati nordcoreani che combattono per la Russia sono stati uccisi", "it");
  EXPECT_EQ(q.value, 2000);
  EXPECT_EQ(q.bound, "about");
  EXPECT_EQ(q.unit, "soldiers");
  EXPECT_EQ(q.counts, "killed");
  q = one("More than 300 people were injured", "en");
  EXPECT_EQ(q.bound, "more_than");
  EXPECT_EQ(q.unit, "people");
  EXPECT_EQ(q.counts, "injured");
  q = one("mindestens 12 Menschen wurden festgenommen", "de");
  EXPECT_EQ(q.bound, "at_least");
  EXPECT_EQ(q.counts, "arrested");
  q = one("unos 500 vecinos fueron evacuados", "es");
  EXPECT_EQ(q.bound, "about");
  EXPECT_EQ(q.counts, "displaced");
  q = one("plus de 40 personnes sont portées disparues", "fr");
  EXPECT_EQ(q.bound, "more_than");
  EXPECT_EQ(q.counts, "missing");
  q = one("o incêndio queimou 1.200 hectares", "pt");
  EXPECT_EQ(q.value, 1200);
  EXPECT_EQ(q.unit, "ha");
  q = one("un prestito di 2,5 milioni di euro", "it");
  EXPECT_EQ(q.value, 2500000);
  EXPECT_EQ(q.unit, "EUR");
  EXPECT_EQ(q.counts, "money");
  q = one("inflation rose 5.3% in May", "en");
  EXPECT_EQ(q.value, 5.3);
  EXPECT_EQ(q.unit, "%");
  q = one("Russian missile strike on Kharkiv kills 7, injures dozens", "en");
  EXPECT_EQ(q.value, 7);
  EXPECT_EQ(q.counts, "killed");
  auto all = find_quantities("Russian missile strike on Kharkiv kills 7, injures dozens", "en");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].value, 24);
  EXPECT_EQ(all[1].bound, "at_least");
  EXPECT_EQ(all[1].counts, "injured");
  q = one("a \u00A35m grant", "en");
  EXPECT_EQ(q.value, 5e6);
  EXPECT_EQ(q.unit, "GBP");
  q = one("the 100m sprint", "en");
  EXPECT_EQ(q.value, 100);
  EXPECT_EQ(q.unit, "m");
  q = one("almeno tre persone", "it");
  EXPECT_EQ(q.value, 3);
  EXPECT_EQ(q.bound, "at_least");
}

TEST(QuantityMentions, NotQuantities) {
  EXPECT_TRUE(find_quantities("nel 2025", "it").empty());
  EXPECT_TRUE(find_quantities("alle 8:30", "it").empty());
  EXPECT_TRUE(find_quantities("il 3 settembre", "it", {{3, 14}}).empty());
}

}  // namespace
}  // namespace newsdesk::analyze
