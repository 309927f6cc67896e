#include "genai_quiz/exchange/review_log_csv.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <chrono>
#include <optional>
#include <string_view>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz {
namespace {

std::vector<std::string_view> split_fields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = line.find(',', start);
    std::string_view field = line.substr(start, comma == std::string_view::npos ? comma : comma - start);
    while (!field.empty() && (field.front() == ' ' || field.front() == '"')) field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '"' || field.back() == '\r')) field.remove_suffix(1);
    fields.push_back(field);
    if (comma == std::string_view::npos) return fields;
    start = comma + 1;
  }
}

template <typename T>
bool parse_number(std::string_view s, T& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

/// Parses `YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|+HH:MM|-HHMM]` or integer epoch milliseconds.
std::optional<TimePoint> parse_time(std::string_view s) {
  std::int64_t ms = 0;
  if (parse_number(s, ms)) return TimePoint(std::chrono::milliseconds(ms));
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    return at + n <= s.size() && parse_number(s.substr(at, n), out);
  };
  if (!digits(0, 4, y) || s.size() < 16 || s[4] != '-' || !digits(5, 2, mo) || s[7] != '-' ||
      !digits(8, 2, d) || (s[10] != 'T' && s[10] != ' ') || !digits(11, 2, h) || s[13] != ':' ||
      !digits(14, 2, mi)) {
    return std::nullopt;
  }
  std::size_t at = 16;
  double fraction = 0;
  if (at < s.size() && s[at] == ':') {
    if (!digits(at + 1, 2, sec)) return std::nullopt;
    at += 3;
    if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
      double scale = 0.1;
      for (++at; at < s.size() && s[at] >= '0' && s[at] <= '9'; ++at, scale /= 10) fraction += (s[at] - '0') * scale;
    }
  }
  int offset_minutes = 0;
  if (at < s.size()) {
    if (s[at] == 'Z' && at + 1 == s.size()) {
    } else if (s[at] == '+' || s[at] == '-') {
      int oh = 0, om = 0;
      std::string_view rest = s.substr(at + 1);
      bool ok = rest.size() == 5 ? rest[2] == ':' && parse_number(rest.substr(0, 2), oh) && parse_number(rest.substr(3, 2), om)
              : rest.size() == 4 ? parse_number(rest.substr(0, 2), oh) && parse_number(rest.substr(2, 2), om)
              : rest.size() == 2 && parse_number(rest, oh);
      if (!ok) return std::nullopt;
      offset_minutes = (oh * 60 + om) * (s[at] == '-' ? -1 : 1);
    } else {
      return std::nullopt;
    }
  }
  std::chrono::year_month_day date{std::chrono::year(y), std::chrono::month(unsigned(mo)), std::chrono::day(unsigned(d))};
  if (!date.ok() || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  using namespace std::chrono;
  auto t = sys_days(date) + hours(h) + minutes(mi) + seconds(sec) - minutes(offset_minutes);
  return time_point_cast<milliseconds>(t) + milliseconds(std::llround(fraction * 1000));
}

// Throws when line `number` of the log holds a byte that is not UTF-8.
void check_utf8(std::string_view line, const std::string& name, int number) {
  if (std::optional<utf8::InvalidByte> bad = utf8::first_invalid(line)) {
    throw Error(fmt::format("{}:{}:{}: {}", name, number, bad->column, utf8::invalid_byte_message(*bad)));
  }
}

}  // namespace

CsvReviewLog read_review_log_csv(std::istream& in, const std::string& name) {
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    check_utf8(line, name, line_number);
    if (line.find_first_not_of(" \t\r") != std::string::npos) break;
  }
  if (line_number == 0 || line.find_first_not_of(" \t\r") == std::string::npos) {
    throw Error(fmt::format("{}: the review log is empty", name));
  }
  std::vector<std::string_view> header = split_fields(line);
  if (!header.empty() && header[0].starts_with("\xEF\xBB\xBF")) header[0].remove_prefix(3);
  std::vector<std::string> names(header.begin(), header.end());
  auto column = [&](std::string_view wanted) -> std::size_t {
    auto it = std::find(names.begin(), names.end(), wanted);
    if (it == names.end()) {
      throw Error(fmt::format("{}:{}: the header has no '{}' column (expected card_id,review_rating,review_time)",
                              name, line_number, wanted));
    }
    return std::size_t(it - names.begin());
  };
  const std::size_t card_col = column("card_id"), rating_col = column("review_rating"), time_col = column("review_time");
  const std::size_t needed = std::max({card_col, rating_col, time_col}) + 1;

  CsvReviewLog log;
  while (std::getline(in, line)) {
    ++line_number;
    check_utf8(line, name, line_number);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::vector<std::string_view> fields = split_fields(line);
    if (fields.size() < needed) {
      throw Error(fmt::format("{}:{}: expected {} fields, found {}", name, line_number, names.size(), fields.size()));
    }
    int rating = 0;
    if (!parse_number(fields[rating_col], rating)) {
      throw Error(fmt::format("{}:{}: review_rating '{}' is not a number", name, line_number, fields[rating_col]));
    }
    if (rating < 1 || rating > 4) {
      ++log.skipped;
      continue;
    }
    std::optional<TimePoint> time = parse_time(fields[time_col]);
    if (!time) {
      throw Error(fmt::format("{}:{}: review_time '{}' is not an ISO 8601 time or epoch milliseconds", name,
                              line_number, fields[time_col]));
    }
    ReviewRecord& r = log.reviews.emplace_back();
    r.card_id = fields[card_col];
    r.time = *time;
    r.rating = static_cast<Rating>(rating);
  }
  return log;
}

}  // namespace genai_quiz
