#pragma once
// Charts of daily counts for the terminal: a column chart (the due forecast) and a calendar heat
// map (reviews per day). Both draw with Unicode blocks and colour when the terminal allows, and
// fall back to plain ASCII without colour.

#include <cstdint>
#include <span>
#include <string>

#include "genai_quiz/term/capabilities.hpp"

namespace genai_quiz {

inline constexpr int kColumnChartHeight = 8;  ///< rows of bars in a column chart

/// "Mar 5": the month's abbreviation and the day of calendar day `day` (days since 1970-01-01).
std::string short_date(std::int64_t day);

/// A column chart with one column (two characters wide) per count, `per_day[0]` being calendar
/// day `first_day`: a scale on the left, dates under every seventh column. Columns are scaled to
/// the largest count; any count above 0 shows at least a sliver. Lines end with "\n".
std::string render_column_chart(std::span<const int> per_day, std::int64_t first_day, const Capabilities& caps);

/// The same chart with each column standing for `days_per_column` days (a 90-day plan in 40
/// columns): column i starts on day first_day + i × days_per_column, and the dates under it say so.
std::string render_column_chart(std::span<const int> per_column, std::int64_t first_day, int days_per_column,
                                const Capabilities& caps);

/// A calendar of counts: one row per weekday (Monday first), one column per week, the month
/// above the week it starts in, and a legend. `first_day` must be a Monday; days after the last
/// count stay blank. The shade of a day is its count in quarters of the largest count.
std::string render_heatmap(std::span<const int> per_day, std::int64_t first_day, const Capabilities& caps);

}  // namespace genai_quiz
