#include "genai_quiz/deck/deck_cache.hpp"

#include <chrono>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <system_error>

#include "deck/blake2b.hpp"
#include "deck/deck_cache_format.hpp"
#include "deck/deck_file.hpp"
#include "deck_loader_fingerprint.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/files/atomic_file.hpp"
#include "genai_quiz/files/read_file.hpp"

namespace genai_quiz {
namespace {

namespace fs = std::filesystem;

// Larger entries are not read: a 256 MiB deck makes an entry of about that size.
constexpr std::uintmax_t kMaxEntryBytes = std::uintmax_t{1} << 30;

bool given(const char* value) { return value != nullptr && *value != '\0'; }

// The entry's bytes, or nothing when it is missing, too large or unreadable.
std::optional<std::string> read_entry(const fs::path& entry) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(entry, ec);
  if (ec || size > kMaxEntryBytes) return std::nullopt;
  try {
    return read_whole_file(entry);
  } catch (const Error&) {
    return std::nullopt;
  }
}

// Removes the temporary files of `target` (write_file_atomically's ".<name>.tmp-XXXXXX") that
// writers killed while writing left behind: those older than an hour (a live writer finishes
// within seconds).
void remove_stale_temporaries(const fs::path& target) {
  std::string prefix = ".";
  prefix += target.filename().string();
  prefix += ".tmp-";
  const auto cutoff = fs::file_time_type::clock::now() - std::chrono::hours(1);
  std::error_code ec;
  for (fs::directory_iterator it(target.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code ignored;
    if (it->path().filename().string().starts_with(prefix) && it->last_write_time(ignored) < cutoff) {
      fs::remove(it->path(), ignored);
    }
  }
}

// Writes `bytes` to `target` with write_file_atomically, so a reader sees the old entry or the
// new one, never part of one; false when that fails (the cache is then skipped).
bool write_atomically(const fs::path& target, std::string_view bytes) {
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return false;
  bool ok = true;
  try {
    write_file_atomically(target, [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
  } catch (const Error&) {
    ok = false;
  }
  remove_stale_temporaries(target);
  return ok;
}

// Letters, digits, '.', '-' and '_' of a file stem, to make entry names readable.
std::string safe_stem(const std::string& path) {
  std::string stem;
  for (char c : fs::path(path).stem().string()) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '-' || c == '_';
    if (safe && stem.size() < 40) stem += c;
  }
  return stem.empty() ? "deck" : stem;
}

}  // namespace

fs::path deck_cache_dir(const char* genai_quiz_cache_dir, const char* xdg_cache_home, const char* home) {
  if (given(genai_quiz_cache_dir)) return genai_quiz_cache_dir;
  if (given(xdg_cache_home) && fs::path(xdg_cache_home).is_absolute()) return fs::path(xdg_cache_home) / "genai-quiz";
  if (given(home)) return fs::path(home) / ".cache" / "genai-quiz";
  return {};
}

fs::path default_deck_cache_dir() {
  return deck_cache_dir(std::getenv("GENAI_QUIZ_CACHE_DIR"), std::getenv("XDG_CACHE_HOME"), std::getenv("HOME"));
}

fs::path deck_cache_entry(const fs::path& cache_dir, const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec) absolute = path;
  const std::string hex = to_hex(blake2b_256(absolute.lexically_normal().string()));
  return cache_dir / (safe_stem(path) + "-" + hex.substr(0, 16) + ".deck");
}

CachedLoad load_deck_file_cached(const std::string& path, const fs::path& cache_dir) {
  std::optional<std::string> text = read_deck_file(path);
  if (!text) return {too_large_deck(path)};
  if (cache_dir.empty()) return {load_deck(*text, path)};

  const DeckCacheKey key{kDeckLoaderFingerprint, blake2b_256(*text), path};
  const fs::path entry = deck_cache_entry(cache_dir, path);
  try {
    if (std::optional<std::string> bytes = read_entry(entry)) {
      if (std::optional<LoadedDeck> cached = decode_deck_cache(*bytes, key)) return {std::move(*cached), true};
    }
  } catch (const std::exception&) {  // whatever goes wrong with the cache only costs a parse
  }
  CachedLoad out{load_deck(*text, path)};
  if (has_errors(out.loaded.diagnostics)) return out;
  try {
    out.stored = write_atomically(entry, encode_deck_cache(key, out.loaded));
  } catch (const std::exception&) {
  }
  return out;
}

}  // namespace genai_quiz
