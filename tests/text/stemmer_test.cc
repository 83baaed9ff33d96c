#include "text/stemmer.h"

#include <gtest/gtest.h>

#include <thread>

namespace newsdesk::text {
namespace {

TEST(Stemmer, ConflatesInflectionsPerLanguage) {
  EXPECT_EQ(stem("it", "colloqui"), stem("it", "colloquio"));
  EXPECT_EQ(stem("en", "kills"), stem("en", "killing"));
  EXPECT_EQ(stem("de", "streiks"), stem("de", "streik"));
  EXPECT_EQ(stem("fr", "grèves"), stem("fr", "grève"));
}

TEST(Stemmer, UnknownLanguageLeavesWordsAlone) {
  Stemmer none("xx");
  EXPECT_FALSE(none.available());
  EXPECT_EQ(none.stem("words"), "words");
  EXPECT_EQ(stem("", "words"), "words");
}

TEST(Stemmer, EachThreadHasItsOwn) {
  std::string a, b;
  std::thread t1([&] { for (int i = 0; i < 1000; ++i) a = stem("en", "running"); });
  std::thread t2([&] { for (int i = 0; i < 1000; ++i) b = stem("en", "running"); });
  t1.join();
  t2.join();
  EXPECT_EQ(a, "run");
  EXPECT_EQ(b, "run");
}

}  // namespace
}  // namespace newsdesk::text
