#include "queue/publisher.h"

#include "ingest/content_hash.h"
#include "queue/doc_message.h"

namespace newsdesk::queue {

Publisher::Publisher(JetStream& jetstream, int max_in_flight) : jetstream_(jetstream) {
  jsOptions options;
  jsOptions_Init(&options);
  options.PublishAsync.MaxPending = max_in_flight;
  // How long publish() waits for room before failing; libnats's 200 ms would
  // fail documents whenever the server or the machine is briefly slow.
  options.PublishAsync.StallWait = 30000;
  options.PublishAsync.AckHandler = &Publisher::on_ack;
  options.PublishAsync.AckHandlerClosure = this;
  natsStatus s = natsConnection_JetStream(&context_, jetstream_.connection(), &options);
  if (s != NATS_OK) throw QueueError(jetstream_.url().server + ": no JetStream context: " + nats_reason(s));
  max_payload_ = natsConnection_GetMaxPayload(jetstream_.connection());
}

Publisher::~Publisher() { jsCtx_Destroy(context_); }

void Publisher::fail(const std::string& source, const std::string& reason) {
  std::lock_guard lock(failures_mutex_);
  failures_.push_back({source, "", reason});
}

void Publisher::publish(const core::RawDoc& doc) {
  if (static_cast<int64_t>(doc.bytes.size()) > max_payload_) {
    fail(doc.source, "not published: " + std::to_string(doc.bytes.size()) + " bytes, more than the server's " +
                         "max_payload of " + std::to_string(max_payload_));
    return;
  }
  natsStatus s = NATS_OK;
  natsMsg* msg = message_of(doc, jetstream_.url().subject, ingest::content_hash(doc.bytes), &s);
  // Blocks (StallWait at a time) while max_in_flight acks are outstanding.
  if (s == NATS_OK) s = js_PublishMsgAsync(context_, &msg, nullptr);
  natsMsg_Destroy(msg);  // null once libnats owns it
  if (s != NATS_OK) fail(doc.source, "not published: " + nats_reason(s));
}

// On a libnats thread, once per message: the server's ack or the error.
void Publisher::on_ack(jsCtx*, natsMsg* msg, jsPubAck* ack, jsPubAckErr* error, void* closure) {
  auto* self = static_cast<Publisher*>(closure);
  if (ack != nullptr) {
    (ack->Duplicate ? self->duplicates_ : self->published_).fetch_add(1);
  } else if (error != nullptr) {
    core::RawDoc doc = doc_of(msg);
    std::string reason = error->ErrText != nullptr ? error->ErrText : nats_reason(error->Err, error->ErrCode);
    self->fail(doc.source, "not published: " + reason);
  }
  natsMsg_Destroy(msg);
}

PublishCounts Publisher::finish(int64_t timeout_ms) {
  jsPubOptions options;
  jsPubOptions_Init(&options);
  options.MaxWait = timeout_ms;
  natsStatus s = js_PublishAsyncComplete(context_, &options);
  if (s != NATS_OK) {
    // Whatever is still unacked was never confirmed stored: report each.
    natsMsgList pending{};
    if (js_PublishAsyncGetPendingList(&pending, context_) == NATS_OK) {
      for (int i = 0; i < pending.Count; ++i) {
        fail(doc_of(pending.Msgs[i]).source, "not published: no ack from the server (" + nats_reason(s) + ")");
      }
      natsMsgList_Destroy(&pending);
    }
  }
  PublishCounts counts;
  counts.published = published_.load();
  counts.duplicates = duplicates_.load();
  std::lock_guard lock(failures_mutex_);
  counts.failures = failures_;
  return counts;
}

}  // namespace newsdesk::queue
