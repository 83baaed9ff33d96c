#include "text/translations.h"

#include <algorithm>
#include <optional>
#include <string>

extern "C" const char newsdesk_blob_bilingual_keyed[];
extern "C" const char newsdesk_blob_bilingual_keyed_end[];

namespace newsdesk::text {
namespace {

// The embedded table, keyed and sorted at build time by newsdesk-key-bilingual:
// lines "it\tgovern\tadministr|govern", in byte order of "language\tkey". A
// lookup bisects the bytes themselves, as look(1) does a sorted file, so no
// index of its million lines is built at start-up.
std::string_view table() {
  return std::string_view(newsdesk_blob_bilingual_keyed,
                          static_cast<size_t>(newsdesk_blob_bilingual_keyed_end - newsdesk_blob_bilingual_keyed));
}

size_t line_end(std::string_view t, size_t start) {
  size_t newline = t.find('\n', start);
  return newline == std::string_view::npos ? t.size() : newline;
}

// "language\tkey" of the line starting at `start`: up to its second tab.
std::string_view head_of(std::string_view t, size_t start) {
  std::string_view line = t.substr(start, line_end(t, start) - start);
  size_t first = line.find('\t');
  return first == std::string_view::npos ? line : line.substr(0, line.find('\t', first + 1));
}

// The English part of the line "language\tkey\t..." whose head is `target`,
// or nullopt.
std::optional<std::string_view> english_of(std::string_view target) {
  std::string_view t = table();
  // Lines starting before lo sort before target; lines starting at hi or
  // after sort at or after it. Both are line starts (or the end).
  size_t lo = 0, hi = t.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    size_t newline = t.find('\n', mid);
    if (newline == std::string_view::npos || newline + 1 >= hi) break;  // no line starts in (mid, hi)
    size_t start = newline + 1;
    if (head_of(t, start) < target) {
      lo = start;
    } else {
      hi = start;
    }
  }
  // A few lines are left between lo and hi: read them in order.
  for (size_t start = lo; start < t.size(); start = line_end(t, start) + 1) {
    std::string_view head = head_of(t, start);
    if (head == target) {
      size_t from = std::min(start + head.size() + 1, line_end(t, start));
      return t.substr(from, line_end(t, start) - from);
    }
    if (head > target) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> english_keys(std::string_view language, std::string_view key) {
  std::vector<std::string> out;
  if (language.empty() || key.empty()) return out;
  std::string target;
  target.reserve(language.size() + 1 + key.size());
  target.append(language).push_back('\t');
  target.append(key);
  std::optional<std::string_view> english = english_of(target);
  if (!english) return out;
  std::string_view rest = *english;
  while (!rest.empty()) {
    size_t bar = rest.find('|');
    out.emplace_back(rest.substr(0, bar));
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  return out;
}

}  // namespace newsdesk::text
