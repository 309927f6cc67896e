#pragma once
// BLAKE2b (RFC 7693), unkeyed, with a 256-bit digest: the hash that tells whether a cached
// parse of a deck still matches the file, and whether a cache file is intact.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace genai_quiz {

/// A 256-bit digest.
using Digest256 = std::array<std::uint8_t, 32>;

/// BLAKE2b-256 of `data` (the value `b2sum -l 256` prints).
Digest256 blake2b_256(std::string_view data);

/// `digest` as lowercase hexadecimal.
std::string to_hex(const Digest256& digest);

}  // namespace genai_quiz
