#include "cli/ingest_command.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

#include "cli/publish.h"
#include "store/store.h"

namespace newsdesk::cli {

void add_ingest_command(CLI::App& app, IngestCommandOptions& options) {
  CLI::App* cmd = app.add_subcommand("ingest", "Add pages to the store, continuing its stories");
  cmd->add_option("paths", options.paths, "Pages to read ('-' for stdin): files, folders, WARC, feeds, JSON lines")
      ->required();
  cmd->add_option("--db", options.db, "The store (SQLite file; created when missing)")->capture_default_str();
  cmd->add_flag("-q,--quiet", options.quiet, "No progress line and no summary on stderr");
  cmd->add_option("--threads", options.job.threads, "Threads for reading and extraction (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--window-hours", options.job.window_hours,
                  "A story quiet this long takes no new item (a new store only: a store keeps its own)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--batch", options.job.batch_documents, "Documents per transaction")->check(CLI::PositiveNumber);
  CLI::Option* to = cmd->add_option("--to", options.to,
                  "Queue the documents on NATS JetStream (nats://HOST:PORT/SUBJECT) for `newsdesk worker` "
                  "instead of storing them");
  cmd->add_option("--report", options.report,
                  "Append 'hash<TAB>source' for each document once its transaction has committed")
      ->excludes(to);
}

int run_ingest_command(IngestCommandOptions& options) {
  if (!options.to.empty()) return run_publish(options.to, options.paths, options.quiet);
  int report_fd = -1;
  if (!options.report.empty()) {
    report_fd = ::open(options.report.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (report_fd < 0) {
      std::fprintf(stderr, "newsdesk: %s: cannot open the report file\n", options.report.c_str());
      return 3;
    }
    options.job.on_commit = [report_fd](const std::vector<std::string>& stored) {
      std::string lines;
      for (const auto& s : stored) lines += s + "\n";
      // One write per commit: a kill leaves whole lines of committed documents.
      if (::write(report_fd, lines.data(), lines.size()) < 0) std::perror("newsdesk: report");
    };
  }
  options.job.progress = ::isatty(STDERR_FILENO) != 0 && !options.quiet;
  pipeline::IngestReport report;
  int code = 0;
  try {
    auto db = store::open_store(options.db);
    report = pipeline::ingest_paths(*db, options.paths, options.job);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsdesk: %s\n", e.what());  // names the store
    code = 3;
  }
  if (report_fd >= 0) ::close(report_fd);
  for (const auto& d : report.diagnostics) {
    std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(d).c_str());
  }
  if (!options.quiet) {
    std::fprintf(stderr,
                 "newsdesk: %d documents stored, %d already stored, %d items, %zu stories touched, "
                 "%zu inputs skipped\n",
                 report.documents_added, report.documents_already_stored, report.items_added,
                 report.story_ids.size(), report.diagnostics.size());
  }
  if (code != 0) return code;
  return report.diagnostics.empty() ? 0 : 1;
}

}  // namespace newsdesk::cli
