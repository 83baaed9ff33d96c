#include "cli/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <exception>
#include <thread>

#include "serve/api.h"
#include "serve/store_backend.h"
#include "store/store.h"

namespace newsdesk::cli {

void add_serve_command(CLI::App& app, ServeOptions& o) {
  CLI::App* cmd = app.add_subcommand("serve", "Serve the HTTP API and the web page over a store");
  cmd->add_option("--db", o.db, "Store file (SQLite)")->capture_default_str();
  cmd->add_option("--port", o.server.port, "TCP port; 0 picks a free one")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", o.server.bind, "Address to listen on (loopback unless you mean otherwise)")->capture_default_str();
  cmd->add_option("--threads", o.server.threads,
                  "Worker threads; each open keep-alive connection holds one while it is idle")
      ->capture_default_str()->check(CLI::Range(1, 1024));
  cmd->add_option("--max-body-mib", o.max_body_mib, "Largest request body, MiB (larger: 413)")
      ->capture_default_str()->check(CLI::Range(0.001, 1024.0));
  cmd->add_option("--max-header-bytes", o.server.max_header_bytes, "Largest request line + headers (larger: 431)")
      ->capture_default_str()->check(CLI::Range(1024, 1 << 20));
  cmd->add_option("--request-timeout", o.request_timeout_s,
                  "Seconds a request may take to arrive from its first byte (slower: 408, connection closed)")
      ->capture_default_str()->check(CLI::Range(0.1, 3600.0));
  cmd->add_option("--rate-limit", o.server.rate_per_second, "Requests a second per client address; 0: no limit")
      ->capture_default_str()->check(CLI::Range(0.0, 1e9));
  cmd->add_option("--rate-burst", o.server.rate_burst, "Requests a client may send at once before the limit bites")
      ->capture_default_str()->check(CLI::Range(1.0, 1e9));
  cmd->add_flag("--rate-limit-loopback", o.server.rate_limit_loopback,
                "Limit loopback clients too (by default they are not: local tools and benchmarks)");
}

int run_serve_command(ServeOptions& o) {
  o.server.max_body_bytes = static_cast<size_t>(o.max_body_mib * 1024 * 1024);
  o.server.request_timeout_ms = static_cast<int>(o.request_timeout_s * 1000);

  // Signals go to one thread that stops the server; workers never see them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::unique_ptr<serve::StoreBackend> backend;
  try {
    backend = std::make_unique<serve::StoreBackend>(o.db);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsdesk serve: %s\n", e.what());
    return 1;
  }
  serve::Api api(*backend);
  serve::HttpServer server(api, o.server);
  int port = 0;
  try {
    port = server.bind();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsdesk serve: %s\n", e.what());
    return 1;
  }
  std::fprintf(stderr, "newsdesk serve: http://%s:%d/ (store %s, %d threads)\n", o.server.bind.c_str(), port,
               store::display_location(o.db).c_str(), o.server.threads);
  std::fflush(stderr);
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    server.stop();
  });
  server.serve();
  // serve() also returns when the listening socket fails; wake the waiter then.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  std::fprintf(stderr, "newsdesk serve: stopped\n");
  return 0;
}

}  // namespace newsdesk::cli
