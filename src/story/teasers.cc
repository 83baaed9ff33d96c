#include "story/teasers.h"

#include <algorithm>
#include <string_view>

namespace newsdesk::story {
namespace {

// Fewer words than this could begin many unrelated texts.
constexpr int kMinTeaserWords = 4;

int count_words(std::string_view key) {
  return key.empty() ? 0 : 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

}  // namespace

std::vector<int> find_truncations(const std::vector<core::Item>& items,
                                  const std::vector<ItemFeatures>& features) {
  std::vector<int> target(items.size(), -1);
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].ends_with_ellipsis || items[i].kind == core::ItemKind::kArticle) continue;
    std::string_view key = features[i].match_key;
    if (count_words(key) < kMinTeaserWords) continue;
    for (size_t j = 0; j < items.size() && target[i] < 0; ++j) {
      if (j == i) continue;
      for (const auto& candidate : features[j].prefix_targets) {
        // The teaser may stop mid-word: a plain prefix of the fuller text, longer than it.
        if (candidate.size() > key.size() && candidate.compare(0, key.size(), key) == 0) {
          target[i] = static_cast<int>(j);
          break;
        }
      }
    }
  }
  return target;
}

}  // namespace newsdesk::story
