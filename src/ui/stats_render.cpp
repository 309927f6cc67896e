#include "genai_quiz/ui/stats_render.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <numeric>
#include <vector>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/term/charts.hpp"
#include "genai_quiz/term/glyphs.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/table.hpp"
#include "genai_quiz/term/wrap.hpp"
#include "genai_quiz/ui/output_text.hpp"
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
  const Figures* figures;  // null for the heading of a deck
};

// One row per section, the total last; with several decks, each deck's sections under its id.
std::vector<Row> rows_of(const Stats& stats, bool qualify) {
  std::vector<Row> rows;
  const std::string* deck = nullptr;
  for (const SectionFigures& s : stats.sections) {
    if (qualify && (deck == nullptr || *deck != s.deck)) {
      deck = &s.deck;
      rows.push_back({s.deck, nullptr});  // render_table sanitizes the names
    }
    rows.push_back({(qualify ? "  " : "") + s.section, &s.figures});
  }
  rows.push_back({"all sections", &stats.total});
  return rows;
}

// A table of one row per section (and deck heading), the total set apart by a rule when there
// is more than one section; `cells` gives a section's cells after its name.
std::string table(const std::vector<TableColumn>& columns, const std::vector<Row>& rows,
                  const std::function<std::vector<std::string>(const Figures&)>& cells, const StatsView& view) {
  std::vector<TableRow> body;
  for (const Row& r : rows) {
    if (r.figures == nullptr) {
      body.push_back({{r.name}, true, false});
      continue;
    }
    std::vector<std::string> row = {r.name};
    for (std::string& cell : cells(*r.figures)) row.push_back(std::move(cell));
    body.push_back({std::move(row), false, false});
  }
  if (rows.size() > 2) body.back().total = true;
  return render_table(columns, body, view.style.width, view.style.caps);
}

// `text` as a paragraph wrapped to the width, in `role`.
std::string paragraph(const std::string& text, const StatsView& view, Role role = Role::kPlain) {
  std::string out;
  for (const std::string& line : wrap_text(text, view.style.width, role, view.style.caps.color)) out += line + "\n";
  return out;
}

std::string retention_cell(const Retention& r, const StatsView& view) {
  if (r.total == 0) return std::string(glyphs(view.style.caps.unicode).horizontal);
  return fmt::format("{:.0f}% of {}", 100 * *r.rate(), r.total);
}

std::string stability_cell(const std::optional<double>& s, const StatsView& view) {
  if (!s) return std::string(glyphs(view.style.caps.unicode).horizontal);
  return fmt::format("{:.1f} days", *s);
}

std::string heading(const std::string& text, const StatsView& view) { return paragraph(text, view, Role::kHeading); }

// The suspended, flagged and leech cards of each section, when there are any.
std::string marks(const Stats& stats, const std::vector<Row>& rows, const StatsView& view) {
  const Figures& all = stats.total;
  if (all.suspended == 0 && all.flagged == 0 && all.leech == 0) return "";
  std::string out = heading("Suspended, flagged and leech cards", view);
  out += table({{{"section"}, true}, {{"suspended", "susp"}}, {{"flagged", "flag"}}, {{"leech"}}}, rows,
               [](const Figures& f) {
                 return std::vector<std::string>{std::to_string(f.suspended), std::to_string(f.flagged),
                                                 std::to_string(f.leech)};
               },
               view);
  out += paragraph("A suspended card counts among the cards, but not as new, learning, review or due; "
                   "'genai-quiz unsuspend CARD' brings it back.",
                   view, Role::kMuted);
  return out + "\n";
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
    return out + paragraph(line + " (they come from study --type and interview).", view, Role::kMuted) +
           (picks.empty() ? "" : paragraph(picks, view)) + "\n";
  }
  out += paragraph(line + ".", view);
  out += paragraph("Suggested: Good when every key point was covered, Hard for at least half, Again for fewer.", view,
                   Role::kMuted);
  if (!picks.empty()) out += paragraph(picks, view);
  out += "\n";
  return out;
}

// "deck/section/id" in lines of at most `width` columns, broken after a slash where it can be.
std::vector<std::string> wrap_at_slashes(const std::string& place, int width) {
  std::vector<std::string> lines{std::string()};
  for (std::size_t start = 0; start < place.size();) {
    const std::size_t slash = place.find('/', start);
    const std::size_t end = slash == std::string::npos ? place.size() : slash + 1;
    const std::string piece = place.substr(start, end - start);
    start = end;
    if (display_width(lines.back() + piece) <= width) {
      lines.back() += piece;
      continue;
    }
    if (lines.back().empty()) lines.pop_back();
    for (const std::string& part : wrap_text(piece, width)) lines.push_back(part);
  }
  return lines;
}

