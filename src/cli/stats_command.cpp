// genai-quiz stats [-s SECTION]... [--json]: where you stand, per section, with charts.

#include <CLI/CLI.hpp>

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
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/progress_stats.hpp"
#include "genai_quiz/ui/output_text.hpp"
#include "genai_quiz/ui/stats_render.hpp"

namespace genai_quiz {
namespace {

struct StatsOptions {
  std::vector<std::string> sections;
  bool json = false;
};

int run_stats(const StatsOptions& options, const GlobalOptions& global) {
  const SchedulerSettings settings = load_settings(global);
  const auto calendar = std::make_shared<LocalCalendar>(settings.day_start_hour);
  const Scheduler scheduler(settings, calendar);
  const TimePoint now = resolve_now(global);
  const ProgressSnapshot snap = load_snapshot(global, options.sections, scheduler, now);

  const Stats stats = compute_stats(snap.cards, snap.reviews, *calendar, now);

  const std::string out = options.json ? render_stats_json(stats, now, local_iso_time)
                                       : render_stats_text(stats, {report_style(global.color), snap.decks.size() > 1});
  std::fputs(out.c_str(), stdout);
  return kExitOk;
}

}  // namespace

Runner setup_stats(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<StatsOptions>();
  add_section_option(sub, options->sections);
  sub.add_flag("--json", options->json, "The same figures as one JSON object (docs/export-format.md)");
  sub.footer(
      "Per section: cards by state, due today, tomorrow and within 7 days, suspended, flagged and\n"
      "leech cards, true retention over 7 and 30 days, average stability; how often typed answers\n"
      "were rated higher than their key points suggested; then the weakest cards, a 30-day due\n"
      "forecast and the reviews per day of the last 12 weeks. A suspended card is set aside: it is\n"
      "not counted as new or due, nor in the forecast or the weakest cards.\n\n"
      "Example:\n  genai-quiz stats\n  genai-quiz stats -s rag --json");
  return [options, &global] { return run_stats(*options, global); };
}

}  // namespace genai_quiz
