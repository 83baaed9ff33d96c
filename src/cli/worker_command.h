// `newsdesk worker --from nats://HOST:PORT/SUBJECT --db FILE`: take documents
// queued by `ingest --to`, store them as `ingest` would, and ack each batch
// only once it is committed. Any number of workers share one queue and one
// store: the store's write lock serialises their commits and carries the story
// engine's state from one to the next.
#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

#include "pipeline/ingest_job.h"

namespace newsdesk::cli {

struct WorkerOptions {
  std::string from;  // nats://HOST:PORT/SUBJECT
  std::string db = "newsdesk.db";
  int batch = 32;              // messages fetched, stored in one transaction, then acked
  double idle_exit = 0;        // seconds with an empty queue before exiting; 0: never
  int64_t ack_wait = 60;       // seconds before a dead worker's batch goes to another
  bool quiet = false;
  pipeline::IngestOptions job;
};

void add_worker_command(CLI::App& app, WorkerOptions& options);

// Exit codes: 0 stopped (idle, SIGTERM or SIGINT) with every fetched batch
// committed and acked, 2 the URL is malformed, 3 the queue or the store failed.
int run_worker_command(WorkerOptions& options);

}  // namespace newsdesk::cli
