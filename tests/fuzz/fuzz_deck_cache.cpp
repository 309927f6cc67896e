// libFuzzer target: the parsed-deck cache decoder. The input is the body of a cache file (seeds:
// real cache files without their checksum); the target decodes it as it is and with a correct
// checksum appended. A file that decodes must come back unchanged through encode and decode.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "deck_cache_key.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace genai_quiz;
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  const DeckCacheKey key = fuzz::deck_cache_key();
  decode_deck_cache(body, key);
  if (std::optional<LoadedDeck> loaded = decode_deck_cache(fuzz::with_checksum(body), key)) {
    if (decode_deck_cache(encode_deck_cache(key, *loaded), key) != loaded) std::abort();
  }
  return 0;
}
