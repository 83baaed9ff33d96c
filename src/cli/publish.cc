#include "cli/publish.h"

#include <cstdio>

#include "ingest/document_source.h"
#include "queue/nats_url.h"
#include "queue/publisher.h"

namespace newsdesk::cli {

int run_publish(const std::string& url, const std::vector<std::string>& paths, bool quiet) {
  std::string why;
  auto parsed = queue::parse_nats_url(url, &why);
  if (!parsed) {
    std::fprintf(stderr, "newsdesk: %s: %s\n", url.c_str(), why.c_str());
    return 2;
  }
  std::vector<core::Diagnostic> skipped;
  queue::PublishCounts counts;
  try {
    queue::JetStream jetstream(*parsed);
    queue::Publisher publisher(jetstream);
    auto source = ingest::open_sources(paths);
    while (auto entry = source->next()) {
      if (entry->ok()) {
        publisher.publish(entry->value());
      } else {
        skipped.push_back(entry->error());
      }
    }
    counts = publisher.finish();
  } catch (const queue::QueueError& e) {
    std::fprintf(stderr, "newsdesk: %s\n", e.what());
    return 3;
  }
  for (const auto& d : skipped) std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(d).c_str());
  for (const auto& d : counts.failures) std::fprintf(stderr, "newsdesk: %s\n", core::format_diagnostic(d).c_str());
  if (!quiet) {
    std::fprintf(stderr,
                 "newsdesk: %llu documents published to %s, %llu duplicates (already in the stream), "
                 "%zu inputs skipped, %zu not published\n",
                 static_cast<unsigned long long>(counts.published), url.c_str(),
                 static_cast<unsigned long long>(counts.duplicates), skipped.size(), counts.failures.size());
  }
  if (!counts.failures.empty()) return 3;
  return skipped.empty() ? 0 : 1;
}

}  // namespace newsdesk::cli
