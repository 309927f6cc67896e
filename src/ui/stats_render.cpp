#include "genai_quiz/ui/stats_render.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <numeric>
#include <vector>

#include "genai_quiz/term/charts.hpp"
#include "genai_quiz/term/glyphs.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/text_width.hpp"

namespace genai_quiz {
namespace {

using Json = nlohmann::ordered_json;

// `text` sanitized, on one line (deck ids and titles in a table).
std::string one_line(const std::string& text) {
  std::string out = sanitize(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

struct Row {
  std::string name;
  const Figures* figures;
};

std::vector<Row> rows_of(const Stats& stats, bool qualify) {
  std::vector<Row> rows;
  for (const SectionFigures& s : stats.sections) {
    std::string name = qualify ? s.deck : s.section;
    if (qualify) name.append("/").append(s.section);
    rows.push_back({one_line(name), &s.figures});
  }
  rows.push_back({"all sections", &stats.total});
  return rows;
}

// A table: the first column left-aligned, the others right-aligned; the last row (the total)
// set apart by a rule when there is more than one section.
std::string table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& body,
                  const StatsView& view) {
  std::vector<int> widths(header.size(), 0);
  auto widen = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  };
  widen(header);
  for (const auto& row : body) widen(row);
  auto line = [&](const std::vector<std::string>& row) {
    std::string out = pad_to_width(row[0], widths[0]);
    for (std::size_t i = 1; i < row.size(); ++i) {
      out += std::string(2 + static_cast<std::size_t>(widths[i] - display_width(row[i])), ' ') + row[i];
    }
    return out;
  };
  std::string out = paint(line(header), Role::kMuted, view.caps.color) + "\n";
  for (std::size_t r = 0; r < body.size(); ++r) {
    if (r + 1 == body.size() && body.size() > 2) {
      std::string rule;
      int total = std::accumulate(widths.begin(), widths.end(), 0) + 2 * static_cast<int>(widths.size() - 1);
      for (int i = 0; i < total; ++i) rule += glyphs(view.caps.unicode).horizontal;
      out += paint(rule, Role::kMuted, view.caps.color) + "\n";
    }
    out += line(body[r]) + "\n";
  }
  return out;
}

std::string retention_cell(const Retention& r, const StatsView& view) {
  if (r.total == 0) return std::string(glyphs(view.caps.unicode).horizontal);
  return fmt::format("{:.0f}% of {}", 100 * *r.rate(), r.total);
}

std::string stability_cell(const std::optional<double>& s, const StatsView& view) {
  if (!s) return std::string(glyphs(view.caps.unicode).horizontal);
  return fmt::format("{:.1f} days", *s);
}

std::string heading(const std::string& text, const StatsView& view) {
  return paint(text, Role::kHeading, view.caps.color) + "\n";
}

// One line on how the ratings of typed answers compare with what their coverage suggested.
std::string calibration(const Stats& stats, const StatsView& view) {
  const Calibration& c = stats.total.calibration;
  std::string out = heading("Calibration of typed answers", view);
  std::string line = format_calibration(c);
  line[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(line[0])));
  std::string picks = format_picks(c);
  if (!picks.empty()) {
    picks[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(picks[0])));
    picks += ".\n";
  }
  if (c.answers == 0) {
    return out + paint(line + " (they come from study --type and interview).", Role::kMuted, view.caps.color) + "\n" +
           picks + "\n";
  }
  out += line + ".\n";
  out += paint("Suggested: Good when every key point was covered, Hard for at least half, Again for fewer.",
               Role::kMuted, view.caps.color) + "\n" + picks + "\n";
  return out;
}

std::string weakest(const Stats& stats, const StatsView& view) {
  if (stats.total.weakest.empty()) return "";
  std::string out = heading("Weakest cards (least likely to be recalled now)", view);
  std::vector<std::string> places;
  int place_width = 0;
  for (const CardRecord& c : stats.total.weakest) {
    std::string where = view.qualify ? c.deck : std::string();
    if (view.qualify) where += '/';
    where.append(c.section).append("/").append(c.id);
    where = one_line(where);
    place_width = std::max(place_width, display_width(where));
    places.push_back(std::move(where));
  }
  for (std::size_t i = 0; i < places.size(); ++i) {
    const CardRecord& c = stats.total.weakest[i];
    std::string prefix = fmt::format("  {:>3.0f}%  {}  ", 100 * c.retrievability, pad_to_width(places[i], place_width));
    const int room = view.width - display_width(prefix);
    constexpr int kFewestQuestionColumns = 24;  // narrower, the question goes on a line of its own
    if (room >= kFewestQuestionColumns) {
      out += prefix + truncate_to_width(one_line(c.question), room, glyphs(view.caps.unicode).ellipsis) + "\n";
    } else {
      out += prefix.substr(0, prefix.find_last_not_of(' ') + 1) + "\n    " +
             truncate_to_width(one_line(c.question), std::max(10, view.width - 4), glyphs(view.caps.unicode).ellipsis) +
             "\n";
    }
  }
  return out + "\n";
}

