// genai-quiz export [-o FILE] [--format csv|json|yaml|md] [-s SECTION]... [--reviews]: progress
// to a file or to standard output (formats: docs/export-format.md).

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <memory>
#include <string>

#include "cli/command_setups.hpp"
#include "cli/section_option.hpp"
#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/app/progress_snapshot.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/progress_import.hpp"
#include "genai_quiz/exchange/export_writer.hpp"
#include "genai_quiz/files/atomic_file.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

struct ExportOptions {
  std::string output;
  std::string format;
  std::vector<std::string> sections;
  bool reviews = false;
};

ExportFormat choose_format(const ExportOptions& options) {
  if (!options.format.empty()) {
    if (std::optional<ExportFormat> f = parse_export_format(options.format)) return *f;
    throw UsageError("--format: '" + options.format + "' is not a format (allowed: csv, json, yaml, md)");
  }
  if (options.output.empty() || options.output == "-") return ExportFormat::kJson;
  if (std::optional<ExportFormat> f = export_format_for_path(options.output)) return *f;
  throw UsageError("cannot tell the format of '" + options.output +
                   "' from its name; end it with .csv, .json, .yaml or .md, or add --format");
}

int run_export(const ExportOptions& options, const GlobalOptions& global) {
  const ExportFormat format = choose_format(options);
  const SchedulerSettings settings = load_settings(global);
  const auto calendar = std::make_shared<LocalCalendar>(settings.day_start_hour);
  const Scheduler scheduler(settings, calendar);
  const TimePoint now = resolve_now(global);
  ProgressSnapshot snap = load_snapshot(global, options.sections, scheduler, now);

  ExportData data;
  data.exported_at = now;
  data.settings = settings;
  data.cards = std::move(snap.cards);
  data.format_time = local_iso_time;
  if (options.reviews) {
    data.reviews = std::move(snap.reviews);
    number_repeats(*data.reviews);
    data.events = std::move(snap.events);
  }

  if (options.output.empty() || options.output == "-") {
    std::ostringstream text;
    write_export(text, format, data);
    errno = 0;
    if (!write_data(stdout, text.str())) {
      const int err = errno;  // set by the write that failed, e.g. ENOSPC on a full disk
      throw Error(std::string("cannot write the export to standard output: ") +
                  (err != 0 ? std::strerror(err) : "the output stream failed"));
    }
    return kExitOk;
  }
  write_file_atomically(options.output, [&](std::ostream& out) { write_export(out, format, data); });
  std::string answers = data.reviews ? " and " + plural(static_cast<int>(data.reviews->size()), "answer") : "";
  std::printf("Exported %s%s to %s.\n", plural(static_cast<int>(data.cards.size()), "card").c_str(), answers.c_str(),
              options.output.c_str());
  return kExitOk;
}

}  // namespace

Runner setup_export(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<ExportOptions>();
  sub.add_option("-o,--output", options->output,
                 "Write to FILE (atomically) instead of standard output; its extension picks the format")
      ->type_name("FILE");
  sub.add_option("--format", options->format, "csv, json, yaml or md (default: from FILE's extension, else json)")
      ->check(CLI::IsMember({"csv", "json", "yaml", "md"}, CLI::ignore_case))
      ->type_name("FORMAT")
      ->option_text("FORMAT");
  add_section_option(sub, options->sections);
  sub.add_flag("--reviews", options->reviews,
               "Add the review log (needed to import the file elsewhere); in CSV, write the log instead of the cards");
  sub.footer(
      "Formats are described in docs/export-format.md.\n\n"
      "Example:\n  genai-quiz export -o progress.csv\n  genai-quiz export --reviews -o backup.json\n"
      "  genai-quiz export -s rag --format md > rag-report.md");
  return [options, &global] { return run_export(*options, global); };
}

}  // namespace genai_quiz
