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
  // Sort the shorter side only: a headline is often scored against a whole
  // article, whose words are then scanned once, not sorted for every pair.
  std::vector<std::string_view> a = sorted_words(key_a.size() <= key_b.size() ? key_a : key_b);
  std::string_view longer = key_a.size() <= key_b.size() ? key_b : key_a;
  if (a.empty() || longer.empty()) return 0.0;
  // Counted as multisets: "the ... the" matches two "the"s at most twice.
  std::vector<uint32_t> left(a.size(), 1);  // of each distinct word (at its first place), matches still open
  for (size_t i = 1; i < a.size(); ++i) {
    if (a[i] == a[i - 1]) {
      size_t first = i - 1;
      while (first > 0 && a[first - 1] == a[i]) --first;
      ++left[first];
      left[i] = 0;
    }
  }
  size_t shared = 0, longer_words = 0;
  std::vector<std::string_view> longer_figures;
  size_t start = 0;
  while (start < longer.size()) {
    size_t end = longer.find(' ', start);
    if (end == std::string_view::npos) end = longer.size();
    if (end > start) {
      std::string_view w = longer.substr(start, end - start);
      ++longer_words;
      if (is_figure(w)) longer_figures.push_back(w);
      auto it = std::lower_bound(a.begin(), a.end(), w);
      if (it != a.end() && *it == w && left[it - a.begin()] > 0) {
        --left[it - a.begin()];
        ++shared;
      }
    }
    start = end + 1;
  }
  std::sort(longer_figures.begin(), longer_figures.end());
  longer_figures.erase(std::unique(longer_figures.begin(), longer_figures.end()), longer_figures.end());
  double overlap = static_cast<double>(shared) / static_cast<double>(std::max(a.size(), longer_words));
  return figures(a) != longer_figures ? 0.8 * overlap : overlap;
}

}  // namespace newsdesk::story
