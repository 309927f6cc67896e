#include "ui/interview_view.hpp"

#include <algorithm>

#include "genai_quiz/core/interview_transcript.hpp"
#include "genai_quiz/term/markdown.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "ui/answer_check_view.hpp"

namespace genai_quiz {
namespace {

std::string dot(const Capabilities& caps) { return caps.unicode ? " · " : " | "; }

void append(std::vector<std::string>& out, const std::vector<std::string>& lines) {
  out.insert(out.end(), lines.begin(), lines.end());
}

}  // namespace

std::string interview_header(const InterviewRound& round, const std::string& time, const Capabilities& caps) {
  const bool grading = round.stage() == RoundStage::kGrading;
  const std::size_t index = std::min(round.index(), round.questions().size() - 1);
  std::string text = std::string(grading ? "Answer " : "Question ") + std::to_string(index + 1) + " of " +
                     std::to_string(round.questions().size()) + dot(caps) + sanitize(round.questions()[index].section);
  if (!time.empty()) text += dot(caps) + time;
  return paint(text, Role::kAccent, caps.color);
}

std::vector<std::string> question_lines(const InterviewRound& round, int width, const Capabilities& caps) {
  const InterviewQuestion& q = round.questions()[round.index()];
  std::vector<std::string> out = render_markdown_lines(q.question, render_options_for(caps, width));
  if (!q.choices.empty()) {
    // While grading, the options carry the marks and the verdict follows them.
    const bool grading = round.stage() == RoundStage::kGrading;
    const std::optional<int> choice = grading ? round.answers()[round.index()].choice : std::nullopt;
    append(out, choice_lines(q.choices, q.correct, choice, grading, width, caps));
    if (grading) append(out, choice_verdict(q.correct, choice, width, caps));
  }
  return out;
}

std::vector<std::string> grading_lines(const InterviewRound& round, int width, const Capabilities& caps) {
  const InterviewQuestion& q = round.questions()[round.index()];
  const InterviewAnswer& a = round.answers()[round.index()];
  std::vector<std::string> out = question_lines(round, width, caps);
  std::string took = format_minutes_seconds(a.time_ms);
  if (a.over_time) took += ", over the " + format_minutes_seconds(round.time_limit().count()) + " limit";
  if (a.cut_off) took += ", when the time ran out";
  if (!q.choices.empty()) {
    out.push_back(paint("Time:", Role::kAccent, caps.color) + " " + took);
    out.push_back(paint("Explanation:", Role::kAccent, caps.color));
    append(out, render_markdown_lines(q.model_answer, render_options_for(caps, width)));
    return out;
  }
  if (a.text.empty()) {
    out.push_back(paint("Your answer:", Role::kAccent, caps.color) + " (answered aloud, " + took + ")");
  } else {
    out.push_back(paint("Your answer", Role::kAccent, caps.color) + " (" + took + "):");
    append(out, typed_answer_lines(a.text, width, caps));
  }
  if (q.key_points.empty()) {
    out.push_back(paint("No key points for this card: compare your answer with the model answer.", Role::kMuted,
                        caps.color));
  } else if (a.text.empty()) {
    out.push_back(paint("Key points to have made:", Role::kAccent, caps.color));
    for (const KeyPoint& p : q.key_points) out.push_back("  - " + sanitize(key_point_label(p)));
  } else {
    append(out, coverage_lines(q.key_points, a.coverage, a.text, caps, width));
  }
  out.push_back(paint("Model answer:", Role::kAccent, caps.color));
  append(out, render_markdown_lines(q.model_answer, render_options_for(caps, width)));
  return out;
}

std::string grade_prompt(const InterviewRound& round, const std::string& enter, const Capabilities& caps) {
  std::string out = "Grade: ";
  for (int r = 1; r <= 4; ++r) {
    if (r > 1) out += dot(caps);
    const auto rating = static_cast<Rating>(r);
    out += painted_rating(rating, std::to_string(r) + " " + rating_name(rating), caps);
  }
  const InterviewAnswer& a = round.answers()[round.index()];
  if (a.suggested) {
    out += dot(caps) + enter + ": " + painted_rating(*a.suggested, rating_name(*a.suggested), caps) + " (suggested)";
  }
  return out;
}

}  // namespace genai_quiz
