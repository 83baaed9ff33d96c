#include "core/item.h"

namespace newsdesk::core {

std::string item_text(const Item& item) {
  if (item.body.empty()) return item.title;
  if (item.title.empty()) return item.body;
  return item.title + "\n\n" + item.body;
}

std::string_view to_string(ItemKind kind) {
  switch (kind) {
    case ItemKind::kHeadline: return "headline";
    case ItemKind::kTeaser: return "teaser";
    case ItemKind::kArticle: return "article";
  }
  return "headline";
}

std::string_view to_string(Relation relation) {
  switch (relation) {
    case Relation::kOriginal: return "original";
    case Relation::kExactDuplicate: return "exact_duplicate";
    case Relation::kTruncated: return "truncated";
    case Relation::kNearDuplicate: return "near_duplicate";
    case Relation::kParaphrase: return "paraphrase";
    case Relation::kSameEvent: return "same_event";
  }
  return "original";
}

}  // namespace newsdesk::core
