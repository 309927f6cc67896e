#include "ui/interview_screen.hpp"

#include <algorithm>

#include "genai_quiz/core/interview_transcript.hpp"
#include "genai_quiz/term/glyphs.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/term/wrap.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "ui/interview_view.hpp"
#include "ui/typed_answer_lines.hpp"

namespace genai_quiz {
namespace {

constexpr std::int64_t kHurryMs = 30'000;  // the countdown turns to the warning colour

std::string rule(int width, const Capabilities& caps) {
  std::string out;
  for (int i = 0; i < width; ++i) out += glyphs(caps.unicode).horizontal;
  return paint(out, Role::kMuted, caps.color);
}

// Header and rule on top, `footer` lines at the bottom, `body` lines between, cut or padded so
// that the screen has exactly `size.rows` lines.
std::vector<std::string> compose(std::string header, std::vector<std::string> body,
                                 const std::vector<std::string>& footer, TermSize size, const Capabilities& caps) {
  const std::string_view more = glyphs(caps.unicode).ellipsis;
  std::vector<std::string> out{truncate_to_width(header, size.columns, more), rule(size.columns, caps)};
  const int room = std::max(0, size.rows - 2 - static_cast<int>(footer.size()));
  body.resize(static_cast<std::size_t>(room));
  for (std::string& line : body) out.push_back(truncate_to_width(line, size.columns, more));
  for (const std::string& line : footer) out.push_back(truncate_to_width(line, size.columns, more));
  out.resize(static_cast<std::size_t>(std::max(0, size.rows)));
  return out;
}

// "→ 12 more lines (j/k, arrows, Space)" or "end of the answer (...)", in as many columns as fit.
std::string more_lines_hint(int below, int width, const Capabilities& caps) {
  const std::string n = std::string(glyphs(caps.unicode).arrow) + " " + std::to_string(below) + " more lines";
  return below > 0 ? first_fitting({n + " (j/k, arrows, Space)", n + " (j/k)", n}, width)
                   : first_fitting({"end of the answer (k, arrows scroll back)", "end of the answer (k: back)",
                                    "end of the answer"}, width);
}

// The message wrapped to the screen, one entry per line; none when there is no message.
std::vector<std::string> message_lines(const std::string& message, int width) {
  return message.empty() ? std::vector<std::string>{} : wrap_text(message, std::max(1, width));
}

// True when `message` and the scroll hint do not share one line: the message goes above it.
bool message_above_hint(const std::string& message, TermSize size, const Capabilities& caps) {
  return !message.empty() &&
         display_width(message) + 1 + display_width(more_lines_hint(999, size.columns, caps)) > size.columns;
}

// The rows for the answer: all but the header, its rule, the message, the hint and the prompt.
int grading_body_rows(TermSize size, const std::string& message, const Capabilities& caps) {
  const int status = message_above_hint(message, size, caps) ?
      static_cast<int>(message_lines(message, size.columns).size()) + 1 : 1;
  return std::max(0, size.rows - 3 - status);
}

}  // namespace

std::vector<std::string> draw_asking_screen(const InterviewRound& round, const std::vector<std::string>& typed,
                                            AnswerEditor::Cursor cursor, std::int64_t remaining_ms, TermSize size,
                                            const Capabilities& caps, const std::string& message, bool dry_run) {
  // Seconds shown round up, so that 0:00 appears only when the time is up.
  const std::string left = format_minutes_seconds((remaining_ms + 999) / 1000 * 1000);
  const std::string header = interview_header(
      round, {left + " left", left, remaining_ms <= kHurryMs ? Role::kWarning : Role::kAccent, dry_run, size.columns},
      caps);
  std::vector<std::string> body = question_lines(round, size.columns, caps);
  body.emplace_back();
  const TypedAnswerLines drawn = typed_answer_lines(typed, cursor, size.columns, caps);
  std::vector<std::string> answer = drawn.lines;
  const std::size_t choices = round.questions()[round.index()].choices.size();
  if (choices > 0) answer = {};
  const std::string dot = caps.unicode ? " · " : " | ";
  const std::string pick = std::string("a-") + static_cast<char>('a' + std::max<std::size_t>(choices, 1) - 1) + " pick";
  const std::string keys = choices > 0 ?
      first_fitting({pick + dot + "Enter: no pick" + dot + "Ctrl-C: stop", pick + dot + "Enter: none" + dot + "Ctrl-C: stop"},
                    size.columns) :
      first_fitting({"Enter twice or Ctrl-D: done" + dot + "nothing typed: answered aloud" + dot + "Ctrl-C: stop",
                     "Enter twice or Ctrl-D: done" + dot + "empty: aloud" + dot + "Ctrl-C: stop",
                     "Enter twice: done" + dot + "none: aloud" + dot + "Ctrl-C",
                     "Enter twice: done" + dot + "Ctrl-C"},
                    size.columns);
  std::vector<std::string> footer = {""};
  for (const std::string& line : message_lines(message, size.columns)) footer.push_back(paint(line, Role::kWarning, caps.color));
  footer.push_back(paint(keys, Role::kMuted, caps.color));
  // Keep the cursor's line in view, and below it as much of a long answer as fits: drop question
  // lines from the top, then answer lines above the cursor, then answer lines below it.
  const int room = std::max(0, size.rows - 2 - static_cast<int>(footer.size()));
  const int overflow = static_cast<int>(body.size() + answer.size()) - room;
  if (overflow > 0) body.erase(body.begin(), body.begin() + std::min<int>(overflow, static_cast<int>(body.size())));
  int still = static_cast<int>(body.size() + answer.size()) - room;
  const int above = std::min(still, choices > 0 ? 0 : static_cast<int>(drawn.cursor_row));
  if (above > 0) answer.erase(answer.begin(), answer.begin() + above);
  still -= std::max(0, above);
  if (still > 0) answer.erase(answer.end() - std::min<int>(still, static_cast<int>(answer.size())), answer.end());
  body.insert(body.end(), answer.begin(), answer.end());
  return compose(header, body, footer, size, caps);
}

std::vector<std::string> draw_grading_screen(const InterviewRound& round, int scroll, const std::string& message,
                                             TermSize size, const Capabilities& caps, bool dry_run) {
  std::vector<std::string> lines = grading_lines(round, size.columns, caps);
  scroll = std::clamp(scroll, 0, max_grading_scroll(round, size, caps, message));
  lines.erase(lines.begin(), lines.begin() + scroll);
  // As on the study screen: the message, and at the right how much of the answer is below.
  const bool scrolls = max_grading_scroll(round, size, caps, message) > 0;
  const int below = static_cast<int>(lines.size()) - grading_body_rows(size, message, caps);
  std::vector<std::string> footer;
  for (const std::string& line : message_lines(message, size.columns)) footer.push_back(paint(line, Role::kSuccess, caps.color));
  if (scrolls) {
    const std::string hint = paint(more_lines_hint(below, size.columns, caps), Role::kMuted, caps.color);
    if (footer.empty()) {
      footer.push_back(hint);
    } else if (!message_above_hint(message, size, caps)) {
      const int gap = size.columns - display_width(footer.back()) - display_width(hint);
      footer.back() += std::string(static_cast<std::size_t>(std::max(1, gap)), ' ') + hint;
    } else {
      footer.push_back(hint);
    }
  }
  if (footer.empty()) footer.emplace_back();
  footer.push_back(grade_prompt(round, "Enter", caps, size.columns, "q stop"));
  return compose(interview_header(round, {"", "", Role::kAccent, dry_run, size.columns}, caps), lines, footer, size,
                 caps);
}

int max_grading_scroll(const InterviewRound& round, TermSize size, const Capabilities& caps,
                       const std::string& message) {
  const int lines = static_cast<int>(grading_lines(round, size.columns, caps).size());
  return std::max(0, lines - grading_body_rows(size, message, caps));
}

}  // namespace genai_quiz
