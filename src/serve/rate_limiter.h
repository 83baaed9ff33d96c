// RateLimiter: a token bucket per client address, so one client cannot take the
// whole server; buckets live in shards, each behind its own lock.
#pragma once

#include <array>
#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace newsdesk::serve {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // `per_second` tokens a second, up to `burst`; per_second <= 0 lets everything through.
  RateLimiter(double per_second, double burst);

  // True when the client may go on; otherwise `retry_after_seconds` says when.
  bool allow(const std::string& client, Clock::time_point now, int* retry_after_seconds);

 private:
  struct Bucket {
    double tokens;
    Clock::time_point last;
  };
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, Bucket> buckets;
  };
  static constexpr size_t kShards = 16;
  static constexpr size_t kMaxClientsPerShard = 4096;

  double per_second_;
  double burst_;
  std::array<Shard, kShards> shards_;
};

}  // namespace newsdesk::serve
