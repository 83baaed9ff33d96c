#include "queue/nats_url.h"

#include <charconv>

namespace newsdesk::queue {
namespace {

constexpr std::string_view kScheme = "nats://";

bool fail(std::string* why, const char* reason) {
  if (why) *why = reason;
  return false;
}

bool valid_subject(std::string_view subject, std::string* why) {
  if (subject.empty()) return fail(why, "no subject after the port (nats://HOST:PORT/SUBJECT)");
  if (subject.front() == '.' || subject.back() == '.' || subject.find("..") != std::string_view::npos) {
    return fail(why, "the subject has an empty token");
  }
  for (char c : subject) {
    if (c == '*' || c == '>') return fail(why, "the subject may not hold a wildcard ('*' or '>')");
    if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f) {
      return fail(why, "the subject may not hold spaces or control characters");
    }
  }
  return true;
}

bool valid_port(std::string_view port, std::string* why) {
  int value = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value < 1 || value > 65535) {
    return fail(why, "the port is not a number from 1 to 65535");
  }
  return true;
}

}  // namespace

bool is_nats_url(std::string_view text) { return text.substr(0, kScheme.size()) == kScheme; }

std::optional<NatsUrl> parse_nats_url(std::string_view url, std::string* why) {
  if (!is_nats_url(url)) {
    fail(why, "not a nats:// URL");
    return std::nullopt;
  }
  std::string_view rest = url.substr(kScheme.size());
  size_t slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  std::string_view subject = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  // Credentials ("user:pass@") stay in the server URL: libnats reads them there.
  std::string_view host_port = authority.substr(authority.rfind('@') == std::string_view::npos ? 0 : authority.rfind('@') + 1);
  size_t colon = host_port.rfind(':');
  bool bracketed_v6 = !host_port.empty() && host_port.front() == '[' && host_port.back() == ']';
  if (host_port.empty() || host_port.front() == ':') {
    fail(why, "no host (nats://HOST:PORT/SUBJECT)");
    return std::nullopt;
  }
  if (colon == std::string_view::npos || bracketed_v6) {
    fail(why, "no port (nats://HOST:PORT/SUBJECT)");
    return std::nullopt;
  }
  if (!valid_port(host_port.substr(colon + 1), why) || !valid_subject(subject, why)) return std::nullopt;
  NatsUrl parsed;
  parsed.server = std::string(kScheme) + std::string(authority);
  parsed.subject = std::string(subject);
  parsed.stream = "NEWSDESK_";
  for (char c : subject) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    parsed.stream += plain ? c : '_';
  }
  parsed.consumer = "newsdesk-workers";
  return parsed;
}

}  // namespace newsdesk::queue
