#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "genai_quiz/exchange/review_log_csv.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/optimizer/evaluation.hpp"

using namespace genai_quiz;
using namespace std::chrono;

namespace {
CsvReviewLog parse(const std::string& text) {
  std::istringstream in(text);
  return read_review_log_csv(in, "log.csv");
}
}  // namespace

TEST_CASE("A CSV review log is read by its header names", "[exchange]") {
  CsvReviewLog log = parse(
      "review_time,card_id,review_rating,review_duration\n"
      "2024-03-29T20:32:32.250000+00:00,1711684180217,1,25060\n"
      "2024-03-30 08:00:00+02:00,1711684180217,3,100\n"
      "1711900000000,abc,4,0\n"
      "2024-03-31T10:00:00Z,1711684180217,0,0\n"
      "\n");
  REQUIRE(log.reviews.size() == 3);
  CHECK(log.skipped == 1);
  CHECK(log.reviews[0].card_id == log.reviews[1].card_id);
  CHECK(log.reviews[2].card_id != log.reviews[0].card_id);
  CHECK(log.reviews[2].card_id == "abc");
  CHECK(log.reviews[0].time == TimePoint(sys_days(2024y / March / 29) + hours(20) + minutes(32) + seconds(32) + milliseconds(250)));
  CHECK(log.reviews[1].time == TimePoint(sys_days(2024y / March / 30) + hours(6)));
  CHECK(log.reviews[2].time == TimePoint(milliseconds(1711900000000)));
  CHECK(log.reviews[2].rating == Rating::kEasy);
}

TEST_CASE("A malformed CSV review log is an error naming the line", "[exchange]") {
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"", "log.csv: the review log is empty"},
      {"card,rating,time\n", "log.csv:1: the header has no 'card_id' column (expected card_id,review_rating,review_time)"},
      {"card_id,review_rating,review_time\n1,3\n", "log.csv:2: expected 3 fields, found 2"},
      {"card_id,review_rating,review_time\n1,good,2024-01-01T00:00:00Z\n", "log.csv:2: review_rating 'good' is not a number"},
      {"card_id,review_rating,review_time\n\n1,3,2024-13-01T00:00:00Z\n",
       "log.csv:3: review_time '2024-13-01T00:00:00Z' is not an ISO 8601 time or epoch milliseconds"},
  };
  for (const Case& c : cases) {
    try {
      parse(c.text);
      FAIL("no error for: " << c.text);
    } catch (const Error& e) {
      CHECK(std::string(e.what()) == c.message);
      CHECK(e.exit_code() == kExitFailure);
    }
  }
}

TEST_CASE("The shared Anki review log gives the items and the fit fsrs-rs reaches", "[exchange]") {
  const std::filesystem::path path = std::filesystem::path(GENAI_QUIZ_SHARED_DIR) / "data/revlogs/anki-user-reviews.csv";
  std::ifstream in(path);
  if (!in) {
    WARN("skipped: " << path << " is not there");
    return;
  }
  CsvReviewLog log = read_review_log_csv(in, path.string());
  CHECK(log.reviews.size() == 12580);
  auto items = optimizer::build_items(log.reviews, FixedOffsetCalendar(std::chrono::minutes(0), 4));
  CHECK(items.size() == 6276);  // ../shared/data/README.md
  auto fit = optimizer::fit_parameters(items, optimizer::OptimizerOptions{});
  REQUIRE(fit.outcome == optimizer::FitOutcome::kTrained);
  // fsrs-rs 6.5 (npm binding 0.5.0) fits parameters scoring 0.44443 under this evaluation
  // (docs/performance.md); the target is to be within 0.002 of it.
  CHECK(optimizer::evaluate(items, fit.parameters)->log_loss <= 0.44443 + 0.002);
}

TEST_CASE("A CSV review log that is not UTF-8 is refused at its first bad byte", "[exchange]") {
  struct Case {
    std::string text;
    std::string expected;
  };
  const Case kCases[] = {
      {"card_id,review_rating,review_time\n1,3,1711900000000\ncaf\xE9,3,1711900000000\n",
       "log.csv:3:4: invalid UTF-8 byte 0xE9; save the file as UTF-8"},
      {"card_id\xFF,review_rating,review_time\n", "log.csv:1:8: invalid UTF-8 byte 0xFF; save the file as UTF-8"},
  };
  for (const Case& c : kCases) {
    CAPTURE(c.text);
    CHECK_THROWS_WITH(parse(c.text), c.expected);
  }
}
