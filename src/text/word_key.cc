#include "text/word_key.h"

#include <unordered_map>

#include "text/normalize.h"
#include "text/stemmer.h"

namespace newsdesk::text {
namespace {

// News text repeats its words (a few thousand make most of any article), and a
// key costs two Unicode passes and a Snowball run: each thread keeps the keys
// it made. Emptied when full, which bounds it at about 10 MB a thread.
constexpr size_t kCachedKeys = 1 << 16;

}  // namespace

std::string word_key(std::string_view language, std::string_view word) {
  thread_local std::unordered_map<std::string, std::string> cache;
  thread_local std::string probe;
  probe.assign(language);
  probe.push_back('\t');
  probe.append(word);
  auto it = cache.find(probe);
  if (it != cache.end()) return it->second;
  if (cache.size() >= kCachedKeys) cache.clear();
  std::string key = strip_marks(stem(language, fold_case(word)));
  cache.emplace(probe, key);
  return key;
}

}  // namespace newsdesk::text
