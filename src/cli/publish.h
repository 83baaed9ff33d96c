// `newsdesk ingest --to nats://HOST:PORT/SUBJECT PATH...`: read inputs exactly
// as `ingest` does and queue each document for workers instead of storing it.
#pragma once

#include <string>
#include <vector>

namespace newsdesk::cli {

// Exit codes as `ingest`: 0 every input published (or already queued), 1 some
// inputs could not be used (the rest were published), 2 the URL is malformed,
// 3 the server could not be reached or did not confirm a document.
int run_publish(const std::string& url, const std::vector<std::string>& paths, bool quiet);

}  // namespace newsdesk::cli
