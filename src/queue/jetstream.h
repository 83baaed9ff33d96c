// One connection to a NATS server with its JetStream context, and the stream
// that carries documents for a queue URL, created on first use. Publisher and
// consumer both open it, so whichever starts first makes the stream.
#pragma once

#include <nats/nats.h>

#include <stdexcept>
#include <string>

#include "queue/nats_url.h"

namespace newsdesk::queue {

// A server that cannot be reached or a stream that cannot be made: the message
// names the URL and the reason, as printed on one line.
class QueueError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "what failed: libnats's text for the status (JetStream code N)".
std::string nats_reason(natsStatus status, jsErrCode code = static_cast<jsErrCode>(0));

class JetStream {
 public:
  // Connects and makes sure the stream for `url` exists. Throws QueueError.
  explicit JetStream(const NatsUrl& url);
  ~JetStream();
  JetStream(const JetStream&) = delete;
  JetStream& operator=(const JetStream&) = delete;

  natsConnection* connection() const { return connection_; }
  jsCtx* context() const { return context_; }
  const NatsUrl& url() const { return url_; }
  // Sends what libnats still buffers (acks above all) before the process ends.
  void flush();

 private:
  void ensure_stream();

  NatsUrl url_;
  natsConnection* connection_ = nullptr;
  jsCtx* context_ = nullptr;
};

}  // namespace newsdesk::queue
