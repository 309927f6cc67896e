#pragma once
// Where progress is kept, and opening it (private to the cli layer).

#include <filesystem>
#include <memory>
#include <string>

#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/store/sqlite_store.hpp"

namespace genai_quiz {

/// A data directory and what chose it: "flag --data-dir", "environment GENAI_QUIZ_HOME",
/// "environment XDG_DATA_HOME" or "default".
struct DataDirectory {
  std::filesystem::path path;
  std::string source;
};

/// The data directory: --data-dir, else $GENAI_QUIZ_HOME, else $XDG_DATA_HOME/genai-quiz, else
/// ~/.local/share/genai-quiz. Throws Error when none can be found (no HOME).
DataDirectory locate_data_directory(const GlobalOptions& global);

/// The path of locate_data_directory.
std::filesystem::path data_directory(const GlobalOptions& global);

/// The progress database's path inside the data directory.
std::filesystem::path progress_db_path(const GlobalOptions& global);

/// Opens the progress database, creating the data directory and the file on first use.
std::unique_ptr<SqliteStore> open_progress(const GlobalOptions& global);

}  // namespace genai_quiz
