// genai-quiz plan [--by DATE] [-s SECTION]... [--minutes M]... [--new N]... [--target R] [--json]
// [--apply]: simulates the days until the interview for a grid of plans and recommends the
// cheapest one that reaches the target.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "cli/command_setups.hpp"
#include "cli/section_option.hpp"
#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/app/progress_snapshot.hpp"
#include "genai_quiz/config/config_keys.hpp"
#include "genai_quiz/config/config_set.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/plan_simulation.hpp"
#include "genai_quiz/ui/output_text.hpp"
#include "genai_quiz/ui/plan_render.hpp"

namespace genai_quiz {
namespace {

struct PlanOptions {
  std::string by;
  std::vector<std::string> sections;
  std::vector<int> minutes{10, 20, 30};
  std::vector<int> new_per_day{10, 20};
  double target = 0.90;
  int runs = 20;
  std::uint64_t seed = 1;
  bool json = false;
  bool apply = false;
};

// Sets each key of `values` in config.yaml, one checked edit after the other, then writes the file
// once. Returns its path.
std::string save_settings(const std::vector<std::pair<std::string, std::string>>& values) {
  const std::string path = config_file_path();
  std::string text = read_config_text(path).value_or("");
  for (const auto& [name, value] : values) {
    const ConfigKey* key = find_config_key(name);
    if (key == nullptr) throw Error("no setting " + name);
    ConfigEdit edit = set_config_value(text, *key, value, path);
    if (!edit.ok()) throw Error("cannot set " + qualified_name(*key) + " in " + path + ": " + edit.problems.front().message);
    text = edit.text;
  }
  write_config_text(path, text);
  return path;
}

int run_plan(const PlanOptions& o, const GlobalOptions& global) {
  if (!(o.target > 0 && o.target < 1)) throw UsageError("--target: the share to recall must be between 0 and 1, e.g. 0.9");
  if (o.runs < 1 || o.runs > 10000) throw UsageError("--runs: between 1 and 10000 simulation runs");
  for (int m : o.minutes) {
    if (m < 0) throw UsageError("--minutes: the minutes a day cannot be negative (0: no limit)");
  }
  for (int n : o.new_per_day) {
    if (n < 0) throw UsageError("--new: the number of new cards cannot be negative");
  }
  const Config config = load_config(global);
  const SchedulerSettings& settings = config.scheduling;
  const auto calendar = std::make_shared<LocalCalendar>(settings.day_start_hour);
  const TimePoint now = resolve_now(global);
  const std::int64_t today = calendar->day(now);

  std::int64_t interview_day = 0;
  if (!o.by.empty()) {
    std::optional<std::int64_t> day = parse_calendar_date(o.by);
    if (!day) throw UsageError("--by: '" + o.by + "' is not a date (allowed: YYYY-MM-DD, e.g. 2025-06-30)");
    if (*day < today) throw UsageError("--by: " + o.by + " is in the past");
    interview_day = *day;
  } else if (config.interview_date && *config.interview_date >= today) {
    interview_day = *config.interview_date;
  } else {
    throw UsageError("plan needs the interview date: give --by DATE, or set it with "
                     "'genai-quiz config interview_date YYYY-MM-DD'");
  }

  const Scheduler scheduler(settings, calendar);
  const ProgressSnapshot snap = load_snapshot(global, o.sections, scheduler, now);
  PlanInput input;
  input.scheduling = settings;
  input.scheduling.enable_fuzz = false;  // the expected workload, not one draw of it (docs/scheduling.md)
  input.calendar = calendar;
  input.now = now;
  input.interview_day = interview_day;
  input.answers = answer_model_from_log(snap.reviews);
  input.cards = plan_cards(snap.cards);
  const int never_studied = static_cast<int>(
      std::count_if(input.cards.begin(), input.cards.end(), [](const CardState& c) { return c.phase == Phase::kNew; }));
  for (const ReviewRecord& r : snap.reviews) {
    if (!r.cram && r.before.phase == Phase::kNew && calendar->day(r.time) == today) ++input.introduced_today;
  }

  PlanReport report;
  report.today = today;
  report.interview_day = interview_day;
  report.cards = static_cast<int>(input.cards.size());
  report.new_cards = never_studied;
  report.suspended = static_cast<int>(snap.cards.size() - input.cards.size());
  report.runs = o.runs;
  report.seed = o.seed;
  report.target = o.target;
  report.answers = input.answers;
  for (const PlanSettings& plan : plan_grid(o.new_per_day, o.minutes)) {
    report.outcomes.push_back(simulate_plan(input, plan, o.runs, o.seed));
  }
  report.recommended = cheapest_reaching(report.outcomes, o.target);
  if (o.apply && report.recommended) {
    const PlanOutcome& best = report.outcomes[*report.recommended];
    report.applied_to = save_settings({{"scheduling.desired_retention", fmt::format("{:.2f}", best.plan.desired_retention)},
                                       {"scheduling.interview_date", format_calendar_date(interview_day)},
                                       {"study.new_per_day", std::to_string(best.plan.new_per_day)}});
  }

  const std::string out =
      o.json ? render_plan_json(report, now, local_iso_time) : render_plan_text(report, report_style(global.color));
  std::fputs(out.c_str(), stdout);
  if (o.apply && !report.recommended) {
    std::fputs("genai-quiz: no plan reaches the target, so nothing was saved\n", stderr);
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

Runner setup_plan(CLI::App& sub, const GlobalOptions& global) {
  auto o = std::make_shared<PlanOptions>();
  sub.add_option("--by", o->by, "Interview date (default: interview_date in config.yaml)")->type_name("DATE");
  add_section_option(sub, o->sections);
  sub.add_option("--minutes", o->minutes, "Minutes a day to compare, 0 for no limit (repeatable; default 10 20 30)")
      ->type_name("M");
  sub.add_option("--new", o->new_per_day, "New cards a day to compare (repeatable; default 10 20)")->type_name("N");
  sub.add_option("--target", o->target, "Share of the cards to recall on the interview morning (default 0.9)")
      ->type_name("R");
  sub.add_option("--runs", o->runs, "Simulation runs of each plan (default 20)")->type_name("N");
  sub.add_option("--seed", o->seed, "Seed of the simulation: the same seed gives the same figures (default 1)")
      ->type_name("N");
  sub.add_flag("--json", o->json, "The same figures as one JSON object (docs/scheduling.md)");
  sub.add_flag("--apply", o->apply,
               "Save the recommended plan's desired retention and the interview date in config.yaml");
  sub.footer(
      "Simulates each day until the interview with your cards, your FSRS parameters and learning steps,\n"
      "the daily new-card limit and the time your answers take (from your review log), for desired\n"
      "retention 0.80 to 0.95 with each --new and --minutes, and prints the minutes and answers a day\n"
      "and the share of the cards you would recall on the interview morning (docs/scheduling.md).\n"
      "Suspended cards are left out, as study leaves them out.\n\n"
      "Example:\n  genai-quiz plan --by 2025-06-30\n  genai-quiz plan --by 2025-06-30 --minutes 20 --minutes 30 "
      "--target 0.85 --apply");
  return [o, &global] { return run_plan(*o, global); };
}

}  // namespace genai_quiz
