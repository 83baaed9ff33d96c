#include "story/wording.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace newsdesk::story {
namespace {

std::vector<std::string_view> sorted_words(std::string_view key) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) words.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  std::sort(words.begin(), words.end());
  return words;
}

bool is_figure(std::string_view word) { return !word.empty() && word[0] >= '0' && word[0] <= '9'; }

// The distinct figures of sorted words, in order.
std::vector<std::string_view> figures(const std::vector<std::string_view>& words) {
  std::vector<std::string_view> out;
  for (std::string_view w : words) {
    if (is_figure(w) && (out.empty() || out.back() != w)) out.push_back(w);
  }
  return out;
}

}  // namespace

double wording_overlap(std::string_view key_a, std::string_view key_b) {
  std::vector<std::string_view> a = sorted_words(key_a), b = sorted_words(key_b);
  if (a.empty() || b.empty()) return 0.0;
  // Counted as multisets: "the ... the" matches two "the"s at most twice.
  size_t shared = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  double overlap = static_cast<double>(shared) / static_cast<double>(std::max(a.size(), b.size()));
  return figures(a) != figures(b) ? 0.8 * overlap : overlap;
}

}  // namespace newsdesk::story
