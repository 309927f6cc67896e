#pragma once
// Drawing the report of `genai-quiz plan` as text (a table of plans, the recommendation and a
// chart of the daily workload) or JSON.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "genai_quiz/core/plan_simulation.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {

/// Everything the report shows.
struct PlanReport {
  std::int64_t today = 0;          ///< calendar day the simulation starts on
  std::int64_t interview_day = 0;  ///< calendar day of the interview
  int cards = 0;                   ///< cards planned for
  int new_cards = 0;               ///< of them, never studied
  int suspended = 0;               ///< cards left out of the plan, being suspended
  int runs = 0;
  std::uint64_t seed = 0;
  double target = 0.90;
  AnswerModel answers;
  std::vector<PlanOutcome> outcomes;  ///< one per plan of the grid
  std::optional<std::size_t> recommended;  ///< the cheapest outcome reaching the target
  std::string applied_to;          ///< the config file the recommendation was saved in; empty if not
};

/// The outcome the chart shows: the recommended plan, else the one with the highest recall.
std::size_t charted_outcome(const PlanReport& report);

/// The report: the plans as a table (desired retention, new cards a day, minutes allowed and
/// used, answers a day, recall on the interview morning with its spread), the recommendation and
/// a column chart of the answers a day of the charted plan, its days grouped so that it fits
/// `view.width` (40 columns at least).
std::string render_plan_text(const PlanReport& report, const ReportStyle& view);

/// The same figures as one JSON object (docs/scheduling.md, "Planning"); `format_time` writes `now`.
std::string render_plan_json(const PlanReport& report, TimePoint now,
                             const std::function<std::string(TimePoint)>& format_time);

}  // namespace genai_quiz
