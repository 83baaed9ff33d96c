// Story: one event, with every item that reports it, and the blocks of a page
// that were set aside as not news.
#pragma once

#include <string>
#include <vector>

namespace newsdesk::core {

struct Story {
  std::string id;        // derived from content, stable across runs and thread counts
  std::string title;     // the canonical headline
  std::string language;  // the most common language among its items
  std::vector<std::string> languages;
  std::vector<int> items;  // indices into the batch's items, in input order
};

struct DroppedBlock {
  int source_index = 0;
  std::string path;
  int line = 0;
  std::string text;
  std::string reason;  // "boilerplate", "navigation", ...
  std::string rule;    // what matched, e.g. "lexicon:it:read_also"
};

}  // namespace newsdesk::core
