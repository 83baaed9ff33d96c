// The NATS server the queue tests talk to: NEWSDESK_TEST_NATS when set (as
// scripts/cluster-up.sh exports it), else a private `nats-server -js` started
// on a free loopback port for this test binary and stopped after it. Tests
// skip, saying why, when neither is available.
#pragma once

#include <string>

namespace newsdesk::queue::testing {

// "nats://127.0.0.1:PORT", or "" when no server can be had (see skip_reason()).
const std::string& test_server();
const std::string& skip_reason();

// A subject no other test run on a shared server uses: "newsdesk.test.<pid>.<random>.<name>".
std::string fresh_subject(const std::string& name);

}  // namespace newsdesk::queue::testing

#define NEWSDESK_NEED_NATS()                                                          \
  do {                                                                                \
    if (::newsdesk::queue::testing::test_server().empty())                            \
      GTEST_SKIP() << ::newsdesk::queue::testing::skip_reason();                      \
  } while (0)
