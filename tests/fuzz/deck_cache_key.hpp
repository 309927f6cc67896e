#pragma once
// The cache key the parsed-deck cache target and its seed writer share: the fuzzer's input is a
// cache file's body made for this key, and the target appends the checksum, so that mutations
// reach the decoder behind the checksum instead of stopping at it.

#include <string>
#include <string_view>

#include "deck/blake2b.hpp"
#include "deck/deck_cache_format.hpp"

namespace genai_quiz::fuzz {

inline DeckCacheKey deck_cache_key() { return {"fuzz-loader", blake2b_256("fuzz deck"), "fuzz.yaml"}; }

/// `body` followed by its BLAKE2b-256 checksum, as a cache file ends.
inline std::string with_checksum(std::string_view body) {
  const Digest256 sum = blake2b_256(body);
  return std::string(body) + std::string(reinterpret_cast<const char*>(sum.data()), sum.size());
}

}  // namespace genai_quiz::fuzz
