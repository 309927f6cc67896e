#include "deck/blake2b.hpp"

#include <bit>
#include <cstring>
#include <iterator>
#include <utility>

namespace genai_quiz {
namespace {

constexpr std::uint64_t kIv[8] = {0x6a09e667f3bcc908u, 0xbb67ae8584caa73bu, 0x3c6ef372fe94f82bu,
                                  0xa54ff53a5f1d36f1u, 0x510e527fade682d1u, 0x9b05688c2b3e6c1fu,
                                  0x1f83d9abfb41bd6bu, 0x5be0cd19137e2179u};

// The message word order of each round; rounds 10 and 11 repeat rounds 0 and 1.
constexpr std::uint8_t kSigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

constexpr std::size_t kBlockBytes = 128;

std::uint64_t rotr(std::uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

std::uint64_t load_le64(const unsigned char* p) {
  std::uint64_t x = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&x, p, sizeof x);
  } else {
    for (int i = 7; i >= 0; --i) x = (x << 8) | p[i];
  }
  return x;
}

[[gnu::always_inline]] inline void mix(std::uint64_t* v, int a, int b, int c, int d, std::uint64_t x, std::uint64_t y) {
  v[a] = v[a] + v[b] + x;
  v[d] = rotr(v[d] ^ v[a], 32);
  v[c] = v[c] + v[d];
  v[b] = rotr(v[b] ^ v[c], 24);
  v[a] = v[a] + v[b] + y;
  v[d] = rotr(v[d] ^ v[a], 16);
  v[c] = v[c] + v[d];
  v[b] = rotr(v[b] ^ v[c], 63);
}

// One round, with the message word order known at compile time so that the whole compression
// unrolls into straight-line code (three times faster than looking the order up).
template <std::size_t R>
[[gnu::always_inline]] inline void round(std::uint64_t* v, const std::uint64_t* m) {
  constexpr const std::uint8_t* s = kSigma[R];
  mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
  mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
  mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
  mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
  mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
  mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
  mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
  mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
}

template <std::size_t... R>
[[gnu::always_inline]] inline void all_rounds(std::uint64_t* v, const std::uint64_t* m, std::index_sequence<R...>) {
  (round<R>(v, m), ...);
}

// The compression function F: folds one 128-byte block into `h`; `bytes` counts the input so
// far, this block included.
void compress(std::uint64_t h[8], const unsigned char* block, std::uint64_t bytes, bool last) {
  std::uint64_t m[16];
  for (int i = 0; i < 16; ++i) m[i] = load_le64(block + 8 * i);
  std::uint64_t v[16];
  for (int i = 0; i < 8; ++i) {
    v[i] = h[i];
    v[i + 8] = kIv[i];
  }
  v[12] ^= bytes;  // the counter's high 64 bits stay 0: inputs are far below 2^64 bytes
  if (last) v[14] = ~v[14];
  all_rounds(v, m, std::make_index_sequence<std::size(kSigma)>());
  for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
}

}  // namespace

Digest256 blake2b_256(std::string_view data) {
  Digest256 digest{};
  std::uint64_t h[8];
  std::memcpy(h, kIv, sizeof h);
  h[0] ^= 0x01010000u ^ digest.size();  // fanout 1, depth 1, no key, 32-byte digest
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  std::size_t left = data.size();
  std::uint64_t done = 0;
  while (left > kBlockBytes) {  // every full block but the last
    done += kBlockBytes;
    compress(h, p, done, false);
    p += kBlockBytes;
    left -= kBlockBytes;
  }
  unsigned char last[kBlockBytes] = {};  // the last block, zero-padded (one block when empty)
  if (left > 0) std::memcpy(last, p, left);
  compress(h, last, done + left, true);
  for (std::size_t i = 0; i < digest.size(); ++i) digest[i] = static_cast<std::uint8_t>(h[i / 8] >> (8 * (i % 8)));
  return digest;
}

std::string to_hex(const Digest256& digest) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * digest.size());
  for (std::uint8_t byte : digest) {
    out += kDigits[byte >> 4];
    out += kDigits[byte & 0xF];
  }
  return out;
}

}  // namespace genai_quiz
