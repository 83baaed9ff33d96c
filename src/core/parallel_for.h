// The simplest fork-join: run work(0..n-1) on a few threads, each index once.
// For batch stages whose items are independent; results go to slots by index,
// so the outcome does not depend on the thread count.
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace newsdesk::core {

template <typename Work>
void parallel_for(size_t n, int threads, const Work& work) {
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) work(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads && static_cast<size_t>(t) < n; ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

}  // namespace newsdesk::core