// `text` cut to `width` columns after its last whole word that fits, with `ellipsis` ("Why do
// Transformers use …"); cut inside a word only when its first word alone is too wide.
std::string cut_at_word(const std::string& text, int width, std::string_view ellipsis) {
  const std::string cut = truncate_to_width(text, width, ellipsis);
  if (cut == text || cut.size() < ellipsis.size() || cut.compare(cut.size() - ellipsis.size(), ellipsis.size(), ellipsis) != 0) {
    return cut;
  }
  std::string head = cut.substr(0, cut.size() - ellipsis.size());
  if (head.size() < text.size() && text[head.size()] != ' ') {
    const std::size_t space = head.rfind(' ');
    if (space != std::string::npos && space > 0) head.resize(space + 1);
  }
  return head + std::string(ellipsis);
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
  // "   74%  " then the place, and the question after it when it keeps enough room; else the
  // question on a line of its own, as wide as the screen.
  constexpr int kPercent = 8;  // "  100%  "
  constexpr int kFewestQuestionColumns = 24;
  const int room = view.style.width - kPercent - place_width - 2;
  const std::string_view ellipsis = glyphs(view.style.caps.unicode).ellipsis;
  for (std::size_t i = 0; i < places.size(); ++i) {
    const CardRecord& c = stats.total.weakest[i];
    const std::string percent = fmt::format("  {:>3.0f}%  ", 100 * c.retrievability);
    if (room >= kFewestQuestionColumns) {
      out += percent + pad_to_width(places[i], place_width) + "  " + cut_at_word(one_line(c.question), room, ellipsis) + "\n";
      continue;
    }
    const std::vector<std::string> place = wrap_at_slashes(places[i], view.style.width - kPercent);
    for (std::size_t k = 0; k < place.size(); ++k) {
      out += (k == 0 ? percent : std::string(kPercent, ' ')) + place[k] + "\n";
    }
    out += "    " + cut_at_word(one_line(c.question), view.style.width - 4, ellipsis) + "\n";
  }
  return out + "\n";
}

// The 30-day forecast, several days to a column when two columns a day do not fit the width.
std::string forecast(const Stats& stats, const StatsView& view) {
  const std::vector<int>& per_day = stats.total.forecast;
  const int due = std::accumulate(per_day.begin(), per_day.end(), 0);
  const int days = static_cast<int>(per_day.size());
  const int label = static_cast<int>(std::to_string(std::max(1, *std::max_element(per_day.begin(), per_day.end()))).size());
  // A column takes 2 columns after the scale and the axis; the last date label needs 6 more.
  const int room = std::max(1, (view.style.width - label - 2 - 6) / 2 + 1);
  const int group = std::max(1, (days + room - 1) / room);
  std::vector<int> columns;
  for (int d = 0; d < days; d += group) {
    int sum = 0;
    for (int k = d; k < std::min(days, d + group); ++k) sum += per_day[static_cast<std::size_t>(k)];
    columns.push_back(sum);
  }
  std::string head = fmt::format("Due in the next {} days: {} (today includes overdue cards)", kForecastDays,
                                 plural(due, "card"));
  if (group > 1 && due > 0) head += fmt::format("; each column is {} days", group);
  std::string out = heading(head, view);
  if (due == 0) return out + paragraph("Nothing studied is due in this time.", view, Role::kMuted);
  return out + render_column_chart(columns, stats.today, group, view.style.caps);
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
  j["suspended"] = f.suspended;
  j["flagged"] = f.flagged;
  j["leech"] = f.leech;
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
  j["forecast"] = {{"from", format_calendar_date(today)}, {"due", f.forecast}};
  j["reviews_per_day"] = {{"from", format_calendar_date(heat_first)}, {"reviews", f.reviews_per_day}};
  return j;
}

}  // namespace

std::string render_stats_text(const Stats& stats, const StatsView& view) {
  std::vector<Row> rows = rows_of(stats, view.qualify);
  std::string out = heading(fmt::format("Cards on {}", format_calendar_date(stats.today)), view);
  out += table({{{"section"}, true},
                {{"cards"}},
                {{"new"}},
                {{"learning", "learn"}},
                {{"review"}},
                {{"relearning", "relearn"}},
                {{"due today", "today"}},
                {{"tomorrow", "tmrw"}},
                {{"7 days", "7d"}}},
               rows,
               [](const Figures& f) {
                 return std::vector<std::string>{
                     std::to_string(f.cards),        std::to_string(f.by_phase[0]),  std::to_string(f.by_phase[1]),
                     std::to_string(f.by_phase[2]),  std::to_string(f.by_phase[3]),  std::to_string(f.due_today),
                     std::to_string(f.due_tomorrow), std::to_string(f.due_week)};
               },
               view);
  out += '\n';
  out += marks(stats, rows, view);
  out += heading("Memory", view);
  out += table({{{"section"}, true},
                {{"retention 7 days", "7 days"}},
                {{"retention 30 days", "30 days"}},
                {{"average stability", "stability"}}},
               rows,
               [&view](const Figures& f) {
                 return std::vector<std::string>{retention_cell(f.retention_7d, view),
                                                 retention_cell(f.retention_30d, view),
                                                 stability_cell(f.average_stability, view)};
               },
               view);
  out += paragraph("Retention: the share of review cards not forgotten (rated Hard, Good or Easy).", view,
                   Role::kMuted) + "\n";
  out += calibration(stats, view);
  out += weakest(stats, view);

  out += forecast(stats, view);
  out += '\n';

  const std::vector<int>& per_day = stats.total.reviews_per_day;
  int reviews = std::accumulate(per_day.begin(), per_day.end(), 0);
  auto active = std::count_if(per_day.begin(), per_day.end(), [](int n) { return n > 0; });
  out += heading(fmt::format("Reviews per day, last {} weeks: {} on {}", kHeatmapWeeks, plural(reviews, "review"),
                             plural(static_cast<int>(active), "day")), view);
  if (reviews > 0) {
    out += render_heatmap(per_day, stats.heatmap_first_day, view.style.caps);
  } else {
    out += paragraph("No answers in this time.", view, Role::kMuted);
  }
  return out;
}

std::string render_stats_json(const Stats& stats, TimePoint now, const std::function<std::string(TimePoint)>& format_time) {
  Json j;
  j["now"] = format_time(now);
  j["today"] = format_calendar_date(stats.today);
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
