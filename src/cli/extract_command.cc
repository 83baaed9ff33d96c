#include "cli/extract_command.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "core/diagnostic.h"
#include "extract/extract.h"
#include "extract/render.h"
#include "ingest/document_source.h"

namespace newsdesk::cli {

void add_extract_command(CLI::App& app, ExtractCommandOptions& options) {
  CLI::App* cmd = app.add_subcommand("extract", "Extract the article of HTML pages");
  cmd->add_option("paths", options.paths, "Pages, folders, WARC files ('-' for stdin)")->required();
  cmd->add_option("--format", options.format, "text, json or jsonl (default: text on a terminal, else jsonl)")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  cmd->add_option("--max-bytes", options.max_bytes, "Refuse pages larger than this")
      ->check(CLI::PositiveNumber);
}

int run_extract_command(const ExtractCommandOptions& options) {
  std::string format = options.format;
  if (format.empty()) format = ::isatty(STDOUT_FILENO) ? "text" : "jsonl";
  extract::ExtractOptions eo;
  eo.max_bytes = options.max_bytes;
  ingest::SourceOptions so;
  so.max_doc_bytes = options.max_bytes;
  auto source = ingest::open_sources(options.paths, so);
  int failed = 0, written = 0;
  if (format == "json") std::cout << "[";
  while (auto next = source->next()) {
    if (!next->ok()) {
      std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(next->error()).c_str());
      ++failed;
      continue;
    }
    auto article = extract::extract_article(next->value(), eo);
    if (!article) {
      std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(article.error()).c_str());
      ++failed;
      continue;
    }
    const std::string& path = next->value().source;
    if (format == "text") {
      std::cout << (written ? "\n" : "") << "== " << path << "\n" << extract::article_to_text(*article);
    } else if (format == "json") {
      std::cout << (written ? ",\n" : "\n") << extract::article_to_json(*article, path);
    } else {
      std::cout << extract::article_to_json(*article, path) << '\n';
    }
    ++written;
  }
  if (format == "json") std::cout << "\n]\n";
  std::cout.flush();
  return failed == 0 ? 0 : 1;
}

}  // namespace newsdesk::cli
