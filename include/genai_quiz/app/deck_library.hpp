#pragma once
// The deck library: which deck files a command reads when no --deck is given. They are the
// bundled deck, every *.yaml in the decks folder beside progress.db, and the files, folders and
// globs of `decks:` in config.yaml (docs/deck-format.md, "The deck library").

#include <filesystem>
#include <string>
#include <vector>

#include "genai_quiz/app/global_options.hpp"
#include "genai_quiz/config/config_file.hpp"
#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {

/// The name that stands for the bundled deck in a list of deck files (`--deck bundled`).
inline constexpr const char* kBundledDeckArg = "bundled";

/// The deck files of a library, and the entries of config.yaml that name nothing.
struct LibraryFiles {
  std::vector<std::string> files;     ///< in load order, each once; kBundledDeckArg is the bundled deck
  std::vector<Diagnostic> problems;   ///< e.g. "config.yaml:3:5: error: no such deck file or folder: x.yaml"
};

/// The decks folder: `decks` in the data directory (so --data-dir and GENAI_QUIZ_HOME move it).
std::filesystem::path decks_folder(const GlobalOptions& global);

/// The *.yaml files of `folder` (not hidden ones), sorted by name; none when it does not exist.
std::vector<std::string> deck_files_in(const std::filesystem::path& folder);

/// The library's files: the bundled deck unless `config` leaves it out, the files of `folder`,
/// then each entry of `config.decks` (a relative path is taken from `config_file`'s folder, a
/// leading ~ is the home, a glob is expanded, a folder gives its *.yaml files). A file reached
/// twice is read once.
LibraryFiles library_files(const std::filesystem::path& folder, const Config& config, const std::string& config_file);

/// The deck files `global` asks for: the --deck files when there are any, else the library's
/// (reading config.yaml; Error when it is invalid).
LibraryFiles chosen_deck_files(const GlobalOptions& global);

/// Copies the deck in `yaml` (already checked: no errors) into the decks folder of `global` as
/// <deck id>.yaml, written whole or not at all (files/atomic_file), creating the folder when
/// needed, and returns the new file's path. Throws Error, changing nothing, when the file exists
/// and `replace` is false, when a deck of the library other than that file (and the bundled deck,
/// whose place a deck with its id takes) already has the id
/// (naming both files), or when the folder cannot be written.
std::filesystem::path add_to_library(const GlobalOptions& global, const Deck& deck, const std::string& yaml,
                                     bool replace);

}  // namespace genai_quiz
