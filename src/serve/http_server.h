// HttpServer: the transport. cpp-httplib parses HTTP; around it this adds what a
// server left running on a network needs: a deadline on each request (so a
// client trickling bytes is cut off), caps on header and body size, a rate limit
// per client, and security headers. Every request goes to Api::handle.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "serve/api.h"

namespace newsdesk::serve {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;                     // 0: any free port (tests)
  int threads = 64;                    // workers; an idle keep-alive connection holds one
  size_t max_body_bytes = 10u << 20;   // larger bodies: 413
  size_t max_header_bytes = 16u << 10; // request line + headers; larger: 431
  int request_timeout_ms = 10000;      // from a request's first byte to its last: else 408 and close
  int io_timeout_ms = 5000;            // any single wait for the socket
  int idle_timeout_ms = 5000;          // keep-alive: a silent connection is closed after this
  int keep_alive_requests = 1000;      // requests on one connection before it is closed
  double rate_per_second = 50;         // per client address; <= 0: no limit
  double rate_burst = 100;
  bool rate_limit_loopback = false;    // loopback clients (wrk, the local page) are not limited by default
};

class HttpServer {
 public:
  HttpServer(Api& api, const ServerOptions& options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the listening socket; returns the port. Throws std::runtime_error naming
  // the address when it cannot.
  int bind();
  // Serves until stop(); call after bind().
  void serve();
  // Thread-safe; serve() returns soon after.
  void stop();

 private:
  class Transport;
  std::unique_ptr<Transport> transport_;
};

}  // namespace newsdesk::serve
