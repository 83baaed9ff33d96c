#include "story/flat_multimap.h"

namespace newsdesk::story {

void FlatMultiMap::insert(uint64_t key, uint64_t value) {
  if ((used_ + 1) * 2 > slots_.size()) grow();
  size_t mask = slots_.size() - 1;
  for (size_t i = slot_of(key) & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.state != kFull) {
      if (s.state == kEmpty) ++used_;
      s = Slot{key, value, kFull};
      ++size_;
      return;
    }
  }
}

void FlatMultiMap::erase(uint64_t key, uint64_t value) {
  if (slots_.empty()) return;
  size_t mask = slots_.size() - 1;
  for (size_t i = slot_of(key) & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.state == kEmpty) return;
    if (s.state == kFull && s.key == key && s.value == value) {
      s.state = kDeleted;
      --size_;
      return;
    }
  }
}

// Doubles when live entries fill a quarter of the table, else rebuilds in
// place of the tombstones; keeps probes short either way.
void FlatMultiMap::grow() {
  size_t capacity = slots_.empty() ? 16 : slots_.size();
  if ((size_ + 1) * 4 > capacity) capacity *= 2;
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(capacity, Slot{});
  size_ = used_ = 0;
  for (const Slot& s : old) {
    if (s.state == kFull) insert(s.key, s.value);
  }
}

}  // namespace newsdesk::story
