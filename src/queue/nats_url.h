// Where a queue of documents lives: "nats://HOST:PORT/SUBJECT" split into the
// server to dial, the subject to publish on, and the JetStream names derived
// from the subject, so that publishers and workers given the same URL agree on
// one stream and one shared consumer without further flags.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsdesk::queue {

struct NatsUrl {
  std::string server;    // "nats://127.0.0.1:4229", as libnats dials it
  std::string subject;   // "news.raw"
  std::string stream;    // "NEWSDESK_news_raw": the subject with '.' and other bytes a name may not hold as '_'
  std::string consumer;  // "newsdesk-workers": the durable every worker shares
};

// The URL, or nullopt with *why set to a short reason ("no subject after the port").
// Subjects are literal: wildcards ('*', '>') and empty tokens are refused.
std::optional<NatsUrl> parse_nats_url(std::string_view url, std::string* why);

bool is_nats_url(std::string_view text);  // starts with "nats://"

}  // namespace newsdesk::queue
