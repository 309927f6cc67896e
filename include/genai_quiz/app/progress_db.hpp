#pragma once
// Where progress is kept, and opening it.

#include <filesystem>
#include <memory>
#include <string>

#include "genai_quiz/app/global_options.hpp"
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

/// Opens the progress database, creating the data directory and the file on first use. With
/// `dry_run`, a scratch copy in memory instead: nothing is created or changed on disk.
std::unique_ptr<SqliteStore> open_progress(const GlobalOptions& global, bool dry_run = false);

/// The warning for `what` ("answers are", "changes are") about to be saved at a pretend time
/// (--now or GENAI_QUIZ_NOW more than a day from `clock`) into the person's own data directory
/// (not --data-dir or GENAI_QUIZ_HOME); empty when there is nothing to warn about.
std::string pretend_time_warning(const GlobalOptions& global, TimePoint now, TimePoint clock,
                                 const std::string& what = "answers are");

/// Prints pretend_time_warning for `now` against the real clock to standard error, if any.
void warn_about_pretend_time(const GlobalOptions& global, TimePoint now, const std::string& what = "answers are");

/// open_progress for a command that saves what it does dated `now` (suspend, reset): first warns
/// on standard error when `now` is a pretend time far from the clock (warn_about_pretend_time).
std::unique_ptr<SqliteStore> open_progress_to_save(const GlobalOptions& global, TimePoint now,
                                                   const std::string& what = "changes are");

}  // namespace genai_quiz
