#include "queue/jetstream.h"

#include <cstdint>

namespace newsdesk::queue {
namespace {

constexpr int64_t kNanosPerSecond = 1000000000;
// A document published twice within this window is dropped by the stream
// (Nats-Msg-Id = content hash); later copies are caught by the store, which
// keys documents by the same hash. The server keeps one id per message in the window.
constexpr int64_t kDuplicateWindowSeconds = 2 * 3600;

}  // namespace

std::string nats_reason(natsStatus status, jsErrCode code) {
  std::string reason = natsStatus_GetText(status);
  if (code != 0) reason += " (JetStream error " + std::to_string(static_cast<int>(code)) + ")";
  return reason;
}

JetStream::JetStream(const NatsUrl& url) : url_(url) {
  natsStatus s = natsConnection_ConnectTo(&connection_, url_.server.c_str());
  if (s != NATS_OK) throw QueueError(url_.server + ": cannot connect: " + nats_reason(s));
  s = natsConnection_JetStream(&context_, connection_, nullptr);
  if (s != NATS_OK) {
    natsConnection_Destroy(connection_);
    throw QueueError(url_.server + ": no JetStream context: " + nats_reason(s));
  }
  try {
    ensure_stream();
  } catch (...) {
    jsCtx_Destroy(context_);
    natsConnection_Destroy(connection_);
    throw;
  }
}

JetStream::~JetStream() {
  jsCtx_Destroy(context_);
  natsConnection_Destroy(connection_);
}

void JetStream::flush() { natsConnection_FlushTimeout(connection_, 5000); }

// Work-queue retention: a document leaves the stream once a worker has acked
// it, i.e. once it is committed to the store, which is the record; the stream
// is only the queue between. (Limits retention would keep every page twice,
// and allow a replay into a second store; not what a work queue is for.)
// File storage: a queue survives a server restart.
void JetStream::ensure_stream() {
  jsStreamInfo* info = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus s = js_GetStreamInfo(&info, context_, url_.stream.c_str(), nullptr, &code);
  if (s == NATS_OK) {
    jsStreamInfo_Destroy(info);
    return;
  }
  if (s != NATS_NOT_FOUND) {
    throw QueueError(url_.server + ": stream " + url_.stream + ": " + nats_reason(s, code));
  }
  jsStreamConfig config;
  jsStreamConfig_Init(&config);
  const char* subjects[] = {url_.subject.c_str()};
  config.Name = url_.stream.c_str();
  config.Subjects = subjects;
  config.SubjectsLen = 1;
  config.Retention = js_WorkQueuePolicy;
  config.Storage = js_FileStorage;
  config.Duplicates = kDuplicateWindowSeconds * kNanosPerSecond;
  s = js_AddStream(&info, context_, &config, nullptr, &code);
  if (s == NATS_OK) {
    jsStreamInfo_Destroy(info);
    return;
  }
  // Another publisher or worker may have made it meanwhile.
  if (js_GetStreamInfo(&info, context_, url_.stream.c_str(), nullptr, nullptr) == NATS_OK) {
    jsStreamInfo_Destroy(info);
    return;
  }
  throw QueueError(url_.server + ": cannot create stream " + url_.stream + " for subject " + url_.subject + ": " +
                   nats_reason(s, code));
}

}  // namespace newsdesk::queue
