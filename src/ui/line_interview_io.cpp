#include "genai_quiz/ui/line_interview_io.hpp"

#include <string>

#include "genai_quiz/core/ascii.hpp"
#include "genai_quiz/core/interview_transcript.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "ui/interview_view.hpp"

namespace genai_quiz {
namespace {

// The grade a line names: 1-4 or again/hard/good/easy, in any case.
std::optional<Rating> named_grade(const std::string& line) {
  const std::string word = ascii_lower(line);
  const char* names[] = {"again", "hard", "good", "easy"};
  for (int r = 1; r <= 4; ++r) {
    if (word == std::to_string(r) || word == names[r - 1]) return static_cast<Rating>(r);
  }
  return std::nullopt;
}

}  // namespace

LineInterviewIo::LineInterviewIo(std::istream& in, std::ostream& out, Capabilities caps, int width,
                                 std::function<TimePoint()> clock, std::function<std::int64_t()> steady)
    : Clocked(std::move(clock), std::move(steady)), in_(in), out_(out), caps_(caps), width_(width) {}

std::optional<AnswerInput> LineInterviewIo::read_answer(const InterviewRound& round) {
  InterviewHeader header;
  header.time = format_minutes_seconds(round.time_limit().count()) + " to answer";
  out_ << "\n" << interview_header(round, header, caps_) << "\n";
  for (const std::string& line : question_lines(round, width_, caps_)) out_ << line << "\n";
  const InterviewQuestion& q = round.questions()[round.index()];
  if (!q.choices.empty()) return read_choice(round);
  if (first_question_) {
    out_ << paint("(type your answer; an empty line ends it, and an empty first line means you answered aloud)",
                  Role::kMuted, caps_.color)
         << "\n";
    first_question_ = false;
  }
  out_.flush();
  std::string text;
  bool any = false;
  while (std::optional<std::string> line = in_.read_line()) {
    any = true;
    if (line->empty()) break;
    if (!text.empty()) text += '\n';
    text += *line;
  }
  if (!any) return std::nullopt;
  if (round.remaining_ms(steady_ms()) == 0) {
    out_ << paint("The time was up before the answer ended.", Role::kWarning, caps_.color) << "\n";
  }
  return AnswerInput{text};
}

// A multiple-choice question: a letter picks an option, an empty line goes on without a pick.
std::optional<AnswerInput> LineInterviewIo::read_choice(const InterviewRound& round) {
  const int n = static_cast<int>(round.questions()[round.index()].choices.size());
  const std::string last(1, static_cast<char>('a' + n - 1));
  if (first_choice_) {
    out_ << paint("(type the letter of your choice, a to " + last + "; an empty line goes on without one)",
                  Role::kMuted, caps_.color)
         << "\n";
    first_choice_ = false;
  }
  out_.flush();
  while (std::optional<std::string> line = in_.read_line()) {
    std::string word = ascii_lower(*line);
    while (!word.empty() && (word.back() == ' ' || word.back() == ')')) word.pop_back();
    while (!word.empty() && word.front() == ' ') word.erase(0, 1);
    if (word.empty()) return AnswerInput{};
    if (word.size() == 1 && word[0] >= 'a' && word[0] < 'a' + n) {
      AnswerInput input;
      input.choice = word[0] - 'a';
      if (round.remaining_ms(steady_ms()) == 0) {
        out_ << paint("The time was up before the answer ended.", Role::kWarning, caps_.color) << "\n";
      }
      return input;
    }
    out_ << "Unknown choice '" << sanitize(*line) << "'; type a letter from a to " << last
         << ", or an empty line to go on without one.\n";
    out_.flush();
  }
  return std::nullopt;
}

std::optional<Rating> LineInterviewIo::read_grade(const InterviewRound& round) {
  if (first_grade_) {
    out_ << "\n"
         << paint("Every question is asked. Now each answer is checked against its card's key points; "
                  "grade it (q stops).",
                  Role::kAccent, caps_.color)
         << "\n";
    first_grade_ = false;
  }
  out_ << "\n" << interview_header(round, {}, caps_) << "\n";
  for (const std::string& line : grading_lines(round, width_, caps_)) out_ << line << "\n";
  out_ << grade_prompt(round, "an empty line", caps_) << "\n";
  out_.flush();
  const std::optional<Rating> suggested = round.answers()[round.index()].suggested;
  while (std::optional<std::string> line = in_.read_line()) {
    if (line->empty() && suggested) return suggested;
    if (std::optional<Rating> grade = named_grade(*line)) return grade;
    const std::string word = ascii_lower(*line);
    if (word == "q" || word == "quit") return std::nullopt;
    if (line->empty()) {
      out_ << "Type 1, 2, 3 or 4 (or q to stop).\n";
    } else {
      out_ << "Unknown grade '" << sanitize(*line) << "'; type 1, 2, 3 or 4, or q to stop.\n";
    }
    out_.flush();
  }
  return std::nullopt;
}

void LineInterviewIo::show_message(const std::string& message) {
  out_ << paint(message, Role::kSuccess, caps_.color) << "\n";
  out_.flush();
}

}  // namespace genai_quiz
