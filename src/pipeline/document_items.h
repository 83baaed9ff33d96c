// Reading one input document: what items it holds (a feed item or JSON line,
// an HTML article or listing, a plain-text page cut into items), or why none.
// Shared by the `stories` and `ingest` jobs; safe to call on any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/diagnostic.h"
#include "core/item.h"
#include "core/raw_doc.h"
#include "core/result.h"
#include "core/story.h"

namespace newsdesk::pipeline {

// What one input document gives: its items and dropped blocks, or why none.
// Computed on any thread; numbered in input order by the caller.
struct DocumentOutcome {
  std::optional<core::Diagnostic> error;
  std::vector<core::Item> items;
  std::vector<core::DroppedBlock> dropped;
  // When it was seen, for the story window: a news item's publication date,
  // else the record's fetch time, else now.
  int64_t time = 0;
};

DocumentOutcome read_document(core::Result<core::RawDoc>& entry);

}  // namespace newsdesk::pipeline
