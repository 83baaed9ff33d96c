// map_in_order: reads a DocumentSource a window at a time, maps each entry on
// several threads, and hands the results on in input order — parallel, deterministic, bounded.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <future>
#include <optional>
#include <thread>
#include <vector>

#include "ingest/document_source.h"

namespace newsdesk::ingest {

// map(entry) runs on any of `threads` threads (the caller's included) and must
// not touch shared state; sink(result) runs on the caller's thread, in the
// order the source gave the entries, whatever the thread count. At most two
// windows of entries are held at once. An exception thrown by map is rethrown
// here once the window's threads have joined.
template <typename Out>
void map_in_order(DocumentSource& source, int threads, size_t window,
                  const std::function<Out(core::Result<core::RawDoc>&)>& map,
                  const std::function<void(Out&)>& sink,
                  const std::function<void()>& after_window = {}) {
  using Batch = std::vector<core::Result<core::RawDoc>>;
  threads = std::max(1, threads);
  window = std::max<size_t>(1, window);
  auto read_batch = [&source, window] {
    Batch b;
    b.reserve(window);
    while (b.size() < window) {
      auto next = source.next();
      if (!next) break;
      b.push_back(std::move(*next));
    }
    return b;
  };
  // With more than one thread the next window is read while this one is mapped
  // (inflating is serial work), so at most two windows are held.
  bool overlap = threads > 1;
  std::future<Batch> ahead;
  Batch batch = read_batch();
  std::vector<std::optional<Out>> results;
  while (!batch.empty()) {
    bool last = batch.size() < window;
    if (overlap && !last) ahead = std::async(std::launch::async, read_batch);
    results.clear();
    results.resize(batch.size());
    std::atomic<size_t> cursor{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto work = [&] {
      for (size_t i; !failed && (i = cursor.fetch_add(1)) < batch.size();) {
        try {
          results[i].emplace(map(batch[i]));
        } catch (...) {
          if (!failed.exchange(true)) failure = std::current_exception();
        }
      }
    };
    size_t helpers = std::min<size_t>(static_cast<size_t>(threads) - 1, batch.size() - 1);
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (size_t t = 0; t < helpers; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);  // ~future waits for the read ahead
    for (auto& r : results) sink(*r);
    if (after_window) after_window();
    if (last) break;
    batch = overlap ? ahead.get() : read_batch();
  }
}

}  // namespace newsdesk::ingest
