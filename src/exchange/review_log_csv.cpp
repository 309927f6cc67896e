#include "genai_quiz/exchange/review_log_csv.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <optional>
#include <string_view>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/iso_time.hpp"
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

// A review time: an ISO 8601 date and time (parse_iso_time; UTC when it gives no offset) or
// integer epoch milliseconds. A date without a time is refused.
std::optional<TimePoint> parse_time(std::string_view s) {
  std::int64_t ms = 0;
  if (parse_number(s, ms)) return TimePoint(std::chrono::milliseconds(ms));
  if (s.size() < 16) return std::nullopt;  // YYYY-MM-DDTHH:MM at least
  const std::optional<IsoTime> t = parse_iso_time(s);
  if (!t) return std::nullopt;
  return t->wall - t->utc_offset.value_or(std::chrono::minutes(0));
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
