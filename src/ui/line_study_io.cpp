#include "genai_quiz/ui/line_study_io.hpp"

#include <string>

#include "genai_quiz/core/study_keys.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/ui/study_text.hpp"

namespace genai_quiz {

LineStudyIo::LineStudyIo(std::istream& in, std::ostream& out, StudyLook look, int width,
                         std::function<TimePoint()> clock, std::function<std::int64_t()> steady)
    : ClockedStudyIo(std::move(clock), std::move(steady)), in_(in), out_(out), look_(look), width_(width) {}

void LineStudyIo::write_question(const Session& session) {
  out_ << "\n" << painted_header(session, look_) << "\n";
  if (std::string countdown = painted_countdown(session, look_); !countdown.empty()) out_ << countdown << "\n";
  if (session.current()->edited()) out_ << painted_edited_mark(look_) << "\n";
  out_ << paint("Question:", Role::kAccent, look_.caps.color) << "\n";
  for (const std::string& line : card_text_lines(session.current()->card->question, width_, look_)) {
    out_ << line << "\n";
  }
  const std::vector<std::string> choices = choice_check_lines(session, width_, look_);
  for (const std::string& line : choices) out_ << line << "\n";
  if (!choices.empty() && first_choice_) {
    out_ << paint("(a letter picks an option; an empty line shows the answer without a pick)", Role::kMuted,
                  look_.caps.color)
         << "\n";
    first_choice_ = false;
    first_card_ = false;
  }
  if (first_card_) {
    const char* hint = session.typing()
                           ? "(type your answer; an empty line ends it and shows the model answer; "
                             "q, u, s or ? alone on the first line are commands)"
                           : "(an empty line shows the answer; ? lists the commands)";
    out_ << paint(hint, Role::kMuted, look_.caps.color) << "\n";
    first_card_ = false;
  }
}

void LineStudyIo::write_answer(const Session& session) {
  // Typed answers: the key points and what was typed come first, then the model answer; a
  // pick: the options marked and the verdict.
  for (const std::string& line : choice_check_lines(session, width_, look_)) out_ << line << "\n";
  if (session.choice_count() == 0) {
    for (const std::string& line : typed_check_lines(session, width_, look_)) out_ << line << "\n";
  }
  out_ << paint("Answer:", Role::kAccent, look_.caps.color) << "\n";
  for (const std::string& line : card_text_lines(session.current()->card->answer, width_, look_)) {
    out_ << line << "\n";
  }
  out_ << "Rate: " << painted_rating_bar(session, look_, "an empty line") << "\n";
}

void LineStudyIo::show(const Session& session) {
  if (const std::string message = notice_text(session); !message.empty()) {
    Role role = session.saved() ? Role::kSuccess : Role::kWarning;
    out_ << paint(message, role, look_.caps.color) << "\n";
  }
  const StudyItem* item = session.current();
  bool same_card = item == shown_item_ && session.position() == shown_position_;
  switch (session.stage()) {
    case Stage::kQuestion:
      if (!same_card || shown_stage_ != Stage::kQuestion) write_question(session);
      break;
    case Stage::kAnswer:
      if (!same_card) write_question(session);
      if (!same_card || shown_stage_ != Stage::kAnswer) write_answer(session);
      break;
    case Stage::kWaiting:
      if (shown_stage_ != Stage::kWaiting) {
        out_ << "The next card is due " << format_when(*session.waiting_until(), session.now(), look_.utc_offset)
             << ". An empty line shows it now; q stops.\n";
      }
      break;
    case Stage::kFinished:
      break;
  }
  out_.flush();
  shown_stage_ = session.stage();
  shown_item_ = item;
  shown_position_ = session.position();
}

void LineStudyIo::show_help(const Session&) {
  for (const std::string& line : line_help_lines()) out_ << line << "\n";
  out_.flush();
}

// With typed answers: the lines up to an empty one (or the end of the input) are the answer,
// unless the first is a action other than a rating.
Action LineStudyIo::read_typed_answer(const Session& session) {
  std::string line;
  if (!std::getline(in_, line)) return {ActionKind::kQuit};
  Action action = action_for_line(line, session.stage());
  if (action.kind != ActionKind::kNone && action.kind != ActionKind::kReveal && action.kind != ActionKind::kRate) {
    return action;
  }
  typed_.clear();
  while (true) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) break;
    if (!typed_.empty()) typed_ += '\n';
    typed_ += line;
    if (!std::getline(in_, line)) break;
  }
  return {ActionKind::kReveal};
}

Action LineStudyIo::next_action(const Session& session, std::optional<TimePoint>) {
  if (session.stage() == Stage::kFinished) return {ActionKind::kQuit};
  if (session.typing() && session.stage() == Stage::kQuestion && session.choice_count() == 0) {
    return read_typed_answer(session);
  }
  std::string line;
  while (std::getline(in_, line)) {
    if (session.stage() == Stage::kAnswer && session.suggested() &&
        line.find_first_not_of(" \t\r") == std::string::npos) {
      return {ActionKind::kRate, *session.suggested()};  // an empty line takes the suggestion
    }
    Action action = action_for_line(line, session.stage(), session.choice_count());
    if (action.kind != ActionKind::kNone) return action;
    out_ << "Unknown command '" << sanitize(line) << "'; ? lists the commands.\n";
    out_.flush();
  }
  return {ActionKind::kQuit};
}

}  // namespace genai_quiz
