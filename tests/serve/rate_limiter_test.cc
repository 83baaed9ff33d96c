#include "serve/rate_limiter.h"

#include <gtest/gtest.h>

namespace newsdesk::serve {
namespace {

using namespace std::chrono_literals;

TEST(RateLimiterTest, BurstThenRefillPerClient) {
  RateLimiter limiter(2, 3);
  auto t = RateLimiter::Clock::now();
  int retry = 0;
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.allow("a", t, &retry));
  EXPECT_FALSE(limiter.allow("a", t, &retry));
  EXPECT_EQ(retry, 1);
  EXPECT_TRUE(limiter.allow("b", t, &retry)) << "clients have their own buckets";
  EXPECT_TRUE(limiter.allow("a", t + 500ms, &retry)) << "one token back after half a second at 2/s";
  EXPECT_FALSE(limiter.allow("a", t + 500ms, &retry));
}

TEST(RateLimiterTest, ZeroRateIsNoLimit) {
  RateLimiter limiter(0, 0);
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(limiter.allow("a", RateLimiter::Clock::now(), nullptr));
}

TEST(RateLimiterTest, ManyClientsStayBounded) {
  RateLimiter limiter(1000, 1);
  auto t = RateLimiter::Clock::now();
  for (int i = 0; i < 200000; ++i) EXPECT_TRUE(limiter.allow("c" + std::to_string(i), t + std::chrono::seconds(i), nullptr));
}

}  // namespace
}  // namespace newsdesk::serve
