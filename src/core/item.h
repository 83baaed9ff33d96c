// Item: one unit of news found in a document — a headline, a teaser, or an
// article — and, once grouped, how it relates to the rest of its story.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::core {

enum class ItemKind { kHeadline, kTeaser, kArticle };

// How an item joined its story. kOriginal opens a story; the others name the
// earlier item (of_line) they repeat, cut short, reword, or report on.
enum class Relation {
  kOriginal, kExactDuplicate, kTruncated, kNearDuplicate, kParaphrase, kSameEvent
};

struct Item {
  ItemKind kind = ItemKind::kHeadline;
  int source_index = 0;  // which input, in the order given
  std::string path;      // the input's name as given
  int line = 0;          // 1-based, inclusive
  int end_line = 0;
  std::string title;     // the headline, or the article's title line
  std::string body;      // an article's paragraphs, separated by blank lines
  std::string language;  // ISO 639-1, "" when unknown
  std::string url;        // where the item links or was fetched from, when known
  std::string published;  // YYYY-MM-DD when the source says, else ""
  bool ends_with_ellipsis = false;  // a teaser candidate: "... " or "…" at the end

  // Set by grouping.
  Relation relation = Relation::kOriginal;
  int of_item = -1;      // index of the related item in the batch
  double score = 1.0;    // similarity that decided the relation
  std::string layer;     // which test decided: exact, truncated, near_duplicate, event, new
  std::vector<std::string> evidence;  // what it shares with the related item
};

// The item's whole text: the headline, or the title and the body.
std::string item_text(const Item& item);

std::string_view to_string(ItemKind kind);
std::string_view to_string(Relation relation);

}  // namespace newsdesk::core
