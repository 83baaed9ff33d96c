// Folder walking: the files of a directory tree newsdesk can read, in a stable
// order (sorted by path, at any depth), and the source that reads them one by one.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "ingest/document_source.h"

namespace newsdesk::ingest {

struct FolderListing {
  std::vector<std::string> files;            // sorted, as dir + "/" + relative path
  std::vector<core::Diagnostic> problems;    // unreadable subfolders, FIFOs, devices
};

// Files whose names say newsdesk may read them: pages (.html .htm .xhtml .txt),
// feeds (.rss .atom .rdf .xml), JSON lines (.jsonl .ndjson .json), WARC (.warc),
// each possibly .gz. Hidden files and folders are passed over.
FolderListing list_folder(const std::string& dir);

bool is_readable_name(std::string_view file_name);

std::unique_ptr<DocumentSource> open_folder(const std::string& dir, const SourceOptions& options);

}  // namespace newsdesk::ingest