Json figures_json(const Figures& f, std::int64_t today, std::int64_t heat_first) {
  auto retention = [](const Retention& r) {
    Json j;
    j["passed"] = r.passed;
    j["total"] = r.total;
    j["rate"] = r.rate() ? Json(*r.rate()) : Json(nullptr);
    return j;
  };
  Json j;
  j["cards"] = f.cards;
  for (Phase p : {Phase::kNew, Phase::kLearning, Phase::kReview, Phase::kRelearning}) {
    j[std::string(phase_name(p))] = f.by_phase[static_cast<std::size_t>(p)];
  }
  j["due"] = {{"today", f.due_today}, {"tomorrow", f.due_tomorrow}, {"week", f.due_week}};
  j["retention"] = {{"7d", retention(f.retention_7d)}, {"30d", retention(f.retention_30d)}};
  j["average_stability"] = f.average_stability ? Json(*f.average_stability) : Json(nullptr);
  j["calibration"] = {{"answers", f.calibration.answers},
                      {"higher", f.calibration.higher},
                      {"same", f.calibration.same},
                      {"lower", f.calibration.lower},
                      {"picks", f.calibration.picks},
                      {"right_picks", f.calibration.right_picks}};
  j["weakest"] = Json::array();
  for (const CardRecord& c : f.weakest) {
    j["weakest"].push_back({{"deck", c.deck},
                            {"section", c.section},
                            {"id", c.id},
                            {"question", c.question},
                            {"state", std::string(phase_name(c.state.phase))},
                            {"retrievability", c.retrievability},
                            {"stability", c.state.stability}});
  }
  j["forecast"] = {{"from", iso_date(today)}, {"due", f.forecast}};
  j["reviews_per_day"] = {{"from", iso_date(heat_first)}, {"reviews", f.reviews_per_day}};
  return j;
}

}  // namespace

std::string iso_date(std::int64_t day) {
  std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day))};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

std::string render_stats_text(const Stats& stats, const StatsView& view) {
  std::vector<Row> rows = rows_of(stats, view.qualify);
  std::string out = heading(fmt::format("Cards on {}", iso_date(stats.today)), view);
  std::vector<std::vector<std::string>> cards, memory;
  for (const Row& r : rows) {
    const Figures& f = *r.figures;
    cards.push_back({r.name, std::to_string(f.cards), std::to_string(f.by_phase[0]), std::to_string(f.by_phase[1]),
                     std::to_string(f.by_phase[2]), std::to_string(f.by_phase[3]), std::to_string(f.due_today),
                     std::to_string(f.due_tomorrow), std::to_string(f.due_week)});
    memory.push_back({r.name, retention_cell(f.retention_7d, view), retention_cell(f.retention_30d, view),
                      stability_cell(f.average_stability, view)});
  }
  out += table({"section", "cards", "new", "learning", "review", "relearning", "due today", "tomorrow", "7 days"},
               cards, view);
  out += '\n';
  out += heading("Memory", view);
  out += table({"section", "retention 7 days", "retention 30 days", "average stability"}, memory, view);
  out += paint("Retention: the share of review cards not forgotten (rated Hard, Good or Easy).", Role::kMuted,
               view.caps.color) + "\n\n";
  out += calibration(stats, view);
  out += weakest(stats, view);

  int due = std::accumulate(stats.total.forecast.begin(), stats.total.forecast.end(), 0);
  out += heading(fmt::format("Due in the next {} days: {} card{} (today includes overdue cards)", kForecastDays, due,
                             due == 1 ? "" : "s"), view);
  if (due > 0) {
    out += render_column_chart(stats.total.forecast, stats.today, view.caps);
  } else {
    out += paint("Nothing studied is due in this time.", Role::kMuted, view.caps.color) + "\n";
  }
  out += '\n';

  const std::vector<int>& per_day = stats.total.reviews_per_day;
  int reviews = std::accumulate(per_day.begin(), per_day.end(), 0);
  auto active = std::count_if(per_day.begin(), per_day.end(), [](int n) { return n > 0; });
  out += heading(fmt::format("Reviews per day, last {} weeks: {} review{} on {} day{}", kHeatmapWeeks, reviews,
                             reviews == 1 ? "" : "s", active, active == 1 ? "" : "s"), view);
  if (reviews > 0) {
    out += render_heatmap(per_day, stats.heatmap_first_day, view.caps);
  } else {
    out += paint("No answers in this time.", Role::kMuted, view.caps.color) + "\n";
  }
  return out;
}

std::string render_stats_json(const Stats& stats, TimePoint now, const std::function<std::string(TimePoint)>& format_time) {
  Json j;
  j["now"] = format_time(now);
  j["today"] = iso_date(stats.today);
  j["sections"] = Json::array();
  for (const SectionFigures& s : stats.sections) {
    Json section;
    section["deck"] = s.deck;
    section["section"] = s.section;
    section["title"] = s.title;
    Json figures = figures_json(s.figures, stats.today, stats.heatmap_first_day);
    section.update(figures);
    j["sections"].push_back(section);
  }
  j["total"] = figures_json(stats.total, stats.today, stats.heatmap_first_day);
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace genai_quiz
