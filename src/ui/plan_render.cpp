#include "genai_quiz/ui/plan_render.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/term/charts.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/wrap.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

using Json = nlohmann::ordered_json;

double total(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s;
}

// The mean of a daily figure over the study days.
double per_day(const std::vector<double>& v) { return v.empty() ? 0 : total(v) / static_cast<double>(v.size()); }

std::string limit_text(int minutes) { return minutes > 0 ? std::to_string(minutes) : "any"; }

// "at most 10 minutes", "no time limit": a plan's daily limit in words.
std::string limit_words(int minutes) {
  return minutes > 0 ? "at most " + plural(minutes, "minute") : std::string("no time limit");
}

int rounded(double x) { return static_cast<int>(std::lround(x)); }

std::string paragraph(const std::string& text, const ReportStyle& view, Role role = Role::kPlain) {
  std::string out;
  for (const std::string& line : wrap_text(text, std::max(view.width, 40) - 1, role, view.caps.color)) {
    out += line + "\n";
  }
  return out;
}

std::string recall_text(const PlanOutcome& o) {
  return fmt::format("{:.0f}% ± {:.1f}", 100 * o.recall_mean, 100 * o.recall_sd);
}

// The chart: answers a day of one outcome, days grouped so that the chart fits the width.
std::string chart(const PlanReport& r, const PlanOutcome& o, const ReportStyle& view) {
  const int days = static_cast<int>(o.answers_per_day.size());
  if (days == 0) return "";
  const int label = 5;  // the scale's widest number and a space, at most
  const int room = std::max(8, (std::max(view.width, 40) - label - 2) / 2);
  const int group = (days + room - 1) / room;
  std::vector<int> columns;
  for (int d = 0; d < days; d += group) {
    double sum = 0;
    int n = 0;
    for (int k = d; k < std::min(days, d + group); ++k, ++n) sum += o.answers_per_day[static_cast<std::size_t>(k)];
    columns.push_back(static_cast<int>(std::lround(sum / n)));
  }
  std::string head = group == 1 ? fmt::format("Answers a day ({} DR {:.2f}, {} new, {} min):", r.recommended ? "plan" : "best plan",
                                              o.plan.desired_retention, o.plan.new_per_day, limit_text(o.plan.minutes_per_day))
                                : fmt::format("Answers a day, mean of every {} days ({} DR {:.2f}, {} new, {} min):", group,
                                              r.recommended ? "plan" : "best plan", o.plan.desired_retention,
                                              o.plan.new_per_day, limit_text(o.plan.minutes_per_day));
  std::string out = paragraph(head, view, Role::kHeading);
  if (*std::max_element(columns.begin(), columns.end()) == 0) {
    return out + paint("No answers to give before the interview.", Role::kMuted, view.caps.color) + "\n";
  }
  return out + render_column_chart(columns, r.today, group, view.caps);
}

}  // namespace

std::size_t charted_outcome(const PlanReport& report) {
  if (report.recommended) return *report.recommended;
  std::size_t best = 0;
  for (std::size_t i = 1; i < report.outcomes.size(); ++i) {
    const PlanOutcome& a = report.outcomes[i];
    const PlanOutcome& b = report.outcomes[best];
    if (a.recall_mean > b.recall_mean || (a.recall_mean == b.recall_mean && a.mean_minutes < b.mean_minutes)) best = i;
  }
  return best;
}

