// The workers' side of a queue: one durable pull consumer shared by every
// worker, with explicit acks. A message fetched and not acked within the ack
// wait goes to another worker, so a worker killed mid-batch loses nothing;
// while a batch is being stored, keep_alive() holds its messages.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/raw_doc.h"
#include "queue/jetstream.h"

namespace newsdesk::queue {

struct ConsumerOptions {
  int64_t ack_wait_seconds = 60;  // redelivery delay after a worker dies; keep_alive() covers longer batches
  int max_deliver = 20;           // a document that kills every worker is dropped after this many tries
};

// Messages fetched together, owned until acked, naked or dropped.
class Batch {
 public:
  Batch() = default;
  ~Batch();
  Batch(Batch&& other) noexcept;
  Batch& operator=(Batch&&) = delete;
  Batch(const Batch&) = delete;

  const std::vector<core::RawDoc>& docs() const { return docs_; }
  bool empty() const { return docs_.empty(); }
  int redeliveries() const { return redeliveries_; }  // messages delivered before
  uint64_t pending_after() const { return pending_after_; }  // messages left in the stream for the consumer

  void ack();         // every message: stored, do not deliver again
  void nak();         // every message: not stored, deliver again now
  void keep_alive();  // every message: still working, restart the ack wait

 private:
  friend class Consumer;
  std::vector<natsMsg*> messages_;
  std::vector<core::RawDoc> docs_;
  int redeliveries_ = 0;
  uint64_t pending_after_ = 0;
};

class Consumer {
 public:
  // Binds to (or creates) the shared durable consumer. Throws QueueError.
  Consumer(JetStream& jetstream, const ConsumerOptions& options = {});
  ~Consumer();
  Consumer(const Consumer&) = delete;
  Consumer& operator=(const Consumer&) = delete;

  // Up to `max` messages, waiting at most `timeout_ms` for the first; empty
  // when the stream had none. Throws QueueError when the server is gone.
  Batch fetch(int max, int64_t timeout_ms);

 private:
  JetStream& jetstream_;
  natsSubscription* subscription_ = nullptr;
};

}  // namespace newsdesk::queue
