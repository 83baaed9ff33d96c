#include "text/translations.h"

#include <algorithm>
#include <map>
#include <mutex>

extern "C" const char newsdesk_blob_bilingual_keyed[];
extern "C" const char newsdesk_blob_bilingual_keyed_end[];

namespace newsdesk::text {
namespace {

// One language's lines of the embedded table, keyed and sorted at build time
// by newsdesk-key-bilingual ("it\tgovern\tadministr|govern"): each line is
// found by binary search, so a language costs one pass to find its lines.
struct Section {
  std::vector<std::string_view> lines;  // "key\tenglish|english...", sorted by key
};

Section section_of(std::string_view language) {
  std::string_view blob(newsdesk_blob_bilingual_keyed,
                        newsdesk_blob_bilingual_keyed_end - newsdesk_blob_bilingual_keyed);
  std::string prefix = std::string(language) + "\t";
  Section out;
  size_t pos = blob.substr(0, prefix.size()) == prefix ? 0 : blob.find("\n" + prefix);
  if (pos == std::string_view::npos) return out;
  if (pos > 0 || blob[0] == '\n') ++pos;
  while (pos < blob.size()) {
    size_t end = blob.find('\n', pos);
    if (end == std::string_view::npos) end = blob.size();
    std::string_view line = blob.substr(pos, end - pos);
    if (line.substr(0, prefix.size()) != prefix) break;  // the next language
    out.lines.push_back(line.substr(prefix.size()));
    pos = end + 1;
  }
  return out;
}

const Section& section(std::string_view language) {
  static std::mutex mutex;
  static auto& sections = *new std::map<std::string, Section, std::less<>>;  // never destroyed: no work at exit
  std::lock_guard<std::mutex> lock(mutex);
  auto it = sections.find(language);
  if (it == sections.end()) it = sections.emplace(std::string(language), section_of(language)).first;
  return it->second;  // never erased or moved: std::map nodes are stable
}

std::string_view key_of(std::string_view line) { return line.substr(0, line.find('\t')); }

}  // namespace

std::vector<std::string> english_keys(std::string_view language, std::string_view key) {
  std::vector<std::string> out;
  if (language.empty() || key.empty()) return out;
  const Section& s = section(language);
  auto it = std::lower_bound(s.lines.begin(), s.lines.end(), key,
                             [](std::string_view line, std::string_view k) { return key_of(line) < k; });
  if (it == s.lines.end() || key_of(*it) != key) return out;
  std::string_view rest = it->substr(key.size() + 1);
  while (!rest.empty()) {
    size_t bar = rest.find('|');
    out.emplace_back(rest.substr(0, bar));
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  return out;
}

}  // namespace newsdesk::text
