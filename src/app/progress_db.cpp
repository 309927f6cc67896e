#include "genai_quiz/app/progress_db.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <system_error>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/output.hpp"

namespace genai_quiz {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

DataDirectory locate_data_directory(const GlobalOptions& global) {
  if (!global.data_dir.empty()) return {global.data_dir, "flag --data-dir"};
  if (std::string home = env("GENAI_QUIZ_HOME"); !home.empty()) return {home, "environment GENAI_QUIZ_HOME"};
  // The XDG Base Directory specification: a relative XDG_DATA_HOME is ignored.
  if (std::string xdg = env("XDG_DATA_HOME"); !xdg.empty() && xdg.front() == '/') {
    return {std::filesystem::path(xdg) / "genai-quiz", "environment XDG_DATA_HOME"};
  }
  if (std::string home = env("HOME"); !home.empty()) {
    return {std::filesystem::path(home) / ".local" / "share" / "genai-quiz", "default"};
  }
  throw Error("cannot tell where to keep progress: set HOME, XDG_DATA_HOME or GENAI_QUIZ_HOME, or pass --data-dir");
}

std::filesystem::path data_directory(const GlobalOptions& global) { return locate_data_directory(global).path; }

std::filesystem::path progress_db_path(const GlobalOptions& global) {
  return data_directory(global) / "progress.db";
}

std::unique_ptr<SqliteStore> open_progress(const GlobalOptions& global, bool dry_run) {
  std::filesystem::path dir = data_directory(global);
  if (dry_run) return std::make_unique<SqliteStore>(dir / "progress.db", SqliteStore::ScratchCopy{});
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error("cannot create the data directory " + dir.string() + ": " + ec.message());
  return std::make_unique<SqliteStore>(dir / "progress.db");
}

std::unique_ptr<SqliteStore> open_progress_to_save(const GlobalOptions& global, TimePoint now, const std::string& what) {
  warn_about_pretend_time(global, now, what);
  return open_progress(global);
}

std::string pretend_time_warning(const GlobalOptions& global, TimePoint now, TimePoint clock, const std::string& what) {
  const auto apart = now > clock ? now - clock : clock - now;
  if (apart <= std::chrono::hours(24)) return "";
  const DataDirectory dir = locate_data_directory(global);
  if (dir.source == "flag --data-dir" || dir.source == "environment GENAI_QUIZ_HOME") return "";
  const long days = static_cast<long>(std::chrono::duration_cast<std::chrono::hours>(apart).count() / 24);
  return "warning: the time is pretended (" + std::string(global.now.empty() ? "GENAI_QUIZ_NOW" : "--now") + ", " +
         std::to_string(days) + (days == 1 ? " day " : " days ") + (now > clock ? "ahead" : "behind") +
         "), and " + what + " saved with that date into your progress in " + dir.path.string() +
         (what == "answers are" ? "; use --dry-run to try things without saving" : "");
}

void warn_about_pretend_time(const GlobalOptions& global, TimePoint now, const std::string& what) {
  const TimePoint clock = std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
  if (std::string warning = pretend_time_warning(global, now, clock, what); !warning.empty()) {
    write_text(stderr, "genai-quiz: " + warning + "\n");
  }
}

}  // namespace genai_quiz
