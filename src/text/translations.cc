#include "text/translations.h"

#include <map>
#include <mutex>
#include <unordered_map>

extern "C" const char newsdesk_blob_bilingual_keyed[];
extern "C" const char newsdesk_blob_bilingual_keyed_end[];

namespace newsdesk::text {
namespace {

using KeyTable = std::unordered_map<std::string, std::vector<std::string>>;

// One language's lines of the embedded table, keyed at build time by
// newsdesk-key-bilingual ("it\tgovern\tadministr|govern"): the lines of a
// language are contiguous, so only its own are read.
KeyTable build(std::string_view language) {
  std::string_view blob(newsdesk_blob_bilingual_keyed,
                        newsdesk_blob_bilingual_keyed_end - newsdesk_blob_bilingual_keyed);
  std::string prefix = std::string(language) + "\t";
  KeyTable out;
  size_t pos = blob.find("\n" + prefix);
  pos = blob.substr(0, prefix.size()) == prefix ? 0 : pos == std::string_view::npos ? blob.size() : pos + 1;
  while (pos < blob.size()) {
    size_t end = blob.find('\n', pos);
    if (end == std::string_view::npos) end = blob.size();
    std::string_view line = blob.substr(pos, end - pos);
    pos = end + 1;
    if (line.substr(0, prefix.size()) != prefix) break;  // the next language
    line.remove_prefix(prefix.size());
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::vector<std::string>& keys = out[std::string(line.substr(0, tab))];
    std::string_view rest = line.substr(tab + 1);
    while (!rest.empty()) {
      size_t bar = rest.find('|');
      keys.emplace_back(rest.substr(0, bar));
      if (bar == std::string_view::npos) break;
      rest.remove_prefix(bar + 1);
    }
  }
  return out;
}

}  // namespace

const std::vector<std::string>& english_keys(std::string_view language, std::string_view key) {
  static const std::vector<std::string> kNone;
  if (language.empty() || language == "en") return kNone;
  static std::mutex mutex;
  static auto& tables = *new std::map<std::string, KeyTable, std::less<>>;  // never destroyed: no work at exit
  const KeyTable* table;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = tables.find(language);
    if (it == tables.end()) it = tables.emplace(std::string(language), build(language)).first;
    table = &it->second;  // never erased or moved: std::map nodes are stable
  }
  auto found = table->find(std::string(key));
  return found == table->end() ? kNone : found->second;
}

}  // namespace newsdesk::text
