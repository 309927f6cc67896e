// genai-quiz import [--dry-run] FILE: merges the review log of an export into the progress
// database, in one transaction (rules: docs/export-format.md).

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "cli/command_setups.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/fingerprint.hpp"
#include "genai_quiz/core/progress_import.hpp"
#include "genai_quiz/exchange/import_reader.hpp"
#include "genai_quiz/files/read_file.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

struct ImportOptions {
  std::string file;
  bool dry_run = false;
};

int run_import(const ImportOptions& options, const GlobalOptions& global) {
  const ImportRead read = read_import(read_whole_file(options.file), options.file, parse_offset_time);
  for (const Diagnostic& d : read.diagnostics) write_text(stderr, format_diagnostic(d) + "\n");
  if (!read.log) {
    std::fprintf(stderr, "genai-quiz: nothing was imported; the progress database is unchanged\n");
    return kExitFailure;
  }

  const FingerprintLookup fingerprint_of = current_fingerprints(load_decks(global, std::cerr));

  const SchedulerSettings settings = load_settings(global);
  const Scheduler scheduler(settings, std::make_shared<LocalCalendar>(settings.day_start_hour));
  ImportSummary s;
  if (options.dry_run && !std::filesystem::exists(progress_db_path(global))) {
    // Nothing to compare with, and a dry run creates no database.
    MergePlan plan = plan_merge({}, read.log->reviews);
    s = {static_cast<int>(read.log->reviews.size()), static_cast<int>(plan.added.size()), 0, 0,
         static_cast<int>(plan.affected.size()), static_cast<int>(new_card_events({}, read.log->events).size())};
  } else {
    std::unique_ptr<SqliteStore> store = open_progress(global);
    s = import_reviews(*store, read.log->reviews, scheduler, fingerprint_of, options.dry_run, read.log->events);
  }

  std::printf("%s %s to %s from %s (%s already present).\n", options.dry_run ? "Would import" : "Imported",
              plural(s.added, "answer").c_str(), plural(s.cards, "card").c_str(), options.file.c_str(),
              plural(s.already_present, "answer").c_str());
  if (s.events_added > 0) {
    std::printf("%s %s (suspend, flag, reset and the like).\n", options.dry_run ? "Would add" : "Added",
                plural(s.events_added, "card event").c_str());
  }
  if (s.different_rating > 0) {
    std::printf("Note: %s in both logs %s a different rating; the one already here was kept.\n",
                plural(s.different_rating, "answer").c_str(), s.different_rating == 1 ? "has" : "have");
  }
  if (s.added > 0 && read.log->settings && !(*read.log->settings == settings)) {
    std::printf("Note: %s was made with other scheduling settings; card states were rebuilt with this "
                "machine's.\n", options.file.c_str());
  }
  return kExitOk;
}

}  // namespace

Runner setup_import(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<ImportOptions>();
  sub.add_option("FILE", options->file, "A JSON or YAML file made by 'genai-quiz export --reviews'")
      ->required()
      ->type_name("FILE");
  sub.add_flag("--dry-run", options->dry_run, "Check the file and say what would be imported, without writing");
  sub.footer(
      "Answers already in the database are skipped, so importing a file twice changes nothing.\n"
      "Each card that gains answers has its state rebuilt from its whole history. On any error\n"
      "nothing is written.\n\n"
      "Example:\n  genai-quiz export --reviews -o backup.json    # on one machine\n"
      "  genai-quiz import backup.json                   # on another");
  return [options, &global] { return run_import(*options, global); };
}

}  // namespace genai_quiz
