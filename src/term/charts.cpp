#include "genai_quiz/term/charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>
#include <chrono>
#include <vector>

#include "genai_quiz/term/glyphs.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/text_width.hpp"

namespace genai_quiz {
namespace {

constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 7> kWeekdays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::chrono::year_month_day date_of(std::int64_t day) {
  return std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(day)));
}

void trim_right(std::string& line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
}

// Writes `text` into `line` starting at display column `col` (the line holds ASCII up to there).
void put_at(std::string& line, int col, std::string_view text) {
  if (static_cast<int>(line.size()) < col) line.append(static_cast<std::size_t>(col) - line.size(), ' ');
  line.replace(static_cast<std::size_t>(col), std::min(line.size() - static_cast<std::size_t>(col), text.size()),
               text);
}

// The cell of one column in row `row` (0 is the bottom row).
std::string_view column_cell(int count, int max, int row, const Glyphs& g) {
  if (count <= 0) return " ";
  if (g.unicode) {
    long eighths = std::max(1L, std::lround(8.0 * kColumnChartHeight * count / max));
    long filled = eighths - 8L * row;
    if (filled >= 8) return g.block_full;
    return filled > 0 ? g.lower_eighths[filled] : " ";
  }
  long rows = std::max(1L, std::lround(1.0 * kColumnChartHeight * count / max));
  return row < rows ? g.block_full : " ";
}

}  // namespace

std::string short_date(std::int64_t day) {
  auto ymd = date_of(day);
  return fmt::format("{} {}", kMonths[static_cast<unsigned>(ymd.month()) - 1], static_cast<unsigned>(ymd.day()));
}

std::string render_column_chart(std::span<const int> per_day, std::int64_t first_day, const Capabilities& caps) {
  return render_column_chart(per_day, first_day, 1, caps);
}

std::string render_column_chart(std::span<const int> per_day, std::int64_t first_day, int days_per_column,
                                const Capabilities& caps) {
  const Glyphs& g = glyphs(caps.unicode);
  int max = per_day.empty() ? 0 : *std::max_element(per_day.begin(), per_day.end());
  max = std::max(max, 1);
  const std::string top = std::to_string(max);
  const int label_width = static_cast<int>(top.size());
  std::string out;
  for (int row = kColumnChartHeight - 1; row >= 0; --row) {
    std::string bars;
    for (int count : per_day) {
      bars += column_cell(count, max, row, g);
      bars += ' ';
    }
    trim_right(bars);
    std::string label = row == kColumnChartHeight - 1 ? top : "";
    std::string axis(row == kColumnChartHeight - 1 ? g.tee_left : g.vertical);
    out += fmt::format("{:>{}} {}{}\n", label, label_width, paint(axis, Role::kMuted, caps.color),
                       paint(bars, Role::kAccent, caps.color));
  }
  std::string rule;
  for (std::size_t i = 0; i < per_day.size(); ++i) rule += std::string(g.horizontal) + std::string(g.horizontal);
  out += fmt::format("{:>{}} {}\n", "0", label_width,
                     paint(std::string(g.bottom_left) + rule, Role::kMuted, caps.color));
  std::string dates;
  for (std::size_t i = 0; i < per_day.size(); i += 7) {
    put_at(dates, label_width + 2 + 2 * static_cast<int>(i), short_date(first_day + static_cast<std::int64_t>(i) * days_per_column));
  }
  trim_right(dates);
  out += paint(dates, Role::kMuted, caps.color) + "\n";
  return out;
}

std::string render_heatmap(std::span<const int> per_day, std::int64_t first_day, const Capabilities& caps) {
  const Glyphs& g = glyphs(caps.unicode);
  const int weeks = static_cast<int>((per_day.size() + 6) / 7);
  const int max = per_day.empty() ? 0 : *std::max_element(per_day.begin(), per_day.end());
  constexpr int kLabel = 4;  // "Mon "

  // A month's name above the first week that starts in it; the first column is named too when
  // that leaves a space before the next name.
  std::vector<std::pair<int, const char*>> labels;
  for (int w = 1; w < weeks; ++w) {
    unsigned month = static_cast<unsigned>(date_of(first_day + 7 * w).month());
    if (month != static_cast<unsigned>(date_of(first_day + 7 * (w - 1)).month())) {
      labels.emplace_back(kLabel + 2 * w, kMonths[month - 1]);
    }
  }
  if (weeks > 0 && (labels.empty() || labels.front().first >= kLabel + 4)) {
    labels.insert(labels.begin(), {kLabel, kMonths[static_cast<unsigned>(date_of(first_day).month()) - 1]});
  }
  std::string months;
  for (const auto& [col, name] : labels) put_at(months, col, name);
  std::string out = paint(months, Role::kMuted, caps.color) + "\n";

  auto cell = [&](int level) {
    return paint(g.shades[level], level == 0 ? Role::kMuted : Role::kGood, caps.color);
  };
  auto shade = [&](int count) {
    return cell(count <= 0 ? 0 : std::clamp((4 * count + max - 1) / max, 1, 4));  // ceil(4 * count / max)
  };
  for (int weekday = 0; weekday < 7; ++weekday) {
    std::string line = paint(kWeekdays[static_cast<std::size_t>(weekday)], Role::kMuted, caps.color) + " ";
    for (int w = 0; w < weeks; ++w) {
      std::size_t d = static_cast<std::size_t>(7 * w + weekday);
      if (d >= per_day.size()) break;
      line += shade(per_day[d]);
      line += ' ';
    }
    trim_right(line);
    out += line + "\n";
  }
  std::string legend = paint("less", Role::kMuted, caps.color);
  for (int level = 0; level <= 4; ++level) {
    legend += ' ';
    legend += cell(level);
  }
  out += fmt::format("{:{}}{} {}\n", "", kLabel, legend, paint("more", Role::kMuted, caps.color));
  return out;
}

}  // namespace genai_quiz