std::string render_plan_text(const PlanReport& r, const ReportStyle& view) {
  const std::int64_t days = r.interview_day - r.today;
  std::string out = paint(fmt::format("Plan for the interview on {}", format_calendar_date(r.interview_day)),
                          Role::kHeading, view.caps.color) + "\n";
  const std::string suspended = r.suspended > 0 ? fmt::format(" ({} suspended left out)", r.suspended) : "";
  out += paragraph(fmt::format("{} to study, {}, {} never studied{}; {} of each plan.",
                               plural(static_cast<int>(days), "day"), plural(r.cards, "card"), r.new_cards, suspended,
                               plural(r.runs, "simulation run")),
                   view);
  out += '\n';
  if (r.outcomes.empty()) return out;

  out += paint(fmt::format("  {:<4} {:>4} {:>4} {:>5} {:>5}  {}", "DR", "new", "max", "min/d", "ans/d", "recall"),
               Role::kMuted, view.caps.color) + "\n";
  for (std::size_t i = 0; i < r.outcomes.size(); ++i) {
    const PlanOutcome& o = r.outcomes[i];
    std::string mark = r.recommended && *r.recommended == i ? "*" : " ";
    std::string line = fmt::format("{} {:.2f} {:>4} {:>4} {:>5.1f} {:>5.0f}  {}", mark, o.plan.desired_retention,
                                   o.plan.new_per_day, limit_text(o.plan.minutes_per_day), o.mean_minutes,
                                   per_day(o.answers_per_day), recall_text(o));
    out += (mark == "*" ? paint(line, Role::kStrong, view.caps.color) : line) + "\n";
  }
  out += paragraph("DR: desired retention. new: new cards a day. max: minutes allowed a day. min/d, ans/d: minutes "
                   "and answers a day, on average. recall: the share of the cards recalled on the interview "
                   "morning, mean ± standard deviation over the runs.",
                   view, Role::kMuted);
  out += '\n';

  if (r.recommended) {
    const PlanOutcome& o = r.outcomes[*r.recommended];
    out += paragraph(fmt::format("Cheapest plan that reaches {:.0f}%: desired retention {:.2f}, {} a day, "
                                 "{}: about {} a day ({}); {} of the cards recalled on the interview morning.",
                                 100 * r.target, o.plan.desired_retention, plural(o.plan.new_per_day, "new card"),
                                 limit_words(o.plan.minutes_per_day),
                                 plural(rounded(o.mean_minutes), "minute"),
                                 plural(rounded(per_day(o.answers_per_day)), "answer"), recall_text(o)),
                     view);
  } else {
    const PlanOutcome& o = r.outcomes[charted_outcome(r)];
    out += paragraph(fmt::format("No plan reaches {:.0f}%; the best recalls {} (desired retention {:.2f}, {} a "
                                 "day, {}). More minutes or new cards a day, or an earlier start, would be needed.",
                                 100 * r.target, recall_text(o), o.plan.desired_retention,
                                 plural(o.plan.new_per_day, "new card"), limit_words(o.plan.minutes_per_day)),
                     view);
  }
  if (r.recommended) {
    const PlanOutcome& o = r.outcomes[*r.recommended];
    if (!r.applied_to.empty()) {
      out += paragraph(fmt::format("Saved desired_retention {:.2f}, interview_date {} and study.new_per_day {} in",
                                   o.plan.desired_retention, format_calendar_date(r.interview_day),
                                   o.plan.new_per_day),
                       view);
      out += r.applied_to + "\n";
    } else {
      out += paragraph("Run again with --apply to save its desired retention, the interview date and its new cards a day in "
                       "config.yaml.",
                       view, Role::kMuted);
    }
  }
  out += '\n';
  out += chart(r, r.outcomes[charted_outcome(r)], view);
  return out;
}

std::string render_plan_json(const PlanReport& r, TimePoint now, const std::function<std::string(TimePoint)>& format_time) {
  Json j;
  j["now"] = format_time(now);
  j["today"] = format_calendar_date(r.today);
  j["interview_date"] = format_calendar_date(r.interview_day);
  j["days"] = r.interview_day - r.today;
  j["cards"] = r.cards;
  j["new_cards"] = r.new_cards;
  j["suspended"] = r.suspended;
  j["runs"] = r.runs;
  j["seed"] = r.seed;
  j["target"] = r.target;
  const AnswerModel& m = r.answers;
  j["answers"] = {{"first", m.first},
                  {"step", m.step},
                  {"recalled", m.recalled},
                  {"seconds", {{"first", m.seconds[0]}, {"step", m.seconds[1]}, {"review", m.seconds[2]}}},
                  {"from_log", m.answers_used}};
  j["plans"] = Json::array();
  for (const PlanOutcome& o : r.outcomes) {
    j["plans"].push_back({{"desired_retention", o.plan.desired_retention},
                          {"new_per_day", o.plan.new_per_day},
                          {"minutes_limit", o.plan.minutes_per_day > 0 ? Json(o.plan.minutes_per_day) : Json(nullptr)},
                          {"minutes_a_day", o.mean_minutes},
                          {"answers_a_day", per_day(o.answers_per_day)},
                          {"recall", {{"mean", o.recall_mean}, {"sd", o.recall_sd}, {"p5", o.recall_low}, {"p95", o.recall_high}}},
                          {"backlog", o.backlog},
                          {"unseen", o.unseen},
                          {"daily", {{"answers", o.answers_per_day}, {"minutes", o.minutes_per_day}, {"new", o.new_per_day}}}});
  }
  j["recommended"] = r.recommended ? Json(*r.recommended) : Json(nullptr);
  j["applied_to"] = r.applied_to.empty() ? Json(nullptr) : Json(r.applied_to);
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace genai_quiz
