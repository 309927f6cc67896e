// genai-quiz optimize: fits the FSRS-6 parameters to a review history and reports how much
// better they predict it than the current ones.

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli/command_setups.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/app/save_parameters.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/optimizer/evaluation.hpp"
#include "genai_quiz/core/optimizer/optimizer.hpp"
#include "genai_quiz/exchange/review_log_csv.hpp"
#include "genai_quiz/files/read_file.hpp"
#include "genai_quiz/term/progress_bar.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

using optimizer::FitOutcome;
using optimizer::Metrics;
using optimizer::Parameters;

struct OptimizeOptions {
  std::string from;
  bool apply = false;
  bool evaluate = false;
  bool json = false;
  std::optional<int> day_start;           ///< default: day_start_hour of config.yaml
  std::optional<std::string> utc_offset;  ///< default: UTC for --from, local time for progress
  bool no_short_term = false;
};

std::chrono::minutes parse_offset(const std::string& text) {
  int hours = 0, minutes = 0;
  char sign = 0;
  if ((std::sscanf(text.c_str(), "%c%2d:%2d", &sign, &hours, &minutes) == 3 ||
       std::sscanf(text.c_str(), "%c%2d", &sign, &hours) == 2) &&
      (sign == '+' || sign == '-') && hours <= 14 && minutes < 60) {
    return std::chrono::minutes((hours * 60 + minutes) * (sign == '-' ? -1 : 1));
  }
  throw UsageError(fmt::format("--utc-offset '{}' is not an offset like +02:00 or -05:30", text));
}

std::string outcome_name(FitOutcome outcome) {
  switch (outcome) {
    case FitOutcome::kTrained: return "trained";
    case FitOutcome::kInitialStabilityOnly: return "initial-stability-only";
    case FitOutcome::kTooFewItems: return "too-few-reviews";
    case FitOutcome::kNoFirstIntervals: return "no-first-intervals";
  }
  return "unknown";
}

nlohmann::json metrics_json(const std::optional<Metrics>& m) {
  if (!m) return nullptr;
  return {{"log_loss", m->log_loss}, {"rmse_bins", m->rmse_bins}, {"reviews", m->items}};
}

std::string parameter_list(const Parameters& w) {
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    out += fmt::format("{}{:.4f}", i == 0 ? "  " : i % 7 == 0 ? ",\n  " : ", ", w[i]);
  }
  return out;
}

/// The reviews to fit on, and how their times become days.
struct ReviewSource {
  std::vector<ReviewRecord> reviews;
  std::unique_ptr<Calendar> calendar;
  std::string name;  ///< the file read
  std::string days;  ///< "days start at 04:00, UTC+00:00"
};

std::unique_ptr<Calendar> make_calendar(const OptimizeOptions& opt, int day_start, bool local_default,
                                        std::string& description) {
  if (!opt.utc_offset && local_default) {
    description = fmt::format("days start at {:02}:00 local time", day_start);
    return std::make_unique<LocalCalendar>(day_start);
  }
  std::string offset = opt.utc_offset.value_or("+00:00");
  description = fmt::format("days start at {:02}:00, UTC{}", day_start, offset);
  return std::make_unique<FixedOffsetCalendar>(parse_offset(offset), day_start);
}

ReviewSource read_source(const OptimizeOptions& opt, const GlobalOptions& global, int day_start) {
  ReviewSource source;
  if (!opt.from.empty()) {
    std::istringstream in(read_whole_file(opt.from, "'" + opt.from + "'"));
    source.reviews = read_review_log_csv(in, opt.from).reviews;
    source.name = opt.from;
    source.calendar = make_calendar(opt, day_start, false, source.days);
    return source;
  }
  source.name = progress_db_path(global).string();
  std::error_code ec;
  if (!std::filesystem::exists(source.name, ec)) {
    throw Error(fmt::format("no progress yet in {}: study some cards first, or fit a review log with --from FILE",
                            source.name));
  }
  SqliteStore store(source.name);
  source.reviews = store.reviews();
  std::erase_if(source.reviews, [](const ReviewRecord& r) { return r.cram; });  // they move no schedule
  source.calendar = make_calendar(opt, day_start, true, source.days);
  return source;
}

