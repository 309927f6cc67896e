#include "genai_quiz/ui/study_view.hpp"

#include <algorithm>

#include <fmt/core.h>

#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/term/markdown.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/term/wrap.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "ui/answer_check_view.hpp"

namespace genai_quiz {

std::vector<std::string> card_text_lines(std::string_view markdown, int width, const StudyLook& look) {
  return render_markdown_lines(markdown, render_options_for(look.caps, width));
}

std::string painted_rating_bar(const Session& session, const StudyLook& look, const std::string& enter, int width) {
  static constexpr Role kRoles[] = {Role::kAgain, Role::kHard, Role::kGood, Role::kEasy};
  // From the longest to the shortest: "1 Again 1m · ...", then "1 Again 1m ...", then the
  // names' first letters "1 A 1m · ...", then the suggestion without "(suggested)".
  struct Form {
    bool initials;
    const char* separator;
    bool long_suggestion;
  };
  const char* dot = look.caps.unicode ? " · " : " | ";
  const Form forms[] = {{false, dot, true}, {false, dot, false}, {false, " ", false}, {true, dot, false}, {true, " ", false}};
  std::string out;
  for (const Form& form : forms) {
    out.clear();
    for (int i = 0; i < 4; ++i) {
      if (i > 0) out += form.separator;
      const std::string name = rating_name(static_cast<Rating>(i + 1));
      std::string item = fmt::format("{} {}", i + 1, form.initials ? name.substr(0, 1) : name);
      if (!session.cram()) {
        item = fmt::format("{} {}", item, interval_label(session.previews()[static_cast<std::size_t>(i)], session.now()));
      }
      out += paint(item, kRoles[i], look.caps.color);
    }
    out += painted_suggestion(session, enter, look, form.long_suggestion);
    if (width <= 0 || display_width(out) <= width) break;
  }
  return out;
}

std::string plain_separators(std::string text, const StudyLook& look) {
  if (look.caps.unicode) return text;
  std::string ascii;
  for (std::size_t at = 0, dot; at < text.size(); at = dot + 2) {
    dot = text.find("·", at);
    ascii.append(text, at, dot == std::string::npos ? std::string::npos : dot - at);
    if (dot == std::string::npos) break;
    ascii.push_back('|');
  }
  return ascii;
}

std::string painted_header(const Session& session, const StudyLook& look, int width) {
  return paint(plain_separators(session_header(session, width), look), Role::kAccent, look.caps.color);
}

std::string painted_edited_mark(const StudyLook& look) {
  return paint("edited since your last review", Role::kWarning, look.caps.color);
}

std::string painted_countdown(const Session& session, const StudyLook& look) {
  std::optional<Countdown> countdown = session.countdown();
  if (!countdown) return "";
  return paint(plain_separators(format_countdown(*countdown), look), Role::kAccent, look.caps.color);
}

std::vector<std::string> typed_check_lines(const Session& session, int width, const StudyLook& look) {
  const StudyItem* item = session.current();
  if (!session.typing() || session.stage() != Stage::kAnswer || item == nullptr) return {};
  std::vector<std::string> out;
  // Wraps `line` keeping its leading spaces, continuation lines under its text.
  auto add_wrapped = [&](const std::string& line) {
    const std::size_t lead = std::min(line.find_first_not_of(' '), line.size());
    const std::string indent(lead, ' ');
    const std::string hang = lead > 0 ? indent + "  " : indent;
    bool first = true;
    for (std::string& w : wrap_text(line.substr(lead), std::max(10, width - static_cast<int>(hang.size())))) {
      out.push_back((first ? indent : hang) + w);
      first = false;
    }
  };
  const bool aloud = session.typed_answer().empty();
  if (aloud) {
    for (std::string& line : wrap_text("Answered aloud: compare it with the model answer and rate it yourself.", width,
                                       Role::kAccent, look.caps.color)) {
      out.push_back(std::move(line));
    }
    if (session.coverage()) {
      out.push_back(paint("Key points to have made:", Role::kAccent, look.caps.color));  // as in interview
      for (const KeyPoint& point : item->card->key_points) add_wrapped("  - " + sanitize(key_point_label(point)));
    }
    return out;
  }
  if (session.coverage()) {
    for (std::string& line : coverage_lines(item->card->key_points, *session.coverage(), session.typed_answer(),
                                            look.caps, width)) {
      out.push_back(std::move(line));
    }
    out.emplace_back();
  }
  out.push_back(paint("Your answer:", Role::kAccent, look.caps.color));
  for (std::string& line : typed_answer_lines(session.typed_answer(), width, look.caps)) out.push_back(line);
  return out;
}

std::vector<std::string> choice_check_lines(const Session& session, int width, const StudyLook& look) {
  const StudyItem* item = session.current();
  if (item == nullptr || !item->card->multiple_choice()) return {};
  const bool revealed = session.stage() == Stage::kAnswer;
  std::vector<std::string> out =
      choice_lines(item->card->choices, item->card->correct, session.chosen(), revealed, width, look.caps);
  if (revealed) {
    for (std::string& line : choice_verdict(item->card->correct, session.chosen(), width, look.caps)) {
      out.push_back(std::move(line));
    }
  }
  return out;
}

std::string painted_suggestion(const Session& session, const std::string& enter, const StudyLook& look,
                               bool long_form) {
  std::optional<Rating> suggested = session.suggested();
  if (!suggested) return "";
  return std::string(look.caps.unicode ? " · " : " | ") + enter + ": " +
         painted_rating(*suggested, rating_name(*suggested), look.caps) + (long_form ? " (suggested)" : "");
}

}  // namespace genai_quiz
