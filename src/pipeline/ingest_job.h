// The `ingest` job: read inputs, find their items, let the story engine place
// each one (continuing the stories already stored), analyse the stories that
// changed, and commit it all to the store. A document counts as stored only
// once its transaction has committed; the same bytes ingested again add nothing.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/raw_doc.h"
#include "store/store.h"

namespace newsdesk::pipeline {

struct IngestOptions {
  int64_t window_hours = 72;  // a story quiet this long takes no new item
  bool progress = false;
  int threads = 0;            // 0: one per core
  int batch_documents = 256;  // documents per transaction
  // Items whose analyses are kept for stories that grow; an item no longer
  // kept is analysed again from its stored text. Bounds memory, not results.
  int analyses_kept = 4096;
  // Called after each committed transaction with the documents it stored:
  // "hash<TAB>source" each. What it lists survives any crash that follows.
  std::function<void(const std::vector<std::string>& stored)> on_commit;
};

struct IngestReport {
  int documents_added = 0;
  int documents_already_stored = 0;  // same content hash as a stored document
  int items_added = 0;
  std::vector<std::string> story_ids;  // stories the added documents joined, in input order, each once
  std::vector<core::Diagnostic> diagnostics;  // inputs or records that could not be used
};

// Inputs named by path (files, folders, WARC, feeds, JSON lines, "-" for stdin).
IngestReport ingest_paths(store::Store& store, const std::vector<std::string>& paths,
                          const IngestOptions& options = {});

// Documents already in memory (the HTTP API's POST /api/documents).
IngestReport ingest_documents(store::Store& store, const std::vector<core::RawDoc>& docs,
                              const IngestOptions& options = {});

// Batch after batch into one store, each committed before ingest() returns (a
// worker's loop). Unlike ingest_documents, the story engine stays loaded
// between batches: when another writer saved since, it reads only the rows
// that writer changed, so a worker parses the state once, not once per batch. After an
// exception nothing of that call is kept; the session can go on.
class IngestSession {
 public:
  IngestSession(store::Store& store, const IngestOptions& options = {});
  ~IngestSession();
  IngestSession(const IngestSession&) = delete;
  IngestSession& operator=(const IngestSession&) = delete;

  IngestReport ingest(const std::vector<core::RawDoc>& docs);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace newsdesk::pipeline
