// libFuzzer target: the line protocol of `interview` (docs/interview.md): answers, then grades,
// read from the input bytes, over questions held in memory. The first byte picks colour, Unicode
// and the width.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/core/interview_loop.hpp"
#include "genai_quiz/core/interview_round.hpp"
#include "genai_quiz/core/key_point_matcher.hpp"
#include "genai_quiz/stem/snowball_stemmer.hpp"
#include "genai_quiz/ui/line_interview_io.hpp"

namespace {

using namespace genai_quiz;

class CountingRecorder : public GradeRecorder {
 public:
  std::string record(const InterviewRound&, std::size_t index, TimePoint) override {
    return "Saved: answer " + std::to_string(index + 1);
  }
};

const std::vector<InterviewQuestion>& questions() {
  static const std::vector<InterviewQuestion> all{
      {"d", "backprop", "Technical Foundation", "Describe **backpropagation**.", "The *chain rule*, backwards.\n",
       {{{"chain rule"}, {}}, {{"gradient descent", "weight update"}, {}}}},
      {"d", "rag", "RAG \x1b[31m", "What is $\\sqrt{RAG}$?", "Retrieval, then generation.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", {}},
      {"d", "wide", "日本語", "質問 e\u0301?", "答え \u202Eevil\n", {{{"答え"}, {}}}},
  };
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t flags = data[0];
  std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  std::ostringstream out;
  static const KeyPointMatcher matcher(english_stemmer());
  std::int64_t steady = 0;
  const Capabilities caps{(flags & 1) != 0, (flags & 2) != 0, false};
  const int width = (flags & 4) ? 20 : 60;
  LineInterviewIo io(in, out, caps, width, [] { return TimePoint(std::chrono::hours(480000)); },
                     [&steady] { return steady += 1000; });
  InterviewRound round(questions(), std::chrono::minutes(3), matcher);
  CountingRecorder recorder;
  run_interview(round, io, recorder);
  return 0;
}
