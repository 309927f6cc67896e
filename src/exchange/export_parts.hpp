#pragma once
// The writer of each export format (private to the exchange layer).

#include <ostream>

#include "genai_quiz/exchange/export_writer.hpp"

namespace genai_quiz::exchange {

/// The cards as CSV, one row each after the header row.
void write_csv_cards(std::ostream& out, const ExportData& data);

/// The review log as CSV, one row per answer after the header row. Requires data.reviews.
void write_csv_reviews(std::ostream& out, const ExportData& data);

/// The Markdown report: a summary, a table per section with the weakest cards first and, when
/// data.reviews is set, the review log.
void write_markdown(std::ostream& out, const ExportData& data);

}  // namespace genai_quiz::exchange
