#include "cli/interview_view.hpp"

#include <algorithm>

#include "genai_quiz/core/interview_transcript.hpp"
#include "genai_quiz/core/study_text.hpp"
#include "genai_quiz/term/markdown.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/wrap.hpp"

namespace genai_quiz {
namespace {

std::string dot(const Capabilities& caps) { return caps.unicode ? " · " : " | "; }

Role rating_role(Rating r) {
  switch (r) {
    case Rating::kAgain: return Role::kAgain;
    case Rating::kHard: return Role::kHard;
    case Rating::kGood: return Role::kGood;
    case Rating::kEasy: return Role::kEasy;
  }
  return Role::kPlain;
}

void append(std::vector<std::string>& out, const std::vector<std::string>& lines) {
  out.insert(out.end(), lines.begin(), lines.end());
}

// Typed text, indented by two spaces and wrapped; control characters made visible.
std::vector<std::string> typed_lines(const std::string& text, int width, const Capabilities& caps) {
  std::vector<std::string> out;
  for (const std::string& line : wrap_text(sanitize(text), std::max(10, width - 2), Role::kPlain, caps.color)) {
    out.push_back("  " + line);
  }
  return out;
}

std::string share(int part, int whole) {
  const int percent = whole == 0 ? 0 : (200 * part + whole) / (2 * whole);
  return std::to_string(part) + " of " + std::to_string(whole) + " covered (" + std::to_string(percent) + "%)";
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
  return render_markdown_lines(round.questions()[round.index()].question, render_options_for(caps, width));
}

std::vector<std::string> grading_lines(const InterviewRound& round, int width, const Capabilities& caps) {
  const InterviewQuestion& q = round.questions()[round.index()];
  const InterviewAnswer& a = round.answers()[round.index()];
  std::vector<std::string> out = question_lines(round, width, caps);
  std::string took = format_minutes_seconds(a.time_ms);
  if (a.over_time) took += ", over the " + format_minutes_seconds(round.time_limit().count()) + " limit";
  if (a.text.empty()) {
    out.push_back(paint("Your answer:", Role::kAccent, caps.color) + " (answered aloud, " + took + ")");
  } else {
    out.push_back(paint("Your answer", Role::kAccent, caps.color) + " (" + took + "):");
    append(out, typed_lines(a.text, width, caps));
  }
  out.push_back(paint("Model answer:", Role::kAccent, caps.color));
  append(out, render_markdown_lines(q.model_answer, render_options_for(caps, width)));
  if (q.key_points.empty()) {
    out.push_back(paint("No key points for this card: compare your answer with the model answer.", Role::kMuted,
                        caps.color));
    return out;
  }
  if (a.text.empty()) {
    out.push_back(paint("Key points to have made:", Role::kAccent, caps.color));
    for (const KeyPoint& p : q.key_points) out.push_back("  - " + sanitize(key_point_label(p)));
    return out;
  }
  out.push_back(paint("Key points:", Role::kAccent, caps.color) + " " +
                share(a.coverage.covered(), a.coverage.total()));
  for (std::size_t i = 0; i < q.key_points.size(); ++i) {
    const PointMatch& m = a.coverage.points[i];
    const std::string label = sanitize(key_point_label(q.key_points[i]));
    if (m.covered) {
      std::string said = sanitize(a.text.substr(m.begin, m.end - m.begin));
      for (char& c : said) c = c == '\n' ? ' ' : c;
      out.push_back("  " + paint(caps.unicode ? "✓" : "+", Role::kSuccess, caps.color) + " " + label + ": " +
                    paint((caps.unicode ? "“" : "\"") + said + (caps.unicode ? "”" : "\""), Role::kMuted, caps.color));
    } else {
      out.push_back("  " + paint(caps.unicode ? "✗" : "-", Role::kError, caps.color) + " " + label);
    }
  }
  return out;
}

std::string grade_prompt(const InterviewRound& round, const std::string& enter, const Capabilities& caps) {
  std::string out = "Grade: ";
  for (int r = 1; r <= 4; ++r) {
    if (r > 1) out += dot(caps);
    const auto rating = static_cast<Rating>(r);
    out += paint(std::to_string(r) + " " + rating_name(rating), rating_role(rating), caps.color);
  }
  const InterviewAnswer& a = round.answers()[round.index()];
  if (a.suggested) {
    out += dot(caps) + enter + ": " + paint(rating_name(*a.suggested), rating_role(*a.suggested), caps.color) +
           " (suggested)";
  }
  return out;
}

}  // namespace genai_quiz
