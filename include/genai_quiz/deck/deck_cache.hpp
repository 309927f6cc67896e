#pragma once
// A cache of parsed deck files, so that a large deck is parsed once after each change instead of
// at every start (format and location: docs/deck-format.md, "The parsed-deck cache").

#include <filesystem>
#include <string>

#include "genai_quiz/deck/deck_loader.hpp"

namespace genai_quiz {

/// A deck loaded through the cache, and how it was obtained.
struct CachedLoad {
  LoadedDeck loaded;
  bool reused = false;  ///< read from the cache instead of parsed
  bool stored = false;  ///< parsed, then written to the cache
};

/// The cache folder the variables name (each may be null or empty): `genai_quiz_cache_dir`,
/// else `xdg_cache_home`/genai-quiz when that is absolute, else `home`/.cache/genai-quiz, else
/// none (an empty path).
std::filesystem::path deck_cache_dir(const char* genai_quiz_cache_dir, const char* xdg_cache_home,
                                     const char* home);

/// deck_cache_dir of $GENAI_QUIZ_CACHE_DIR, $XDG_CACHE_HOME and $HOME.
std::filesystem::path default_deck_cache_dir();

/// The file of `cache_dir` that holds the parse of the deck file at `path`.
std::filesystem::path deck_cache_entry(const std::filesystem::path& cache_dir, const std::string& path);

/// Loads the deck file at `path` exactly as load_deck_file does, but reuses the parse stored in
/// `cache_dir` when this build's loader made it from the same bytes under the same path; else
/// parses and, when the deck has no errors, stores the result (written whole, then renamed into
/// place). An empty `cache_dir` turns the cache off. A missing, stale, unreadable or damaged entry
/// only costs a parse, and a cache that cannot be written is skipped. Throws like load_deck_file.
CachedLoad load_deck_file_cached(const std::string& path, const std::filesystem::path& cache_dir);

}  // namespace genai_quiz
