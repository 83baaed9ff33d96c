#include "cli/stories_command.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include <fmt/format.h>

#include "cli/render_json.h"
#include "cli/render_text.h"
#include "cli/search_command.h"
#include "cli/stored_stories.h"
#include "pipeline/stories_job.h"
#include "pipeline/stories_stream.h"

namespace newsdesk::cli {

void add_stories_command(CLI::App& app, StoriesOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "stories", "Group the headlines and articles of pages into stories");
  cmd->add_option("paths", options.paths, "Pages to read ('-' for stdin); none with --db");
  cmd->add_option("--format", options.format,
                  "Output format (default: text on a terminal, else json); jsonl: one story per line, "
                  "written as the streaming engine closes it (implies --stream)")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  cmd->add_flag("-q,--quiet", options.quiet, "No progress line and no summary on stderr");
  cmd->add_option("--threads", options.job.threads, "Threads for reading, extraction and analysis (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--no-analysis", [&options](int64_t) { options.job.analyze = false; },
                "Group only: no entities, dates, figures or quotes per story (faster)");
  cmd->add_flag("--timings", options.timings,
                "Print each stage's wall and CPU seconds on stderr (read and extract, group, analyse, render)");
  cmd->add_flag("--explain", options.explain,
                "Show why each item joined its story: the deciding layer and the shared evidence");
  cmd->add_flag("--stream", options.job.stream,
                "Group with the streaming engine, one item at a time in input order");
  cmd->add_option("--state", options.job.state_path,
                  "Engine state file: continue its stories, save them after (implies --stream)");
  cmd->add_option("--window-hours", options.job.window_hours,
                  "Streaming: a story quiet this long takes no new item")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--db", options.db, "Show the stories of this store instead of reading pages");
  add_filter_options(cmd, options.stored.filters);
  cmd->add_option("--order", options.order, "With --db: newest or largest first")
      ->check(CLI::IsMember({"newest", "largest"}));
}

namespace {

// The summary line after a run that lost inputs or skipped records.
void print_summary(const StoriesOptions& options, const ingest::SourceCounts& counts, size_t unusable) {
  if (options.quiet || (unusable == 0 && counts.skipped == 0)) return;
  std::fprintf(stderr, "newsdesk: %llu documents read, %zu could not be used, %llu records skipped\n",
               static_cast<unsigned long long>(counts.documents), unusable,
               static_cast<unsigned long long>(counts.skipped));
}

void print_timings(const std::vector<core::StageTime>& stages) {
  for (const auto& s : stages) {
    std::fprintf(stderr, "newsdesk: timing: %-18s %8.3f s wall %8.3f s CPU\n", s.stage.c_str(), s.wall_seconds,
                 s.cpu_seconds);
  }
}

// `--format jsonl`: each story as one line when its window closes, so that
// memory stays bounded on an endless input; dropped blocks and unusable inputs
// get lines of their own ({"dropped": ...}, {"error": ...}).
int run_story_lines(const StoriesOptions& options, pipeline::StoriesOptions job) {
  job.stream = true;
  pipeline::StorySink sink;
  std::string line;
  core::JsonWriter w(line);
  auto write_line = [&] {
    line += '\n';
    std::cout << line;
    line.clear();
  };
  sink.story = [&](pipeline::StreamedStory& s) {
    write_story_json(w, s.items, s.story, s.analysis ? &*s.analysis : nullptr, options.explain);
    write_line();
  };
  sink.dropped = [&](const core::DroppedBlock& d) {
    w.begin_object().key("dropped");
    write_dropped_json(w, d);
    w.end_object();
    write_line();
  };
  sink.error = [&](const core::Diagnostic& d) {
    std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(d).c_str());
    w.begin_object().key("error");
    write_error_json(w, d);
    w.end_object();
    write_line();
  };
  pipeline::StreamSummary summary = pipeline::run_stories_streamed(options.paths, job, sink);
  std::cout.flush();
  print_summary(options, summary.counts, summary.errors);
  if (options.timings) print_timings(summary.stages);
  return summary.errors == 0 ? 0 : 1;
}

}  // namespace

int run_stories_command(const StoriesOptions& options) {
  if (!options.db.empty()) {
    if (!options.paths.empty()) {
      std::fprintf(stderr, "newsdesk: stories: give pages or --db, not both\n");
      return 2;
    }
    return run_stored_stories(options);
  }
  if (options.paths.empty()) {
    std::fprintf(stderr, "newsdesk: stories: no pages given (or --db FILE)\n");
    return 2;
  }
  pipeline::StoriesOptions job = options.job;
  job.progress = ::isatty(STDERR_FILENO) != 0 && !options.quiet;
  if (options.format == "jsonl") return run_story_lines(options, job);
  pipeline::StoriesResult result = pipeline::run_stories(options.paths, job);
  for (const auto& d : result.diagnostics) {
    std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(d).c_str());
  }
  print_summary(options, result.counts, result.diagnostics.size());
  core::StageTimer render_timer;
  bool terminal = ::isatty(STDOUT_FILENO) != 0;
  std::string format = options.format.empty() ? (terminal ? "text" : "json") : options.format;
  if (format == "json") {
    write_stories_json(std::cout, result, options.explain);
  } else {
    std::cout << stories_to_text(result, terminal, options.explain);
  }
  std::cout.flush();
  if (options.timings) {
    render_timer.lap("render " + format, result.stages);
    print_timings(result.stages);
  }
  return result.diagnostics.empty() ? 0 : 1;
}

}  // namespace newsdesk::cli
