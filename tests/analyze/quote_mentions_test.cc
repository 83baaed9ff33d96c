// Direct quotations in the typographies of each language, with their speaker.
#include <gtest/gtest.h>

#include "analyze/quote_mentions.h"

namespace newsdesk::analyze {
namespace {

TEST(QuoteMentions, MarksAndSpeakers) {
  auto q = find_quotes("«Non ci fermeremo mai», ha detto Vladimir Putin ai giornalisti.", "it");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Non ci fermeremo mai");
  EXPECT_EQ(q[0].speaker, "Vladimir Putin");
  q = find_quotes("Scholz sagte: „Wir stehen an der Seite der Ukraine.“", "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Scholz");
  q = find_quotes("“We will rebuild the town,” the mayor said.", "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We will rebuild the town,");
  EXPECT_EQ(q[0].speaker, "");
  q = find_quotes("Selon Macron, \"la France sera au rendez-vous\".", "fr");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Macron");
}

TEST(QuoteMentions, ScareQuotesAreNoQuotes) {
  EXPECT_TRUE(find_quotes("la cosiddetta \"Guerra Fredda\" è finita", "it").empty());
}

}  // namespace
}  // namespace newsdesk::analyze
