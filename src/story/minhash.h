// MinHash signatures over word shingles, and their LSH bands: the near-duplicate
// layer's way to find syndicated copies among millions without comparing pairs.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsdesk::story {

inline constexpr int kMinHashSize = 32;    // permutations per signature
inline constexpr int kShingleWords = 3;    // words per shingle
inline constexpr int kBands = 16;          // LSH bands of kMinHashSize / kBands rows (2)

using MinHash = std::array<uint32_t, kMinHashSize>;

// Signature of `match_key` (folded words joined by single spaces). A text shorter
// than one shingle is hashed whole.
MinHash minhash(std::string_view match_key);

// Share of equal positions: an estimate of the two texts' shingle Jaccard.
double estimated_jaccard(const MinHash& a, const MinHash& b);

// One hash per band; two signatures sharing any band are candidates.
std::array<uint64_t, kBands> lsh_bands(const MinHash& signature);

}  // namespace newsdesk::story
