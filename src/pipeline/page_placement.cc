#include "pipeline/page_placement.h"

#include "story/item_features.h"
#include "story/teasers.h"

namespace newsdesk::pipeline {

PagePlacement place_page(story::StoryEngine& engine, std::vector<core::Item>& items, int64_t time,
                         std::vector<story::ItemFeatures> features) {
  PagePlacement out;
  out.seq.assign(items.size(), 0);
  out.of_seq.assign(items.size(), 0);
  out.decided_of.assign(items.size(), 0);
  out.of_page_item.assign(items.size(), -1);
  if (features.size() != items.size()) features = story::describe_items(items);
  engine.expire(time);
  std::vector<int> truncated_of = story::find_truncations(items, features);
  std::vector<size_t> order;
  for (size_t k = 0; k < items.size(); ++k) if (truncated_of[k] < 0) order.push_back(k);
  for (size_t k = 0; k < items.size(); ++k) if (truncated_of[k] >= 0) order.push_back(k);
  for (size_t k : order) {
    core::Item& item = items[k];
    story::Decision d;
    out.seq[k] = engine.add(item, std::move(features[k]), time, &d);
    item.relation = d.relation;
    item.score = d.score;
    item.layer = d.layer;
    item.evidence = d.evidence;
    if (d.relation == core::Relation::kTruncated) item.kind = core::ItemKind::kTeaser;
    out.of_seq[k] = out.decided_of[k] = d.of_doc;
    // The page shows what a short teaser cuts short, where the stream's
    // lead index needs more words.
    int target = truncated_of[k];
    if (target >= 0 && d.relation != core::Relation::kTruncated && d.relation != core::Relation::kExactDuplicate &&
        d.story_id == engine.story_id_of(out.seq[target])) {
      item.kind = core::ItemKind::kTeaser;
      item.relation = core::Relation::kTruncated;
      out.of_seq[k] = out.seq[target];
      out.of_page_item[k] = target;
      item.score = 1.0;
      item.layer = "truncated";
    }
  }
  return out;
}

}  // namespace newsdesk::pipeline
