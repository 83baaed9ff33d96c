// Publishes RawDocs to a queue's stream: asynchronously, with a bounded number
// awaiting the server's ack (throughput without unbounded memory), each with
// its content hash as Nats-Msg-Id so the stream keeps one copy of each document.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/raw_doc.h"
#include "queue/jetstream.h"

namespace newsdesk::queue {

struct PublishCounts {
  uint64_t published = 0;   // stored by the stream
  uint64_t duplicates = 0;  // dropped by the stream: the same bytes were published within its window
  std::vector<core::Diagnostic> failures;  // not stored: too large, refused, or never acked
};

class Publisher {
 public:
  // Throws QueueError when no JetStream context can be made.
  Publisher(JetStream& jetstream, int max_in_flight = 256);
  ~Publisher();
  Publisher(const Publisher&) = delete;
  Publisher& operator=(const Publisher&) = delete;

  // Queues one document; a document the server cannot take (larger than its
  // max payload) is a failure recorded now, the rest are settled by finish().
  void publish(const core::RawDoc& doc);

  // Waits for every outstanding ack (at most `timeout_ms`), then counts.
  PublishCounts finish(int64_t timeout_ms = 60000);

 private:
  static void on_ack(jsCtx* js, natsMsg* msg, jsPubAck* ack, jsPubAckErr* error, void* self);
  void fail(const std::string& source, const std::string& reason);

  JetStream& jetstream_;
  jsCtx* context_ = nullptr;  // our own: it carries the async-publish callbacks
  int64_t max_payload_ = 0;
  std::atomic<uint64_t> published_{0};
  std::atomic<uint64_t> duplicates_{0};
  std::mutex failures_mutex_;
  std::vector<core::Diagnostic> failures_;
};

}  // namespace newsdesk::queue
