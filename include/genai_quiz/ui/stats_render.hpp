#pragma once
// Drawing the statistics of `genai-quiz stats` as text or JSON.

#include <functional>
#include <string>

#include "genai_quiz/core/progress_stats.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {

/// What the text report needs besides the figures.
struct StatsView {
  ReportStyle style;     ///< colour, Unicode and the columns the weakest cards' questions are cut to
  bool qualify = false;  ///< name sections "deck/section" (more than one deck)
};

/// The report: card counts and due cards per section, the suspended, flagged and leech cards
/// per section (when there are any), memory figures per section, the
/// calibration of typed answers, the weakest cards, the 30-day forecast chart and the 12-week
/// heat map.
std::string render_stats_text(const Stats& stats, const StatsView& view);

/// The same figures as one JSON object (docs/export-format.md); `format_time` writes `now`.
std::string render_stats_json(const Stats& stats, TimePoint now, const std::function<std::string(TimePoint)>& format_time);

}  // namespace genai_quiz
