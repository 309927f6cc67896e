#include "ui/interview_view.hpp"

#include <algorithm>

#include "genai_quiz/core/interview_transcript.hpp"
#include "genai_quiz/term/markdown.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "ui/answer_check_view.hpp"

namespace genai_quiz {
namespace {

std::string dot(const Capabilities& caps) { return caps.unicode ? " · " : " | "; }

void append(std::vector<std::string>& out, const std::vector<std::string>& lines) {
  out.insert(out.end(), lines.begin(), lines.end());
}

}  // namespace

std::string interview_header(const InterviewRound& round, const InterviewHeader& parts, const Capabilities& caps) {
  const bool grading = round.stage() == RoundStage::kGrading;
  const std::size_t index = std::min(round.index(), round.questions().size() - 1);
  const std::string n = std::to_string(index + 1);
  const std::string of = std::to_string(round.questions().size());
  // From the longest to the shortest: "Question 2 of 5 · section · 2:13 left", "Q 2/5 · ...", then
  // the time without "left"; the section is cut or left out only after both.
  HeaderForms forms;
  if (parts.dry_run) forms.dry = {paint("dry run, nothing is saved", Role::kWarning, caps.color),
                                  paint("dry run", Role::kWarning, caps.color), paint("dry", Role::kWarning, caps.color)};
  const std::vector<std::string> positions = {
      paint(std::string(grading ? "Answer " : "Question ") + n + " of " + of, Role::kAccent, caps.color),
      paint(std::string(grading ? "A " : "Q ") + n + "/" + of, Role::kAccent, caps.color)};
  const std::string& short_time = parts.short_time.empty() ? parts.time : parts.short_time;
  std::vector<std::string> times = {""};
  if (!parts.time.empty()) {
    times = {paint(parts.time, parts.time_role, caps.color), paint(short_time, parts.time_role, caps.color)};
  }
  for (const std::string& t : times) {
    for (const std::string& p : positions) {
      if (forms.frames.empty() || forms.frames.back() != std::pair{p, t}) forms.frames.emplace_back(p, t);
    }
  }
  forms.names = {paint(sanitize(round.questions()[index].section), Role::kAccent, caps.color)};
  return fit_header(forms, parts.width, dot(caps));
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

std::string grade_prompt(const InterviewRound& round, const std::string& enter, const Capabilities& caps, int width,
                         const std::string& tail) {
  // From the longest to the shortest: "Grade: 1 Again · ... · Enter: Hard (suggested)", without
  // "Grade:" and "(suggested)", then with spaces between the grades, then their first letters.
  struct Form {
    bool label;
    bool initials;
    const char* separator;
  };
  const std::string d = dot(caps);
  const Form forms[] = {{true, false, d.c_str()}, {false, false, d.c_str()}, {false, false, " "},
                        {false, true, d.c_str()}, {false, true, " "}};
  const InterviewAnswer& a = round.answers()[round.index()];
  std::string out;
  for (const Form& form : forms) {
    out = form.label ? "Grade: " : "";
    for (int r = 1; r <= 4; ++r) {
      if (r > 1) out += form.separator;
      const auto rating = static_cast<Rating>(r);
      const std::string name = rating_name(rating);
      out += painted_rating(rating, std::to_string(r) + " " + (form.initials ? name.substr(0, 1) : name), caps);
    }
    if (a.suggested) {
      out += d + enter + ": " + painted_rating(*a.suggested, rating_name(*a.suggested), caps) +
             (form.label ? " (suggested)" : "");
    }
    if (!tail.empty()) out += paint(d + tail, Role::kMuted, caps.color);
    if (width <= 0 || display_width(out) <= width) break;
  }
  return out;
}

}  // namespace genai_quiz
