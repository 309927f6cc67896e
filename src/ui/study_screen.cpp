#include "genai_quiz/ui/study_screen.hpp"

#include <algorithm>

#include <fmt/core.h>

#include "genai_quiz/term/glyphs.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/term/wrap.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "ui/typed_answer_lines.hpp"

namespace genai_quiz {
namespace {

constexpr int kMargin = 2;       // columns left blank on each side of the card
constexpr int kChromeLines = 4;  // header, rule, message, key bar
constexpr int kSideBySideColumns = 45;  // narrower columns put the typed answer below the model answer

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::string indent(const std::string& line) { return line.empty() ? line : std::string(kMargin, ' ') + line; }

std::string key_bar(const Session& session, const StudyLook& look, bool help, int width) {
  const Glyphs& g = glyphs(look.caps.unicode);
  const std::string dot = fmt::format(" {} ", g.middle_dot);
  auto muted = [&](const std::vector<std::string>& choices) {
    return paint(first_fitting(choices, width), Role::kMuted, look.caps.color);
  };
  if (help) return muted({"any key returns to the card"});
  switch (session.stage()) {
    case Stage::kQuestion:
      if (const int n = session.choice_count(); n > 0) {
        const std::string pick = fmt::format("a-{} pick", static_cast<char>('a' + n - 1));
        return muted({pick + dot + "Space answer" + dot + "u undo" + dot + "s skip" + dot + "q quit" + dot + "? keys",
                      pick + dot + "Space answer" + dot + "u" + dot + "s" + dot + "q" + dot + "?",
                      pick + dot + "Space" + dot + "q"});
      }
      if (session.typing()) {
        return muted({"Enter twice or Ctrl-D show the answer" + dot + "Ctrl-C quit",
                      "Enter twice or Ctrl-D: answer" + dot + "Ctrl-C quit", "Enter twice: answer" + dot + "Ctrl-C"});
      }
      return muted({"Space show answer" + dot + "u undo" + dot + "s skip" + dot + "! suspend" + dot + "f flag" + dot +
                        "q quit" + dot + "? keys",
                    "Space answer" + dot + "u undo" + dot + "s skip" + dot + "! suspend" + dot + "f flag" + dot +
                        "q quit" + dot + "? keys",
                    "Space answer" + dot + "u undo" + dot + "s skip" + dot + "! suspend" + dot + "f flag" + dot + "q quit",
                    "Space answer" + dot + "u undo" + dot + "s skip" + dot + "!" + dot + "f" + dot + "q" + dot + "?",
                    "Space answer" + dot + "u" + dot + "s" + dot + "!" + dot + "f" + dot + "q" + dot + "?",
                    "Space answer" + dot + "u" + dot + "s" + dot + "q" + dot + "?"});
    case Stage::kAnswer:
      return painted_rating_bar(session, look, "Enter", width);
    case Stage::kWaiting:
      return muted({"Space show it now" + dot + "u undo" + dot + "q quit"});
    case Stage::kFinished:
      return muted({"u undo the last answer" + dot + "any other key leaves"});
  }
  return {};
}

}  // namespace

int body_height(int height) { return std::max(1, height - kChromeLines); }

ScreenBody draw_body(const Session& session, const ScreenView& view, const StudyLook& look) {
  ScreenBody body;
  int text_width = std::max(10, view.width - 2 * kMargin);
  auto add = [&](const std::vector<std::string>& lines) {
    for (const std::string& line : lines) body.lines.push_back(indent(line));
  };
  if (view.help) {
    body.lines.push_back(indent(paint("Keys", Role::kHeading, look.caps.color)));
    body.lines.emplace_back();
    // Each key's description wraps beside the keys: "s             skip this card until" / "tomorrow".
    constexpr std::size_t kKeyColumns = 14;  // "Space, Enter  "
    for (const std::string& line : key_help_lines()) {
      const std::vector<std::string> words =
          wrap_text(line.substr(kKeyColumns), std::max(10, text_width - static_cast<int>(kKeyColumns)));
      for (std::size_t i = 0; i < words.size(); ++i) {
        body.lines.push_back(indent((i == 0 ? line.substr(0, kKeyColumns) : std::string(kKeyColumns, ' ')) + words[i]));
      }
    }
    body.lines.emplace_back();
    add(wrap_text("Long cards scroll with the arrow keys, j and k, Page Up and Page Down.", text_width));
    return body;
  }
  const StudyItem* item = session.current();
  if (session.stage() == Stage::kWaiting) {
    body.lines.emplace_back();
    add(wrap_text("The next card is due " + format_when(*session.waiting_until(), session.now(), look.utc_offset) +
                      ". It will show up by itself; Space shows it now.",
                  text_width));
    return body;
  }
  if (session.stage() == Stage::kFinished || item == nullptr) {
    body.lines.emplace_back();
    for (const std::string& line : summary_lines(session, look.utc_offset)) {
      add(wrap_text(plain_separators(line, look), text_width));
    }
    return body;
  }
  if (item->edited()) body.lines.push_back(indent(painted_edited_mark(look)));
  body.lines.emplace_back();
  add(card_text_lines(item->card->question, text_width, look));
  const bool choices = item->card->multiple_choice();
  if (choices) {
    // The options stay under the question; once answered they carry the marks and the verdict.
    body.lines.emplace_back();
    add(choice_check_lines(session, text_width, look));
  }
  if (session.stage() == Stage::kQuestion && session.typing() && !choices) {
    body.lines.emplace_back();
    body.lines.push_back(indent(paint("Your answer:", Role::kAccent, look.caps.color)));
    add(typed_answer_lines(view.typing, {view.cursor_line, view.cursor_byte}, text_width, look.caps).lines);
  }
  if (session.stage() == Stage::kAnswer) {
    body.lines.emplace_back();
    const Glyphs& g = glyphs(look.caps.unicode);
    body.lines.push_back(indent(paint(repeat(g.horizontal, 2) + " Answer " + repeat(g.horizontal, text_width - 10),
                                      Role::kMuted, look.caps.color)));
    body.answer_line = static_cast<int>(body.lines.size());
    const int column = (text_width - 3) / 2;
    if (choices) {
      add(card_text_lines(item->card->answer, text_width, look));
    } else if (session.typing() && !session.coverage() && !session.typed_answer().empty() &&
               column >= kSideBySideColumns) {
      // No key points: the typed answer beside the model answer.
      std::vector<std::string> left = {paint("Your answer", Role::kAccent, look.caps.color)};
      for (const std::string& line : wrap_text(sanitize(session.typed_answer()), column)) left.push_back(line);
      std::vector<std::string> right = {paint("Model answer", Role::kAccent, look.caps.color)};
      for (const std::string& line : card_text_lines(item->card->answer, column, look)) right.push_back(line);
      const std::string bar = paint(g.vertical, Role::kMuted, look.caps.color);
      for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
        std::string l = i < left.size() ? left[i] : "";
        std::string r = i < right.size() ? right[i] : "";
        body.lines.push_back(indent(pad_to_width(truncate_to_width(l, column, g.ellipsis), column) + " " + bar + " " + r));
      }
    } else if (session.typing()) {
      // The key points and the typed answer first: they decide the rating.
      add(typed_check_lines(session, text_width, look));
      body.lines.emplace_back();
      body.lines.push_back(indent(paint("Model answer:", Role::kAccent, look.caps.color)));
      add(card_text_lines(item->card->answer, text_width, look));
    } else {
      add(card_text_lines(item->card->answer, text_width, look));
    }
  }
  return body;
}