int run_optimize(const OptimizeOptions& opt, const GlobalOptions& global) {
  const SchedulerSettings settings = load_settings(global);
  const int day_start = opt.day_start.value_or(settings.day_start_hour);
  ReviewSource source = read_source(opt, global, day_start);
  std::vector<optimizer::FsrsItem> items = optimizer::build_items(source.reviews, *source.calendar);
  std::set<std::pair<std::string, std::string>> cards;
  for (const ReviewRecord& r : source.reviews) cards.emplace(r.deck_id, r.card_id);

  optimizer::OptimizerOptions options;
  options.enable_short_term = settings.enable_short_term && !opt.no_short_term;
  options.relearning_steps = std::max<int>(1, int(settings.relearning_steps.size()));
  optimizer::FitResult fit;
  std::optional<Metrics> time_series;
  {
    ProgressBar bar(stderr, "Fitting parameters");
    auto progress = [&](std::size_t done, std::size_t total) { bar.update(done, total); };
    fit = optimizer::fit_parameters(items, options, progress);
    if (opt.evaluate && fit.outcome != FitOutcome::kTooFewItems && fit.outcome != FitOutcome::kNoFirstIntervals) {
      ProgressBar ts_bar(stderr, "Time-series evaluation");
      time_series = optimizer::evaluate_time_series(
          items, options, [&](std::size_t done, std::size_t total) { ts_bar.update(done, total); });
    }
  }
  const Parameters current = settings.parameters;
  const std::string current_label = current == kDefaultWeights ? "current (FSRS-6 defaults)" : "current (config.yaml)";
  const bool usable = fit.outcome == FitOutcome::kTrained || fit.outcome == FitOutcome::kInitialStabilityOnly;
  std::optional<Metrics> before = optimizer::evaluate(items, current);
  std::optional<Metrics> after = usable ? optimizer::evaluate(items, fit.parameters) : std::nullopt;
  std::string saved_to;
  if (opt.apply && usable) saved_to = save_parameters(fit.parameters);

  if (opt.json) {
    nlohmann::json out = {
        {"source", source.name},
        {"reviews", source.reviews.size()},
        {"cards", cards.size()},
        {"items", items.size()},
        {"train_items", fit.train_items},
        {"outcome", outcome_name(fit.outcome)},
        {"day_start_hour", day_start},
        {"days", source.days},
        {"current", {{"parameters", current}, {"metrics", metrics_json(before)}}},
        {"fitted", usable ? nlohmann::json{{"parameters", fit.parameters}, {"metrics", metrics_json(after)}}
                          : nlohmann::json(nullptr)},
        {"time_series", metrics_json(time_series)},
        {"applied_to", saved_to.empty() ? nlohmann::json(nullptr) : nlohmann::json(saved_to)},
    };
    fmt::print("{}\n", out.dump(2));
    return usable ? kExitOk : kExitFailure;
  }

  fmt::print("Read {} of {} from {} ({}).\n", plural(static_cast<int>(source.reviews.size()), "review"),
             plural(static_cast<int>(cards.size()), "card"), sanitize(source.name), source.days);
  fmt::print("{} can be predicted (a later day than the card's previous review); {} kept after "
             "the outlier filter.\n",
             plural(static_cast<int>(items.size()), "review"), fit.train_items);
  if (!usable) {
    fmt::print(stderr,
               "genai-quiz: not enough review history to fit parameters: at least 8 predictable reviews are "
               "needed, including cards reviewed once on a later day (64 to fit more than the first "
               "stabilities). Keep studying and try again.\n");
    return kExitFailure;
  }
  if (fit.outcome == FitOutcome::kInitialStabilityOnly) {
    fmt::print("Little history: only the initial stabilities w0-w3 were fitted (64 predictable reviews "
               "are needed for all 21 parameters).\n");
  }
  fmt::print("\n{:<28} {:>9} {:>11}\n", "", "log loss", "RMSE(bins)");
  fmt::print("{:<28} {:>9.4f} {:>10.2f}%\n", current_label, before->log_loss, before->rmse_bins * 100);
  fmt::print("{:<28} {:>9.4f} {:>10.2f}%\n", "fitted", after->log_loss, after->rmse_bins * 100);
  if (time_series) {
    fmt::print("{:<28} {:>9.4f} {:>10.2f}%\n", "fitted, 5-fold time series", time_series->log_loss,
               time_series->rmse_bins * 100);
  }
  fmt::print("\nFitted parameters (w0-w20):\n{}\n", parameter_list(fit.parameters));
  if (saved_to.empty()) {
    fmt::print("\nRun again with --apply to save them in {}.\n", config_file_path());
  } else {
    fmt::print("\nSaved them in {}; they schedule your reviews from now on.\n", saved_to);
  }
  return kExitOk;
}

}  // namespace

Runner setup_optimize(CLI::App& sub, const GlobalOptions& global) {
  auto opt = std::make_shared<OptimizeOptions>();
  sub.add_option("--from", opt->from,
                 "Fit on this review log (Anki-style CSV: card_id,review_rating,review_time,...) instead of "
                 "your progress")
      ->type_name("FILE");
  sub.add_flag("--apply", opt->apply, "Save the fitted parameters in config.yaml (scheduling.parameters)");
  sub.add_flag("--evaluate", opt->evaluate,
               "Also run the 5-fold time-series evaluation (fit on the past, predict the next segment)");
  sub.add_flag("--json", opt->json, "Print the result as JSON");
  sub.add_option("--day-start", opt->day_start,
                 "Hour at which a new day starts (default: day_start_hour of config.yaml, 4)")
      ->check(CLI::Range(0, 23).description(""))
      ->type_name("HOUR");
  sub.add_option("--utc-offset", opt->utc_offset,
                 "Time zone of the reviews as an offset from UTC (default: +00:00 for --from, else local time)")
      ->type_name("+HH:MM");
  sub.add_flag("--no-short-term", opt->no_short_term,
               "Fit without same-day stability (w17-w19 stay at 0, w0-w3 at their pre-trained values); "
               "also when enable_short_term is false in config.yaml");
  sub.footer("Examples:\n  genai-quiz optimize --evaluate --apply\n  genai-quiz optimize --from revlog.csv");
  return [opt, &global] { return run_optimize(*opt, global); };
}

}  // namespace genai_quiz
