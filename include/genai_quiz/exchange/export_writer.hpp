#pragma once
// Writing progress exports: CSV, JSON, YAML and a Markdown report (docs/export-format.md).
// Every writer writes to a stream the caller owns; none opens files.

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/card_marks.hpp"
#include "genai_quiz/core/card_record.hpp"
#include "genai_quiz/core/review_record.hpp"
#include "genai_quiz/core/scheduler_settings.hpp"

namespace genai_quiz {

/// The name in the "format" field of every JSON and YAML export.
inline constexpr std::string_view kExportFormatName = "genai-quiz-progress";
/// The format version this build writes, and the newest it can import.
inline constexpr int kExportFormatVersion = 1;

/// The kinds of export file.
enum class ExportFormat { kCsv, kJson, kYaml, kMarkdown };

/// Reads "csv", "json", "yaml" or "md" (any case); nothing for anything else.
std::optional<ExportFormat> parse_export_format(std::string_view name);

/// The format a file name's extension stands for: .csv, .json, .yaml/.yml, .md/.markdown (any
/// case); nothing for another or no extension.
std::optional<ExportFormat> export_format_for_path(std::string_view path);

/// Writes an instant as ISO 8601 with its UTC offset, e.g. "2025-03-01T10:30:00+01:00".
using TimeFormatter = std::function<std::string(TimePoint)>;

/// Everything one export holds.
struct ExportData {
  TimePoint exported_at{};
  SchedulerSettings settings;                      ///< the settings the states were computed with
  std::vector<CardRecord> cards;                   ///< in deck order
  std::optional<std::vector<ReviewRecord>> reviews;  ///< the review log (--reviews), oldest first
  std::vector<CardEvent> events;  ///< the card event log, oldest first; written beside `reviews` in JSON and YAML
  TimeFormatter format_time;
};

/// Writes `data` in `format` to `out`. CSV holds one table: the cards, or the review log when
/// `data.reviews` is set. Errors of the stream are left for the caller to check.
void write_export(std::ostream& out, ExportFormat format, const ExportData& data);

/// One answer as one line of JSON, without a line end: the review record of a JSON export, so
/// that a file of such lines (JSON Lines) is read back by read_log_line.
std::string review_line(const ReviewRecord& review, const TimeFormatter& format_time);

/// One card event as one line of JSON, without a line end: the event record of a JSON export
/// ({"deck", "card", "kind", "time"}), read back by read_log_line.
std::string event_line(const CardEvent& event, const TimeFormatter& format_time);

/// One CSV field as RFC 4180 wants it: quoted (with quotes doubled) when it holds a comma, a
/// quote, a CR or an LF; unchanged otherwise.
std::string csv_field(std::string_view text);

}  // namespace genai_quiz
