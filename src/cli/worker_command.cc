#include "cli/worker_command.h"

#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include "queue/consumer.h"
#include "queue/nats_url.h"
#include "store/store.h"

namespace newsdesk::cli {
namespace {

std::atomic<bool> stop_requested{false};

void request_stop(int) { stop_requested.store(true); }

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = request_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
}

// Restarts the ack wait of a batch's messages every third of it while the
// batch is being stored, so a slow commit is not mistaken for a dead worker.
class KeepAlive {
 public:
  KeepAlive(queue::Batch& batch, int64_t ack_wait_seconds)
      : thread_([this, &batch, period = std::chrono::milliseconds(std::max<int64_t>(1, ack_wait_seconds) * 1000 / 3)] {
          std::unique_lock lock(mutex_);
          while (!done_) {
            if (!wake_.wait_for(lock, period, [this] { return done_; })) batch.keep_alive();
          }
        }) {}
  ~KeepAlive() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    wake_.notify_one();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::thread thread_;  // last: started once the members it uses exist
};

struct WorkerTotals {
  int stored = 0;
  int already_stored = 0;
  int skipped = 0;
  int redeliveries = 0;
  int batches = 0;
  int failed_batches = 0;
  uint64_t max_lag = 0;  // messages waiting behind a fetched batch, at most
};

constexpr int kFailuresInARow = 5;  // store errors before the worker gives up (exit 3)

}  // namespace

void add_worker_command(CLI::App& app, WorkerOptions& options) {
  CLI::App* cmd = app.add_subcommand("worker", "Store documents queued by `ingest --to`, sharing the queue with other workers");
  cmd->add_option("--from", options.from, "The queue: nats://HOST:PORT/SUBJECT")->required();
  cmd->add_option("--db", options.db, "The store (SQLite file; created when missing)")->capture_default_str();
  cmd->add_option("--batch", options.batch, "Documents fetched and stored in one transaction")
      ->check(CLI::Range(1, 4096))->capture_default_str();
  cmd->add_option("--idle-exit", options.idle_exit, "Exit once the queue has been empty this many seconds (0: never)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--ack-wait", options.ack_wait,
                  "Seconds before a dead worker's documents go to another (set when the queue's consumer is made)")
      ->check(CLI::PositiveNumber)->capture_default_str();
  cmd->add_option("--threads", options.job.threads, "Threads for extraction (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("-q,--quiet", options.quiet, "No summary on stderr");
}

int run_worker_command(WorkerOptions& options) {
  std::string why;
  auto url = queue::parse_nats_url(options.from, &why);
  if (!url) {
    std::fprintf(stderr, "newsdesk: %s: %s\n", options.from.c_str(), why.c_str());
    return 2;
  }
  install_stop_handlers();
  options.job.batch_documents = options.batch;
  WorkerTotals totals;
  int code = 0;
  try {
    queue::JetStream jetstream(*url);
    queue::ConsumerOptions consumer_options;
    consumer_options.ack_wait_seconds = options.ack_wait;
    queue::Consumer consumer(jetstream, consumer_options);
    auto db = store::open_store(options.db);
    pipeline::IngestSession session(*db, options.job);
    auto idle_since = std::chrono::steady_clock::now();
    int failures_in_a_row = 0;
    while (!stop_requested.load()) {
      queue::Batch batch = consumer.fetch(options.batch, 1000);
      if (batch.empty()) {
        std::chrono::duration<double> idle = std::chrono::steady_clock::now() - idle_since;
        if (options.idle_exit > 0 && idle.count() >= options.idle_exit) break;
        continue;
      }
      totals.redeliveries += batch.redeliveries();
      totals.max_lag = std::max(totals.max_lag, batch.pending_after());
      pipeline::IngestReport report;
      try {
        KeepAlive keep_alive(batch, options.ack_wait);
        report = session.ingest(batch.docs());
      } catch (const std::exception& e) {
        // Nothing of the batch is committed past what the store already held: let any worker retry it.
        batch.nak();
        ++totals.failed_batches;
        std::fprintf(stderr, "newsdesk: %s: batch of %zu documents not stored: %s\n", options.db.c_str(),
                     batch.docs().size(), e.what());
        if (++failures_in_a_row >= kFailuresInARow) {
          code = 3;
          break;
        }
        std::this_thread::sleep_for(std::chrono::seconds(1));
        continue;
      }
      // Committed: from here a kill only makes the batch come back, and find itself stored.
      batch.ack();
      failures_in_a_row = 0;
      ++totals.batches;
      totals.stored += report.documents_added;
      totals.already_stored += report.documents_already_stored;
      totals.skipped += static_cast<int>(report.diagnostics.size());
      for (const auto& d : report.diagnostics) {
        std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(d).c_str());
      }
      idle_since = std::chrono::steady_clock::now();
    }
    jetstream.flush();  // the last acks
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsdesk: %s\n", e.what());  // names the server or the store
    code = 3;
  }
  if (!options.quiet) {
    std::fprintf(stderr,
                 "newsdesk worker: %d documents stored, %d already stored, %d redeliveries, %d inputs skipped, "
                 "%d batches (%d failed), stream lag at most %llu messages\n",
                 totals.stored, totals.already_stored, totals.redeliveries, totals.skipped, totals.batches,
                 totals.failed_batches, static_cast<unsigned long long>(totals.max_lag));
  }
  return code;
}

}  // namespace newsdesk::cli
