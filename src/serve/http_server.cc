#include "serve/http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>
#include <httplib.h>

#include "serve/rate_limiter.h"

namespace newsdesk::serve {
namespace {

using Clock = std::chrono::steady_clock;

int ms_until(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left <= 0 ? 0 : static_cast<int>(std::min<int64_t>(left, 1 << 30));
}

int wait_for(int sock, short events, int timeout_ms) {
  pollfd p{sock, events, 0};
  for (;;) {
    int n = ::poll(&p, 1, timeout_ms);
    if (n < 0 && errno == EINTR) continue;
    return n;
  }
}

void ip_and_port(const sockaddr_storage& addr, std::string& ip, int& port) {
  char buf[INET6_ADDRSTRLEN] = {0};
  if (addr.ss_family == AF_INET) {
    const auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
    inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
    port = ntohs(a->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
    inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
    port = ntohs(a->sin6_port);
  }
  ip = buf;
}

bool is_loopback(const std::string& ip) {
  return ip.rfind("127.", 0) == 0 || ip == "::1" || ip.rfind("::ffff:127.", 0) == 0;
}

// One connection's socket, read through a buffer, with the request's deadline
// and header budget enforced below httplib's parser: httplib would otherwise
// wait forever for a client that sends one byte every few seconds.
class DeadlineStream : public httplib::Stream {
 public:
  DeadlineStream(int sock, const ServerOptions& options) : sock_(sock), options_(options) {}

  // Waits for the next request's first byte; false when the client stays silent
  // (or the server stops) for the idle timeout.
  bool wait_for_request(const std::atomic<socket_t>& listening) {
    if (pos_ < len_) return true;
    auto deadline = Clock::now() + std::chrono::milliseconds(options_.idle_timeout_ms);
    while (listening != INVALID_SOCKET) {
      int slice = std::min(ms_until(deadline), 200);
      int n = wait_for(sock_, POLLIN, slice);
      if (n != 0) return n > 0;
      if (slice == 0) return false;
    }
    return false;
  }

  void begin_request() {
    in_headers_ = true;
    header_bytes_ = 0;
    tail_ = 0;
    read_deadline_ = Clock::now() + std::chrono::milliseconds(options_.request_timeout_ms);
  }

  bool is_readable() const override {
    return pos_ < len_ || wait_for(sock_, POLLIN, std::min(options_.io_timeout_ms, ms_until(read_deadline_))) > 0;
  }

  bool is_writable() const override { return !failed_ && wait_for(sock_, POLLOUT, options_.io_timeout_ms) > 0; }

  ssize_t read(char* ptr, size_t size) override {
    if (failed_) return -1;
    if (pos_ == len_ && !fill()) return -1;
    size_t n = std::min(size, len_ - pos_);
    if (in_headers_ && !count_header_bytes(n)) return -1;
    std::memcpy(ptr, buffer_ + pos_, n);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }

  // Writes are gathered and sent once per response (flush), not once per
  // httplib call: a response goes out in one segment.
  ssize_t write(const char* ptr, size_t size) override {
    if (failed_) return static_cast<ssize_t>(size);  // the raw error answer was the last word
    out_.append(ptr, size);
    if (out_.size() >= kFlushBytes && !flush()) return -1;
    return static_cast<ssize_t>(size);
  }

  bool flush() {
    if (failed_) {
      out_.clear();
      return true;
    }
    auto deadline = Clock::now() + std::chrono::milliseconds(options_.request_timeout_ms);
    size_t sent = 0;
    while (sent < out_.size()) {
      ssize_t n = ::send(sock_, out_.data() + sent, out_.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n >= 0) {
        sent += static_cast<size_t>(n);
        continue;
      }
      if (errno == EINTR) continue;
      int wait = std::min(options_.io_timeout_ms, ms_until(deadline));
      if ((errno != EAGAIN && errno != EWOULDBLOCK) || wait == 0 || wait_for(sock_, POLLOUT, wait) <= 0) {
        out_.clear();
        return false;
      }
    }
    out_.clear();
    return true;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (getpeername(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) ip_and_port(addr, ip, port);
  }

  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (getsockname(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) ip_and_port(addr, ip, port);
  }

  socket_t socket() const override { return sock_; }

 private:
  bool fill() {
    pos_ = len_ = 0;
    for (;;) {
      ssize_t n = ::recv(sock_, buffer_, sizeof buffer_, MSG_DONTWAIT);
      if (n > 0) {
        len_ = static_cast<size_t>(n);
        return true;
      }
      if (n == 0) return false;
      if (errno == EINTR) continue;
      if (errno != EAGAIN && errno != EWOULDBLOCK) return false;
      int wait = std::min(options_.io_timeout_ms, ms_until(read_deadline_));
      int ready = wait == 0 ? 0 : wait_for(sock_, POLLIN, wait);
      if (ready == 0) {
        if (ms_until(read_deadline_) == 0) fail(408, "the request did not arrive within the time allowed");
        else failed_ = true;
        return false;
      }
      if (ready < 0) return false;
    }
  }

  // Follows the header block to its blank line; past the budget, answers 431.
  bool count_header_bytes(size_t& n) {
    for (size_t i = 0; i < n; ++i) {
      char c = buffer_[pos_ + i];
      if (++header_bytes_ > options_.max_header_bytes) {
        fail(431, fmt::format("request headers exceed {} bytes", options_.max_header_bytes));
        return false;
      }
      if (c == '\n') {
        if (tail_ == 1) {  // an empty line: the headers end here
          in_headers_ = false;
          n = i + 1;  // hand over the headers only; the body is not counted
          return true;
        }
        tail_ = 1;
      } else if (c != '\r') {
        tail_ = 0;
      }
    }
    return true;
  }

  void fail(int status, const std::string& message) {
    failed_ = true;
    std::string body = error_response(status, message).body;
    std::string head = fmt::format(
        "HTTP/1.1 {} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        status, status_reason(status), body.size());
    std::string all = head + body;
    ::send(sock_, all.data(), all.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  }

  int sock_;
  const ServerOptions& options_;
  char buffer_[16 * 1024];
  size_t pos_ = 0, len_ = 0;
  bool in_headers_ = true;
  size_t header_bytes_ = 0;
  int tail_ = 0;  // 1 after a line end
  bool failed_ = false;
  Clock::time_point read_deadline_ = Clock::now();
  std::string out_;
  static constexpr size_t kFlushBytes = 64 * 1024;
};

ApiRequest to_api_request(const httplib::Request& req) {
  ApiRequest r;
  r.method = req.method;
  r.path = req.path;
  r.params.assign(req.params.begin(), req.params.end());
  r.content_type = req.get_header_value("Content-Type");
  r.if_none_match = req.get_header_value("If-None-Match");
  r.body = req.body;
  return r;
}

void to_httplib_response(ApiResponse&& from, httplib::Response& res) {
  res.status = from.status;
  for (auto& [k, v] : from.headers) res.set_header(k.c_str(), v);
  if (from.status == 304) return;
  res.set_content(std::move(from.body), from.content_type.c_str());
}

bool has_body(const httplib::Request& req) {
  if (req.has_header("Transfer-Encoding")) return true;
  std::string length = req.get_header_value("Content-Length");
  return !length.empty() && length != "0";
}

}  // namespace

class HttpServer::Transport : public httplib::Server {
 public:
  Transport(Api& api, const ServerOptions& options)
      : api_(api), options_(options), limiter_(options.rate_per_second, options.rate_burst) {
    int threads = std::max(1, options_.threads);
    new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    set_payload_max_length(options_.max_body_bytes);
    set_default_headers({
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        // The page talks only to this server; nothing else may be fetched or framed.
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
         "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
    });
    // Requests without a body are answered here, before httplib's regex routing.
    set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (!admit(req, res)) return HandlerResponse::Handled;
      if (has_body(req)) return HandlerResponse::Unhandled;  // httplib reads it (413 past the cap), then `answer`
      answer(req, res);
      return HandlerResponse::Handled;
    });
    auto answer_fn = [this](const httplib::Request& req, httplib::Response& res) { answer(req, res); };
    Get(".*", answer_fn);
    Post(".*", answer_fn);
    Put(".*", answer_fn);
    Patch(".*", answer_fn);
    Delete(".*", answer_fn);
    Options(".*", answer_fn);
    // httplib's own refusals (malformed request 400, 413, 414) get the JSON error body too.
    set_error_handler(HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return HandlerResponse::Unhandled;
      std::string message = res.status == 413   ? "request body too large"
                            : res.status == 414 ? "request URI too long"
                            : res.status == 400 ? "malformed request (or a header line over 8 KiB)"
                                                : status_reason(res.status);
      to_httplib_response(error_response(res.status, message), res);
      return HandlerResponse::Handled;
    }));
  }

