#pragma once
// The bytes of a parsed-deck cache file (layout: docs/deck-format.md, "The parsed-deck cache"):
// a LoadedDeck stored with what it was made from, so it is used only for the same bytes, the
// same path and the same loader, and only when intact.

#include <optional>
#include <string>
#include <string_view>

#include "deck/blake2b.hpp"
#include "genai_quiz/deck/deck_loader.hpp"

namespace genai_quiz {

/// What a cached parse must match to be used.
struct DeckCacheKey {
  std::string loader;   ///< the fingerprint of the loader that parsed the deck
  Digest256 content{};  ///< BLAKE2b-256 of the deck file's bytes
  std::string file;     ///< the path the deck was loaded as (it is in the deck and its diagnostics)
};

/// A cache file holding `loaded`, which load_deck made from the file `key` describes.
std::string encode_deck_cache(const DeckCacheKey& key, const LoadedDeck& loaded);

/// The deck that `bytes` hold when they are an intact cache file made for exactly `key`;
/// nothing for another key, another layout, a truncated or a corrupted file.
std::optional<LoadedDeck> decode_deck_cache(std::string_view bytes, const DeckCacheKey& key);

}  // namespace genai_quiz
