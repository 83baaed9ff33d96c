#include "story/minhash.h"

#include <xxhash.h>

#include <limits>

namespace newsdesk::story {
namespace {

// Permutation i of a 64-bit shingle hash: multiply-shift with odd constants
// derived from i, cheap and independent enough for MinHash.
uint32_t permute(uint64_t h, int i) {
  uint64_t a = 0x9E3779B97F4A7C15ull * static_cast<uint64_t>(2 * i + 1);
  uint64_t b = 0xC2B2AE3D27D4EB4Full ^ (static_cast<uint64_t>(i) << 32);
  return static_cast<uint32_t>((h * a + b) >> 32);
}

}  // namespace

MinHash minhash(std::string_view key) {
  MinHash sig;
  sig.fill(std::numeric_limits<uint32_t>::max());
  std::vector<size_t> starts;  // byte offset of each word
  for (size_t i = 0; i < key.size(); ++i) {
    if (i == 0 || key[i - 1] == ' ') starts.push_back(i);
  }
  auto add = [&](std::string_view shingle) {
    uint64_t h = XXH3_64bits(shingle.data(), shingle.size());
    for (int p = 0; p < kMinHashSize; ++p) {
      uint32_t v = permute(h, p);
      if (v < sig[p]) sig[p] = v;
    }
  };
  if (starts.size() < static_cast<size_t>(kShingleWords)) {
    add(key);
    return sig;
  }
  for (size_t w = 0; w + kShingleWords <= starts.size(); ++w) {
    size_t end = w + kShingleWords < starts.size() ? starts[w + kShingleWords] - 1 : key.size();
    add(key.substr(starts[w], end - starts[w]));
  }
  return sig;
}

double estimated_jaccard(const MinHash& a, const MinHash& b) {
  int equal = 0;
  for (int i = 0; i < kMinHashSize; ++i) equal += a[i] == b[i] ? 1 : 0;
  return static_cast<double>(equal) / kMinHashSize;
}

std::array<uint64_t, kBands> lsh_bands(const MinHash& signature) {
  constexpr int kRows = kMinHashSize / kBands;
  std::array<uint64_t, kBands> bands;
  for (int b = 0; b < kBands; ++b) {
    // The band number is hashed in, so equal rows in different bands differ.
    uint32_t rows[kRows + 1];
    rows[0] = static_cast<uint32_t>(b);
    for (int r = 0; r < kRows; ++r) rows[r + 1] = signature[b * kRows + r];
    bands[b] = XXH3_64bits(rows, sizeof rows);
  }
  return bands;
}

}  // namespace newsdesk::story
