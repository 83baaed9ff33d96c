// `newsdesk serve`: the HTTP API and the web page over a store.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "serve/http_server.h"

namespace newsdesk::cli {

struct ServeOptions {
  std::string db = "newsdesk.db";
  serve::ServerOptions server;
  double max_body_mib = 10;
  double request_timeout_s = 10;
};

void add_serve_command(CLI::App& app, ServeOptions& options);

// Serves until SIGINT or SIGTERM; returns the exit code.
int run_serve_command(ServeOptions& options);

}  // namespace newsdesk::cli
