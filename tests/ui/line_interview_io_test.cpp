#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/ui/line_interview_io.hpp"
#include "support/fixture_files.hpp"
#include "support/golden.hpp"
#include "support/time_points.hpp"

// The full output of a scripted round is golden: tests/data/interview/line-round.txt. After a
// deliberate change, regenerate it with
//   GENAI_QUIZ_UPDATE_GOLDEN=1 build/tests/genai-quiz-tests "[ui]"
// and review the change with `git diff`.

namespace genai_quiz {
namespace {

class NumberingRecorder : public GradeRecorder {
 public:
  std::vector<Rating> saved;
  std::string record(const InterviewRound& round, std::size_t index, TimePoint) override {
    saved.push_back(*round.answers()[index].grade);
    return "Saved: answer " + std::to_string(index + 1);
  }
};

std::vector<InterviewQuestion> questions() {
  return {
      {"d", "backprop", "Technical Foundation", "Describe **backpropagation**.", "The *chain rule*, backwards.\n",
       {{{"chain rule"}, {}}, {{"gradient descent", "weight update"}, {}}}},
      {"d", "rag", "RAG", "What is RAG?", "Retrieval, then generation.\n", {}},
  };
}

struct Run {
  std::string output;
  InterviewRound round;
  std::vector<Rating> saved;
};

Run run_script(const std::string& script, const KeyPointMatcher& matcher) {
  std::istringstream in(script);
  std::ostringstream out;
  std::int64_t steady = 0;
  LineInterviewIo io(in, out, Capabilities{}, 60, [] { return test::utc(2025, 3, 1, 9); },
                     [&steady] { return steady += 1000; });
  InterviewRound round(questions(), std::chrono::minutes(3), matcher);
  NumberingRecorder recorder;
  run_interview(round, io, recorder);
  return {out.str(), std::move(round), recorder.saved};
}

}  // namespace

TEST_CASE("A scripted round through the line protocol asks, then grades, then saves", "[ui]") {
  KeyPointMatcher matcher;
  Run run = run_script(
      "We apply the chain rule\nbackwards.\n\n"  // answer 1: two lines
      "\n"                                        // answer 2: aloud
      "maybe\n\n"                                 // unknown grade; empty takes Hard (1 of 2)
      "\n"                                        // no suggestion: asks again
      "good\n",
      matcher);
  CHECK(run.round.stage() == RoundStage::kFinished);
  CHECK(run.saved == std::vector<Rating>{Rating::kHard, Rating::kGood});
  CHECK(run.round.answers()[0].text == "We apply the chain rule\nbackwards.");
  CHECK(run.round.answers()[1].text.empty());

  const std::string golden = std::string(GENAI_QUIZ_SOURCE_DIR) + "/tests/data/interview/line-round.txt";
  if (testing::update_golden()) std::ofstream(golden, std::ios::binary) << run.output;
  CHECK(run.output == testing::read_text_file(golden).value_or(""));
}

TEST_CASE("The end of input stops the round, and q stops grading", "[ui]") {
  KeyPointMatcher matcher;
  SECTION("input ends while answering: what was answered is graded, nothing more is read") {
    Run run = run_script("chain rule\n", matcher);
    CHECK(run.round.questions().size() == 1);
    CHECK(run.saved.empty());
    CHECK(run.output.find("Grade: 1 Again") != std::string::npos);
  }
  SECTION("q while grading") {
    Run run = run_script("a\n\nb\n\n3\nq\n", matcher);
    CHECK(run.saved == std::vector<Rating>{Rating::kGood});
    CHECK_FALSE(run.round.answers()[1].grade.has_value());
  }
}

}  // namespace genai_quiz
