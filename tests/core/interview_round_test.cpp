#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/core/interview_round.hpp"
#include "genai_quiz/core/interview_transcript.hpp"
#include "support/fixture_files.hpp"
#include "support/golden.hpp"

// The transcript's golden output is tests/data/interview/round.md. After a deliberate change of
// the layout, regenerate it with
//   GENAI_QUIZ_UPDATE_GOLDEN=1 build/tests/genai-quiz-tests "[core]"
// and review the change with `git diff` before committing.

namespace genai_quiz {
namespace {

using std::chrono::minutes;

KeyPoint point(std::vector<std::string> alternatives) { return KeyPoint{std::move(alternatives), {}}; }

std::vector<InterviewQuestion> three_questions() {
  return {
      {"genai-interview", "backpropagation", "Technical Foundation", "Describe the backpropagation algorithm.",
       "Gradients of the loss by the **chain rule**, then gradient descent.\n",
       {point({"chain rule"}), point({"gradient descent", "weight update"}), point({"loss"})}},
      {"genai-interview", "self-attention", "Technical Foundation", "Explain self-attention | briefly.",
       "Queries, keys and values; softmax of scaled dot products.\n",
       {point({"query key value"}), point({"softmax"})}},
      {"genai-interview", "rag", "RAG", "What is RAG?", "Retrieval-augmented generation.", {}},
  };
}

}  // namespace

TEST_CASE("A round asks every question against the clock, then grades them in order", "[core]") {
  KeyPointMatcher matcher;
  InterviewRound round(three_questions(), minutes(3), matcher);
  REQUIRE(round.stage() == RoundStage::kAsking);

  round.start_question(1'000);
  CHECK(round.remaining_ms(1'000) == 180'000);
  CHECK(round.remaining_ms(61'000) == 120'000);
  CHECK(round.remaining_ms(500'000) == 0);
  round.answer("The loss goes back by the chain rule.", 43'500);
  CHECK(round.index() == 1);

  round.start_question(50'000);
  round.answer("softmax", 50'000 + 181'000);  // one second late
  round.start_question(300'000);
  round.answer("", 310'000);                  // answered aloud
  REQUIRE(round.stage() == RoundStage::kGrading);
  CHECK(round.index() == 0);

  const auto& a = round.answers();
  CHECK(a[0].time_ms == 42'500);
  CHECK_FALSE(a[0].over_time);
  CHECK(a[1].over_time);
  CHECK(a[0].coverage.covered() == 2);            // chain rule, loss
  CHECK(a[0].suggested == Rating::kHard);         // 2 of 3
  CHECK(a[1].suggested == Rating::kHard);         // 1 of 2
  CHECK_FALSE(a[2].suggested.has_value());        // no key points, nothing typed

  round.grade(Rating::kGood);
  round.grade(Rating::kHard);
  CHECK(round.stage() == RoundStage::kGrading);
  round.grade(Rating::kAgain);
  CHECK(round.stage() == RoundStage::kFinished);
  CHECK(a[0].grade == Rating::kGood);
  CHECK(a[2].grade == Rating::kAgain);
}

TEST_CASE("Stopping while asking grades only the questions answered", "[core]") {
  KeyPointMatcher matcher;
  InterviewRound round(three_questions(), minutes(3), matcher);
  round.start_question(0);
  round.answer("chain rule and gradient descent on the loss", 10'000);
  round.start_question(10'000);
  round.stop();
  REQUIRE(round.stage() == RoundStage::kGrading);
  REQUIRE(round.questions().size() == 1);
  CHECK(round.answers()[0].suggested == Rating::kGood);
  round.stop();
  CHECK(round.stage() == RoundStage::kFinished);
  CHECK_FALSE(round.answers()[0].grade.has_value());
}

TEST_CASE("Stopping before any answer ends the round with nothing to grade", "[core]") {
  KeyPointMatcher matcher;
  InterviewRound round(three_questions(), minutes(3), matcher);
  round.start_question(0);
  round.stop();
  CHECK(round.stage() == RoundStage::kFinished);
  CHECK(round.questions().empty());
}

TEST_CASE("Questions are drawn at random without repetition, the same for the same seed", "[core]") {
  std::vector<std::size_t> drawn = draw_questions(10, 5, 42);
  CHECK(drawn.size() == 5);
  CHECK(std::set<std::size_t>(drawn.begin(), drawn.end()).size() == 5);
  CHECK(std::all_of(drawn.begin(), drawn.end(), [](std::size_t i) { return i < 10; }));
  CHECK(draw_questions(10, 5, 42) == drawn);
  CHECK(draw_questions(10, 5, 43) != drawn);
  std::vector<std::size_t> all = draw_questions(3, 5, 1);
  std::sort(all.begin(), all.end());
  CHECK(all == std::vector<std::size_t>{0, 1, 2});
  CHECK(draw_questions(0, 5, 1).empty());
}

TEST_CASE("Minutes and seconds are written m:ss, rounded down", "[core]") {
  struct Case {
    std::int64_t ms;
    const char* text;
  } cases[] = {{0, "0:00"}, {999, "0:00"}, {7'000, "0:07"}, {150'000, "2:30"}, {4'500'000, "75:00"}, {-5, "0:00"}};
  for (const Case& c : cases) CHECK(format_minutes_seconds(c.ms) == c.text);
}

TEST_CASE("The transcript records answers, model answers, points, times and grades", "[core]") {
  KeyPointMatcher matcher;
  InterviewRound round(three_questions(), minutes(3), matcher);
  round.start_question(0);
  round.answer("The loss goes back\nby the chain rule.\n\nThat is all.", 42'500);
  round.start_question(50'000);
  round.answer("softmax over the scores", 50'000 + 181'000);
  round.start_question(300'000);
  round.answer("", 310'000, true);  // cut off by the countdown
  round.grade(Rating::kGood);
  round.grade(Rating::kHard);
  round.stop();  // the third stays ungraded

  const std::string transcript =
      render_transcript(round, {"2025-03-01 09:00", "genai-interview · Technical Foundation, RAG"});
  const std::string golden = std::string(GENAI_QUIZ_SOURCE_DIR) + "/tests/data/interview/round.md";
  if (testing::update_golden()) std::ofstream(golden, std::ios::binary) << transcript;
  CHECK(transcript == testing::read_text_file(golden).value_or(""));

  CHECK(render_round_summary(round) ==
        "3 questions answered in 6:43.\n"
        "Key points covered: 3 of 5 (60%).\n"
        "Grades: Again 0 · Hard 1 · Good 1 · Easy 0 (1 not graded).\n");
}

}  // namespace genai_quiz
