// Reads a plain-text page as a person would: which blocks are furniture, which
// are headlines (or teasers cut short), and which form an article — a title
// followed by paragraphs of running text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/item.h"
#include "core/story.h"

namespace newsdesk::story {

struct PageItems {
  std::vector<core::Item> items;
  std::vector<core::DroppedBlock> dropped;
};

// `language` is the page's language, used for items too short to identify alone.
PageItems read_page_items(std::string_view page, int source_index, const std::string& path);

}  // namespace newsdesk::story
