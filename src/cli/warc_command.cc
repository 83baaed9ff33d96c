#include "cli/warc_command.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "ingest/progress.h"
#include "ingest/warc_writer.h"

namespace newsdesk::cli {

void add_warc_command(CLI::App& app, WarcOptions& options) {
  CLI::App* warc = app.add_subcommand("warc", "Work with WARC archives");
  warc->require_subcommand(1);
  CLI::App* pack = warc->add_subcommand("pack", "Pack pages, feeds and JSON lines into a WARC file (gzip per record)");
  pack->add_option("inputs", options.inputs, "Folders and files to pack ('-' for stdin)")->required();
  pack->add_option("-o,--output", options.output, "The archive to write, e.g. pages.warc.gz ('-' for stdout)")
      ->required();
  pack->add_option("--url-prefix", options.url_prefix,
                   "Target URI of a page that has none: this prefix + its path in the folder")
      ->capture_default_str();
  pack->add_flag("-q,--quiet", options.quiet, "No progress line on stderr");
}

int run_warc_command(const WarcOptions& options) {
  auto created = ingest::WarcWriter::create(options.output);
  if (!created) {
    std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(created.error()).c_str());
    return 1;
  }
  ingest::WarcWriter& writer = **created;
  writer.write_warcinfo(std::filesystem::path(options.output).filename().string(), "packed by newsdesk warc pack");

  bool show = !options.quiet && ::isatty(STDERR_FILENO) != 0;
  ingest::ProgressMeter meter(stderr, show, ingest::total_input_bytes(options.inputs));
  ingest::PackOptions pack;
  pack.url_prefix = options.url_prefix;
  pack.output = options.output == "-" ? "" : options.output;
  ingest::SourceCounts last;
  ingest::PackResult result = ingest::pack_warc(options.inputs, writer, pack, [&](const ingest::SourceCounts& c) {
    last = c;
    meter.update(c);
  });
  meter.finish(last);
  for (const auto& d : result.diagnostics) {
    std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(d).c_str());
  }
  bool written = writer.finish();
  if (!written) {
    std::fprintf(stderr, "newsdesk: %s: %s\n", options.output.c_str(), writer.error().c_str());
    return 1;
  }
  if (!options.quiet) {
    std::fprintf(stderr, "newsdesk: packed %llu records into %s (%.1f MB), %zu skipped\n",
                 static_cast<unsigned long long>(result.records), options.output.c_str(),
                 static_cast<double>(writer.bytes_written()) / 1e6, result.diagnostics.size());
  }
  return result.diagnostics.empty() ? 0 : 1;
}

}  // namespace newsdesk::cli
