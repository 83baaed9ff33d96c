#include "story/flat_multimap.h"

namespace newsdesk::story {

void FlatMultiMap::insert(uint64_t key, uint64_t value) {
  if ((used_ + 1) * 4 > slots_.size() * 3) grow();
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

// Called at three quarters full (live and deleted slots): doubles when live
// entries fill half the table, else rebuilds without the tombstones.
void FlatMultiMap::grow() {
  size_t capacity = slots_.empty() ? 16 : slots_.size();
  if ((size_ + 1) * 2 > capacity) capacity *= 2;
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(capacity, Slot{});
  size_ = used_ = 0;
  for (const Slot& s : old) {
    if (s.state == kFull) insert(s.key, s.value);
  }
}

}  // namespace newsdesk::story
