#include "queue/consumer.h"

#include "queue/doc_message.h"

namespace newsdesk::queue {
namespace {

constexpr int64_t kNanosPerSecond = 1000000000;

}  // namespace

Batch::~Batch() {
  for (natsMsg* m : messages_) natsMsg_Destroy(m);
}

Batch::Batch(Batch&& other) noexcept
    : messages_(std::move(other.messages_)), docs_(std::move(other.docs_)),
      redeliveries_(other.redeliveries_), pending_after_(other.pending_after_) {
  other.messages_.clear();
}

void Batch::ack() {
  for (natsMsg* m : messages_) natsMsg_Ack(m, nullptr);
}

void Batch::nak() {
  for (natsMsg* m : messages_) natsMsg_Nak(m, nullptr);
}

void Batch::keep_alive() {
  for (natsMsg* m : messages_) natsMsg_InProgress(m, nullptr);
}

Consumer::Consumer(JetStream& jetstream, const ConsumerOptions& options) : jetstream_(jetstream) {
  const NatsUrl& url = jetstream_.url();
  jsSubOptions sub;
  jsSubOptions_Init(&sub);
  sub.Stream = url.stream.c_str();
  sub.Config.Durable = url.consumer.c_str();
  sub.Config.AckPolicy = js_AckExplicit;
  sub.Config.AckWait = options.ack_wait_seconds * kNanosPerSecond;
  sub.Config.MaxDeliver = options.max_deliver;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = js_PullSubscribe(&subscription_, jetstream_.context(), url.subject.c_str(), url.consumer.c_str(),
                                  nullptr, &sub, &code);
  if (s != NATS_OK) {
    throw QueueError(url.server + ": cannot consume " + url.subject + " as " + url.consumer + ": " +
                     nats_reason(s, code));
  }
}

// Unsubscribe would delete the durable consumer, and with it the other workers' place.
Consumer::~Consumer() { natsSubscription_Destroy(subscription_); }

Batch Consumer::fetch(int max, int64_t timeout_ms) {
  natsMsgList list{};
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = natsSubscription_Fetch(&list, subscription_, max, timeout_ms, &code);
  Batch batch;
  if (s == NATS_TIMEOUT) return batch;
  if (s != NATS_OK) {
    throw QueueError(jetstream_.url().server + ": cannot fetch from " + jetstream_.url().subject + ": " +
                     nats_reason(s, code));
  }
  for (int i = 0; i < list.Count; ++i) {
    natsMsg* m = list.Msgs[i];
    list.Msgs[i] = nullptr;  // the batch owns it now
    jsMsgMetaData* meta = nullptr;
    if (natsMsg_GetMetaData(&meta, m) == NATS_OK) {
      if (meta->NumDelivered > 1) ++batch.redeliveries_;
      batch.pending_after_ = meta->NumPending;
      jsMsgMetaData_Destroy(meta);
    }
    batch.docs_.push_back(doc_of(m));
    batch.messages_.push_back(m);
  }
  natsMsgList_Destroy(&list);
  return batch;
}

}  // namespace newsdesk::queue
