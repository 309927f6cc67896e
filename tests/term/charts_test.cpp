#include <catch2/catch.hpp>

#include <chrono>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/term/charts.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "support/golden.hpp"

using namespace genai_quiz;
using genai_quiz::testing::check_golden;

namespace {

const Capabilities kAscii{false, false, false};
const Capabilities kUnicode{false, true, false};
const Capabilities kColor{true, true, true};

std::int64_t day_of(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return sys_days(year(y) / month(m) / day(d)).time_since_epoch().count();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A 30-day forecast and 80 days of reviews with a shape worth looking at.
std::vector<int> sample_forecast() {
  std::vector<int> f(30, 0);
  int shape[] = {14, 3, 7, 0, 1, 9, 2, 0, 0, 5, 11, 4, 0, 2, 6, 1, 0, 0, 3, 0, 8, 0, 1, 0, 0, 2, 0, 0, 4, 1};
  for (int i = 0; i < 30; ++i) f[static_cast<std::size_t>(i)] = shape[i];
  return f;
}

std::vector<int> sample_reviews() {
  std::vector<int> r(80, 0);
  for (std::size_t i = 0; i < r.size(); ++i) r[i] = static_cast<int>((i * 7 + i / 5) % 13) - 4;
  for (int& v : r) v = v < 0 ? 0 : v;
  return r;
}

}  // namespace

TEST_CASE("Dates are written as a month abbreviation and a day", "[term]") {
  CHECK(short_date(day_of(2025, 3, 5)) == "Mar 5");
  CHECK(short_date(day_of(2024, 12, 31)) == "Dec 31");
  CHECK(short_date(0) == "Jan 1");
}

TEST_CASE("Columns of the ASCII chart are as many rows high as their share of the largest count", "[term]") {
  struct Case {
    int count;
    int rows;  // of kColumnChartHeight = 8, the largest count being 16
  } cases[] = {{16, 8}, {8, 4}, {0, 0}, {1, 1}, {2, 1}, {3, 2}, {15, 8}, {12, 6}};
  REQUIRE(kColumnChartHeight == 8);
  std::vector<int> counts;
  for (const Case& c : cases) counts.push_back(c.count);
  std::vector<std::string> lines = lines_of(render_column_chart(counts, day_of(2025, 3, 5), kAscii));
  REQUIRE(lines.size() == kColumnChartHeight + 2);
  CHECK(lines[0].rfind("16 +#", 0) == 0);
  CHECK(lines[kColumnChartHeight] == " 0 +" + std::string(2 * counts.size(), '-'));
  CHECK(lines[kColumnChartHeight + 1] == "    Mar 5         Mar 12");
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    int rows = 0;
    for (int row = 0; row < kColumnChartHeight; ++row) {
      const std::string& line = lines[static_cast<std::size_t>(row)];
      std::size_t col = 4 + 2 * i;
      if (col < line.size() && line[col] == '#') rows += 1;
    }
    INFO("count " << cases[i].count);
    CHECK(rows == cases[i].rows);
  }
}

TEST_CASE("Unicode columns are drawn in eighths of a row and a small count still shows", "[term]") {
  std::vector<int> counts = {64, 1, 12, 0};
  std::vector<std::string> lines = lines_of(render_column_chart(counts, 0, kUnicode));
  const std::string& bottom = lines[kColumnChartHeight - 1];
  CHECK(bottom == "   │█ ▁ █");
  CHECK(lines[kColumnChartHeight - 2] == "   │█   ▄");  // 12 of 64 is 1.5 rows
  std::vector<int> tiny = {1000, 1};
  CHECK(lines_of(render_column_chart(tiny, 0, kUnicode))[kColumnChartHeight - 1] == "     │█ ▁");
}

TEST_CASE("A chart with nothing to show still draws its axes", "[term]") {
  std::vector<int> zeros(30, 0);
  std::vector<std::string> lines = lines_of(render_column_chart(zeros, day_of(2025, 3, 5), kAscii));
  REQUIRE(lines.size() == kColumnChartHeight + 2);
  CHECK(lines[0] == "1 +");
  CHECK(lines[1] == "  |");
}

TEST_CASE("The heat map puts each day under its weekday and week, shaded by quarters of the most", "[term]") {
  struct Case {
    int count;
    char shade;  // the largest count is 8
  } cases[] = {{0, '.'}, {1, '-'}, {2, '-'}, {3, '+'}, {4, '+'}, {5, '*'}, {6, '*'}, {7, '#'}, {8, '#'}};
  std::vector<int> counts;
  for (const Case& c : cases) counts.push_back(c.count);
  const std::int64_t monday = day_of(2025, 2, 24);
  std::vector<std::string> lines = lines_of(render_heatmap(counts, monday, kAscii));
  REQUIRE(lines.size() == 9);
  CHECK(lines[0] == "      Mar");  // no room for "Feb" before the week of March 3
  CHECK(lines[8] == "    less . - + * # more");
  for (std::size_t d = 0; d < counts.size(); ++d) {
    const std::string& line = lines[1 + d % 7];
    std::size_t col = 4 + 2 * (d / 7);
    INFO("day " << d);
    REQUIRE(col < line.size());
    CHECK(line[col] == cases[d].shade);
  }
  CHECK(lines[1].rfind("Mon ", 0) == 0);
  CHECK(lines[7] == "Sun *");  // day 6; the second week stops after Tuesday
  CHECK(lines[3] == "Wed -");
}

TEST_CASE("Charts match their golden files in Unicode with colour, Unicode, and ASCII", "[term]") {
  const std::int64_t today = day_of(2025, 3, 5);
  const std::int64_t first_monday = day_of(2024, 12, 16);
  check_golden("charts/forecast-unicode.txt", render_column_chart(sample_forecast(), today, kUnicode));
  check_golden("charts/forecast-color.txt", render_column_chart(sample_forecast(), today, kColor));
  check_golden("charts/forecast-ascii.txt", render_column_chart(sample_forecast(), today, kAscii));
  check_golden("charts/heatmap-unicode.txt", render_heatmap(sample_reviews(), first_monday, kUnicode));
  check_golden("charts/heatmap-color.txt", render_heatmap(sample_reviews(), first_monday, kColor));
  check_golden("charts/heatmap-ascii.txt", render_heatmap(sample_reviews(), first_monday, kAscii));
}

TEST_CASE("ASCII charts are plain ASCII without escape sequences", "[term]") {
  std::string text = render_column_chart(sample_forecast(), 0, kAscii) + render_heatmap(sample_reviews(), 0, kAscii);
  for (char c : text) {
    INFO("byte " << static_cast<int>(static_cast<unsigned char>(c)));
    REQUIRE(((c >= 0x20 && c < 0x7f) || c == '\n'));
  }
  std::string color = render_heatmap(sample_reviews(), 0, kColor);
  CHECK(color.find('\x1b') != std::string::npos);
}