  int bind_socket() {
    int port = options_.port == 0 ? bind_to_any_port(options_.bind) : (bind_to_port(options_.bind, options_.port) ? options_.port : -1);
    if (port < 0) throw std::runtime_error(fmt::format("cannot listen on {}:{}", options_.bind, options_.port));
    ::listen(svr_sock_, 1024);  // httplib's backlog of 5 drops a burst of new connections
    return port;
  }

 private:
  bool admit(const httplib::Request& req, httplib::Response& res) {
    if (!options_.rate_limit_loopback && is_loopback(req.remote_addr)) return true;
    int retry_after = 1;
    if (limiter_.allow(req.remote_addr, Clock::now(), &retry_after)) return true;
    to_httplib_response(error_response(429, "too many requests from this client; retry later"), res);
    res.set_header("Retry-After", std::to_string(retry_after));
    if (has_body(req)) res.set_header("Connection", "close");  // its body stays unread
    return false;
  }

  void answer(const httplib::Request& req, httplib::Response& res) {
    to_httplib_response(api_.handle(to_api_request(req)), res);
  }

  bool process_and_close_socket(socket_t sock) override {
    int one = 1;
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    DeadlineStream stream(sock, options_);
    bool ok = false;
    for (int left = options_.keep_alive_requests; left > 0; --left) {
      if (!stream.wait_for_request(svr_sock_)) break;
      stream.begin_request();
      bool closed = false;
      ok = process_request(stream, left == 1, closed, nullptr);
      if (!stream.flush()) ok = false;
      if (!ok || closed) break;
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
  }

  Api& api_;
  const ServerOptions options_;
  RateLimiter limiter_;
};

HttpServer::HttpServer(Api& api, const ServerOptions& options)
    : transport_(std::make_unique<Transport>(api, options)) {}

HttpServer::~HttpServer() { stop(); }

int HttpServer::bind() { return transport_->bind_socket(); }

void HttpServer::serve() { transport_->listen_after_bind(); }

void HttpServer::stop() { transport_->stop(); }

}  // namespace newsdesk::serve
