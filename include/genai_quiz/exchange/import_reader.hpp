#pragma once
// Reading the review log of a JSON or YAML export made with `genai-quiz export --reviews`
// (docs/export-format.md). Nothing in the file can make it throw: every problem is a diagnostic.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/card_marks.hpp"
#include "genai_quiz/core/diagnostic.hpp"
#include "genai_quiz/core/review_record.hpp"
#include "genai_quiz/core/scheduler_settings.hpp"

namespace genai_quiz {

/// Reads an ISO 8601 time that carries a UTC offset; nothing for anything else.
using TimeParser = std::function<std::optional<TimePoint>(std::string_view)>;

/// The review log of an export file.
struct ImportedLog {
  int version = 0;                            ///< the file's format version
  std::optional<SchedulerSettings> settings;  ///< the settings it was made with, when readable
  std::vector<ReviewRecord> reviews;          ///< in file order
  std::vector<CardEvent> events;              ///< the card event log (suspend, flag, ...), in file order
};

/// The log read from a file, or the errors that make the file unusable.
struct ImportRead {
  std::optional<ImportedLog> log;       ///< empty when any diagnostic is an error
  std::vector<Diagnostic> diagnostics;  ///< errors, or warnings about parts that were left aside
};

/// At most this many errors are reported for the entries of one file.
inline constexpr int kMaxImportErrors = 20;

/// Reads an export from `text`: JSON when it starts with '{' (after blanks), YAML otherwise.
/// `file` names it in diagnostics. The file must carry the export format's name, a version no
/// newer than this build's and a `reviews` list whose every entry is well-formed and unique; an
/// `events` list (optional: older exports have none) must have every entry well-formed.
ImportRead read_import(std::string_view text, const std::string& file, const TimeParser& parse_time);

/// One line of a JSON Lines log (a sync device log) read as an answer or a card event, or the
/// error that it is neither.
struct LogLineRead {
  std::optional<ReviewRecord> review;  ///< the answer, when the line is one
  std::optional<CardEvent> event;      ///< the card event, when the line is one
  Diagnostic problem;                  ///< `file:line: error: ...` when both are empty
};

/// Reads `line` (without its line end), the `line_number`th (from 1) of `file`: a JSON object
/// with a "kind" field is a card event (the event record of the JSON export), any other one
/// answer (its review record); the fields are those of docs/export-format.md, and unknown
/// fields are errors.
LogLineRead read_log_line(std::string_view line, const std::string& file, int line_number,
                          const TimeParser& parse_time);

}  // namespace genai_quiz
