#include "genai_quiz/app/deck_library.hpp"

#include <glob.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>
#include <system_error>

#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/deck/deck_cache.hpp"
#include "genai_quiz/deck/deck_loader.hpp"
#include "genai_quiz/files/atomic_file.hpp"

namespace genai_quiz {
namespace {

namespace fs = std::filesystem;

bool is_deck_name(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name.front() != '.' && (p.extension() == ".yaml" || p.extension() == ".yml");
}

bool has_glob_characters(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

// "~" and "~/x" as the home; anything else relative to `base`.
fs::path resolve(const std::string& written, const fs::path& base) {
  const char* home = std::getenv("HOME");
  if ((written == "~" || written.starts_with("~/")) && home && *home) return fs::path(home) / written.substr(written == "~" ? 1 : 2);
  const fs::path p(written);
  return p.is_absolute() ? p : base / p;
}

std::vector<std::string> glob_matches(const std::string& pattern) {
  glob_t found{};
  std::vector<std::string> out;
  if (::glob(pattern.c_str(), 0, nullptr, &found) == 0) {
    for (std::size_t i = 0; i < found.gl_pathc; ++i) out.emplace_back(found.gl_pathv[i]);
  }
  ::globfree(&found);
  return out;  // glob sorts its matches
}

}  // namespace

fs::path decks_folder(const GlobalOptions& global) { return data_directory(global) / "decks"; }

std::vector<std::string> deck_files_in(const fs::path& folder) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (is_deck_name(it->path()) && it->is_regular_file(ec)) out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

LibraryFiles library_files(const fs::path& folder, const Config& config, const std::string& config_file) {
  LibraryFiles out;
  std::set<fs::path> seen;
  auto add = [&](const std::string& file) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(file, ec);
    if (ec) key = file;
    if (seen.insert(key).second) out.files.push_back(file);
  };
  if (config.bundled) out.files.emplace_back(kBundledDeckArg);
  for (const std::string& file : deck_files_in(folder)) add(file);
  const fs::path base = fs::path(config_file).parent_path();
  for (const DeckEntry& entry : config.decks) {
    const fs::path where = resolve(entry.path, base);
    std::vector<std::string> matches;
    if (has_glob_characters(entry.path)) {
      matches = glob_matches(where.string());
    } else {
      matches.push_back(where.string());
    }
    for (const std::string& match : matches) {
      std::error_code ec;
      if (fs::is_directory(match, ec)) {
        for (const std::string& file : deck_files_in(match)) add(file);
      } else if (fs::exists(match, ec)) {
        add(match);
      } else if (!has_glob_characters(entry.path)) {
        out.problems.push_back({config_file, entry.pos, Severity::kError,
                                "decks: no such deck file or folder: " + match});
      }
    }
  }
  return out;
}

LibraryFiles chosen_deck_files(const GlobalOptions& global) {
  if (!global.decks.empty()) return {global.decks, {}};
  return library_files(decks_folder(global), load_config(global), config_file_path());
}

fs::path add_to_library(const GlobalOptions& global, const Deck& deck, const std::string& yaml, bool replace) {
  const fs::path folder = decks_folder(global);
  const fs::path target = folder / (deck.id + ".yaml");
  std::error_code ec;
  const bool exists = fs::exists(target, ec);
  if (exists && !replace) {
    throw Error(target.string() + " already exists; give --replace to replace it, or the deck another id");
  }
  GlobalOptions library = global;
  library.decks.clear();
  for (const std::string& file : chosen_deck_files(library).files) {
    if (exists && fs::equivalent(file, target, ec)) continue;
    if (file == kBundledDeckArg) continue;  // a deck with its id takes its place (app/deck_source.hpp)
    std::optional<LoadedDeck> other;
    try {
      other = file == kBundledDeckArg ? load_bundled_deck() : load_deck_file_cached(file, default_deck_cache_dir()).loaded;
    } catch (const Error&) {  // an unreadable deck has no id to clash with
    }
    if (other && other->deck.id == deck.id) {
      throw Error("deck id '" + deck.id + "' is already used by " + other->deck.file +
                  "; give the deck its own 'id' to add it");
    }
  }
  fs::create_directories(folder, ec);
  if (ec) throw Error("cannot create the decks folder " + folder.string() + ": " + ec.message());
  write_file_atomically(target, [&](std::ostream& out) { out << yaml; });
  return target;
}

}  // namespace genai_quiz
