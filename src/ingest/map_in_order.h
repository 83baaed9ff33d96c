// map_in_order: reads a DocumentSource, maps each entry on several threads, and
// hands the results on in input order — parallel, deterministic, bounded.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "ingest/document_source.h"

namespace newsdesk::ingest {

// map(entry) runs on `threads` worker threads and must not touch shared state;
// sink(result) runs on the caller's thread, in the order the source gave the
// entries, whatever the thread count. after_window() runs on the caller's
// thread after every `window` results sunk, and after the last.
//
// The workers never wait for the sink except to keep memory bounded: at most
// two windows of entries are read and not yet sunk. So a slow sink (a store's
// serial writer) runs beside the mapping instead of between its rounds. The
// source is read by one worker at a time, in order. An exception thrown by map
// or sink stops the workers and is rethrown here once they have joined.
template <typename Out>
void map_in_order(DocumentSource& source, int threads, size_t window,
                  const std::function<Out(core::Result<core::RawDoc>&)>& map,
                  const std::function<void(Out&)>& sink,
                  const std::function<void()>& after_window = {}) {
  threads = std::max(1, threads);
  window = std::max<size_t>(1, window);
  size_t sunk = 0;
  auto count_sunk = [&] {
    if (++sunk % window == 0 && after_window) after_window();
  };
  auto finish = [&] {
    if (sunk % window != 0 && after_window) after_window();
  };
  if (threads == 1) {
    while (auto entry = source.next()) {
      Out out = map(*entry);
      sink(out);
      count_sunk();
    }
    finish();
    return;
  }

  const size_t capacity = 2 * window;
  std::vector<std::optional<Out>> ring(capacity);  // entry i waits in ring[i % capacity]
  std::mutex mu;                                   // guards ring, released, total, stop, failure
  std::condition_variable room, ready;
  size_t released = 0;     // entries the sink is done with: workers may read up to released + capacity
  size_t total = SIZE_MAX;  // entries in the source, once its end is seen
  bool stop = false;
  std::exception_ptr failure;
  auto fail = [&](std::exception_ptr e) {
    std::lock_guard<std::mutex> lock(mu);
    if (!failure) failure = e;
    stop = true;
    room.notify_all();
    ready.notify_all();
  };

  std::mutex read_mu;  // one reader of the source at a time; guards next_index
  size_t next_index = 0;
  auto work = [&] {
    for (;;) {
      std::optional<core::Result<core::RawDoc>> entry;
      size_t i;
      {
        std::lock_guard<std::mutex> reading(read_mu);
        {
          std::unique_lock<std::mutex> lock(mu);
          room.wait(lock, [&] { return stop || total != SIZE_MAX || next_index < released + capacity; });
          if (stop || total != SIZE_MAX) return;
        }
        try {
          entry = source.next();
        } catch (...) {
          fail(std::current_exception());
          return;
        }
        if (!entry) {
          std::lock_guard<std::mutex> lock(mu);
          total = next_index;
          room.notify_all();
          ready.notify_all();
          return;
        }
        i = next_index++;
      }
      try {
        Out out = map(*entry);
        std::lock_guard<std::mutex> lock(mu);
        ring[i % capacity].emplace(std::move(out));
        ready.notify_all();
      } catch (...) {
        fail(std::current_exception());
        return;
      }
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(static_cast<size_t>(threads));
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  auto join = [&] {
    for (auto& t : pool) t.join();
  };

  for (size_t k = 0;; ++k) {
    std::optional<Out> out;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return stop || ring[k % capacity].has_value() || k >= total; });
      if (stop || !ring[k % capacity]) break;
      out.swap(ring[k % capacity]);
    }
    try {
      sink(*out);
      {
        std::lock_guard<std::mutex> lock(mu);
        released = k + 1;
        room.notify_all();
      }
      count_sunk();
    } catch (...) {
      fail(std::current_exception());
      break;
    }
  }
  join();
  if (failure) std::rethrow_exception(failure);
  finish();
}

}  // namespace newsdesk::ingest
