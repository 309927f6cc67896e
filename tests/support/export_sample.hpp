#pragma once
// A small export for the writer and reader tests: cards of two sections in every phase, one
// question full of characters that CSV and Markdown must escape, and the review log behind them,
// some of its answers typed (with a coverage).

#include <optional>
#include <string>
#include <string_view>

#include "genai_quiz/exchange/export_writer.hpp"

namespace genai_quiz::testing {

/// "2025-03-01T09:30:00Z", or "2025-03-01T09:30:00.250Z" when there are milliseconds: how
/// exports write instants when the local time zone is UTC.
std::string utc_iso(TimePoint t);

/// Reads "YYYY-MM-DDTHH:MM:SS", optionally ".fff", then "Z" or "+HH:MM"/"-HH:MM"; nothing for
/// anything else.
std::optional<TimePoint> parse_offset_iso(std::string_view text);

/// The time the sample export was made: 2025-03-20 09:00 UTC.
TimePoint sample_now();

/// The sample export, with its review log when `with_reviews` is true.
ExportData sample_export(bool with_reviews);

}  // namespace genai_quiz::testing
