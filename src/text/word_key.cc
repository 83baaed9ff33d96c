#include "text/word_key.h"

#include <functional>
#include <vector>

#include "text/normalize.h"
#include "text/stemmer.h"

namespace newsdesk::text {
namespace {

// News text repeats its words (a few thousand make most of any article), and a
// key costs two Unicode passes and a Snowball run: each thread keeps the keys
// it made in a direct-mapped cache, one slot a word. A hash map with every key
// was slower than the stemming it saved: callers also key word pairs, which
// rarely recur, and its nodes missed the processor's caches.
constexpr size_t kSlots = 1 << 14;  // 64 bytes each (short strings stay inline): 1 MB a thread

struct Slot {
  std::string probe;  // "language\tword"
  std::string key;
};

}  // namespace

std::string word_key(std::string_view language, std::string_view word) {
  thread_local std::vector<Slot> slots(kSlots);
  thread_local std::string probe;
  probe.assign(language);
  probe.push_back('\t');
  probe.append(word);
  Slot& slot = slots[std::hash<std::string_view>{}(probe) & (kSlots - 1)];
  if (slot.probe != probe) {
    slot.key = strip_marks(stem(language, fold_case(word)));
    slot.probe = probe;
  }
  return slot.key;
}

}  // namespace newsdesk::text
