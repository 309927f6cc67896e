#include "genai_quiz/ui/study_view.hpp"

#include <fmt/core.h>

#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/term/markdown.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "ui/answer_check_view.hpp"

namespace genai_quiz {

std::vector<std::string> card_text_lines(std::string_view markdown, int width, const StudyLook& look) {
  return render_markdown_lines(markdown, render_options_for(look.caps, width));
}

std::string painted_rating_bar(const Session& session, const StudyLook& look) {
  static constexpr Role kRoles[] = {Role::kAgain, Role::kHard, Role::kGood, Role::kEasy};
  std::string out;
  for (int i = 0; i < 4; ++i) {
    if (i > 0) out += look.caps.unicode ? " · " : " | ";
    std::string item = fmt::format("{} {}", i + 1, rating_name(static_cast<Rating>(i + 1)));
    if (!session.cram()) {
      item = fmt::format("{} {}", item, interval_label(session.previews()[static_cast<std::size_t>(i)], session.now()));
    }
    out += paint(item, kRoles[i], look.caps.color);
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

std::string painted_header(const Session& session, const StudyLook& look) {
  return paint(plain_separators(sanitize(session_header(session)), look), Role::kAccent, look.caps.color);
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
  std::vector<std::string> out = {paint("Your answer:", Role::kAccent, look.caps.color)};
  for (std::string& line : typed_answer_lines(session.typed_answer(), width, look.caps)) out.push_back(line);
  if (session.coverage()) {
    for (std::string& line : coverage_lines(item->card->key_points, *session.coverage(), session.typed_answer(),
                                            look.caps)) {
      out.push_back(line);
    }
  }
  return out;
}

std::string painted_suggestion(const Session& session, const std::string& enter, const StudyLook& look) {
  std::optional<Rating> suggested = session.suggested();
  if (!suggested) return "";
  return std::string(look.caps.unicode ? " · " : " | ") + enter + ": " +
         painted_rating(*suggested, rating_name(*suggested), look.caps) + " (suggested)";
}

}  // namespace genai_quiz
