// FlatMultiMap: an open-addressing hash multimap from 64-bit keys to 64-bit
// values, 16 bytes an entry. The engine's dedup indexes hold millions of
// entries; node-based maps would cost four times the memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsdesk::story {

class FlatMultiMap {
 public:
  void insert(uint64_t key, uint64_t value);
  void erase(uint64_t key, uint64_t value);  // one matching entry, if any

  template <typename Fn>
  void for_each(uint64_t key, Fn&& fn) const {  // fn(value) for every entry of key
    if (slots_.empty()) return;
    size_t mask = slots_.size() - 1;
    for (size_t i = slot_of(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.state == kEmpty) return;
      if (s.state == kFull && s.key == key) fn(s.value);
    }
  }

  size_t size() const { return size_; }
  size_t bytes() const { return slots_.capacity() * sizeof(Slot); }

 private:
  enum State : uint8_t { kEmpty = 0, kFull = 1, kDeleted = 2 };
  struct Slot {
    uint64_t key = 0;
    uint64_t value : 62 = 0;
    uint64_t state : 2 = kEmpty;
  };
  static size_t slot_of(uint64_t key) { return static_cast<size_t>(key * 0x9E3779B97F4A7C15ull >> 7); }
  void grow();

  std::vector<Slot> slots_;
  size_t size_ = 0;
  size_t used_ = 0;  // full and deleted slots: what lengthens probes
};

}  // namespace newsdesk::story