int max_scroll(const ScreenBody& body, int height) {
  return std::max(0, static_cast<int>(body.lines.size()) - body_height(height));
}

std::vector<std::string> draw_screen(const Session& session, const ScreenView& view, const StudyLook& look) {
  const Glyphs& g = glyphs(look.caps.unicode);
  ScreenBody body = draw_body(session, view, look);
  std::string message = notice_text(session);
  if (message.empty()) message = view.note;
  const Role role = session.saved() ? Role::kSuccess : Role::kWarning;
  // A message too long for one line wraps, and the card gives up the rows it takes.
  std::vector<std::string> status;
  if (!message.empty()) {
    for (const std::string& line : wrap_text(message, std::max(1, view.width))) status.push_back(paint(line, role, look.caps.color));
  }
  if (status.empty()) status.emplace_back();
  int rows = std::max(1, body_height(view.height) - static_cast<int>(status.size()) + 1);
  int scroll = std::clamp(view.scroll, 0, std::max(0, static_cast<int>(body.lines.size()) - rows));
  int below = static_cast<int>(body.lines.size()) - scroll - rows;
  if (below > 0 || scroll > 0) {
    const std::string n = std::string(g.arrow) + " " + std::to_string(below) + " more lines";
    const std::string more = below > 0 ? first_fitting({n + " (j/k, arrows)", n}, view.width)
                                       : first_fitting({"end of the card (k, arrows scroll back)", "end of the card (k: back)",
                                                        "end of the card"}, view.width);
    std::string hint = paint(more, Role::kMuted, look.caps.color);
    const int gap = view.width - display_width(status.back()) - display_width(hint);
    if (message.empty() || (status.size() == 1 && gap >= 1)) {
      status.back() += std::string(static_cast<std::size_t>(std::max(0, gap)), ' ') + hint;
    } else {
      status.push_back(hint);  // below the message, from a row of the card
      rows = std::max(1, rows - 1);
      scroll = std::clamp(view.scroll, 0, std::max(0, static_cast<int>(body.lines.size()) - rows));
    }
  }

  std::vector<std::string> screen;
  screen.push_back(truncate_to_width(painted_header(session, look, view.width), view.width, g.ellipsis));
  // The rule under the header carries the interview countdown, when there is one.
  const std::string countdown = painted_countdown(session, look);
  if (countdown.empty()) {
    screen.push_back(paint(repeat(g.horizontal, view.width), Role::kMuted, look.caps.color));
  } else {
    std::string rule = paint(repeat(g.horizontal, 2), Role::kMuted, look.caps.color) + " " + countdown + " ";
    const int rest = view.width - display_width(rule);
    if (rest > 0) rule += paint(repeat(g.horizontal, rest), Role::kMuted, look.caps.color);
    screen.push_back(truncate_to_width(rule, view.width, g.ellipsis));
  }
  for (int i = 0; i < rows; ++i) {
    std::size_t at = static_cast<std::size_t>(scroll + i);
    screen.push_back(at < body.lines.size() ? truncate_to_width(body.lines[at], view.width, g.ellipsis) : "");
  }
  for (const std::string& line : status) screen.push_back(truncate_to_width(line, view.width, g.ellipsis));
  screen.push_back(truncate_to_width(key_bar(session, look, view.help, view.width), view.width, g.ellipsis));
  while (static_cast<int>(screen.size()) > view.height) screen.erase(screen.begin() + 2);  // tiny terminals
  return screen;
}

}  // namespace genai_quiz
