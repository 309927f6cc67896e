#include "genai_quiz/term/style.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include "genai_quiz/term/text_width.hpp"
#include "term/styled_text.hpp"

namespace genai_quiz {
namespace {

struct RoleStyle {
  fmt::emphasis emphasis;
  fmt::terminal_color color;
  bool has_color;
  int priority;  // when several roles colour one run, the highest priority wins
};

constexpr auto kNone = static_cast<fmt::emphasis>(0);
using C = fmt::terminal_color;
using E = fmt::emphasis;

RoleStyle role_style(Role role) {
  switch (role) {
    case Role::kPlain: return {kNone, C::black, false, 0};
    case Role::kHeading: return {E::bold, C::cyan, true, 3};
    case Role::kStrong: return {E::bold, C::black, false, 0};
    case Role::kEmphasis: return {E::italic, C::black, false, 0};
    case Role::kStrike: return {E::strikethrough, C::black, false, 0};
    case Role::kCode: return {kNone, C::yellow, true, 5};
    case Role::kLink: return {E::underline, C::blue, true, 4};
    case Role::kUrl: return {E::faint, C::black, false, 0};
    case Role::kQuote: return {E::faint, C::black, false, 0};
    case Role::kMuted: return {E::faint, C::black, false, 0};
    case Role::kAccent: return {kNone, C::cyan, true, 2};
    case Role::kAgain: return {kNone, C::red, true, 6};
    case Role::kHard: return {kNone, C::yellow, true, 6};
    case Role::kGood: return {kNone, C::green, true, 6};
    case Role::kEasy: return {kNone, C::blue, true, 6};
    case Role::kSuccess: return {kNone, C::green, true, 6};
    case Role::kWarning: return {kNone, C::yellow, true, 6};
    case Role::kError: return {E::bold, C::red, true, 7};
    case Role::kControl: return {E::reverse, C::black, false, 0};
  }
  return {kNone, C::black, false, 0};
}

constexpr int kRoleCount = static_cast<int>(Role::kControl) + 1;

}  // namespace

std::string paint_set(std::string_view text, StyleSet style, bool color) {
  if (!color || style == 0 || text.empty()) return std::string(text);
  fmt::text_style ts;
  int best = -1;
  fmt::terminal_color fg = C::black;
  for (int r = 0; r < kRoleCount; ++r) {
    if ((style & style_bit(static_cast<Role>(r))) == 0) continue;
    RoleStyle rs = role_style(static_cast<Role>(r));
    if (rs.emphasis != kNone) ts |= fmt::text_style(rs.emphasis);
    if (rs.has_color && rs.priority > best) {
      best = rs.priority;
      fg = rs.color;
    }
  }
  if (best >= 0) ts |= fmt::fg(fg);
  if (!ts.has_emphasis() && !ts.has_foreground()) return std::string(text);
  return fmt::format(ts, "{}", text);
}

std::string paint(std::string_view text, Role role, bool color) {
  return paint_set(text, style_bit(role), color);
}

std::string paint_line(const SpanLine& line, bool color) {
  std::size_t end = line.size();
  while (end > 0 && line[end - 1].text.find_first_not_of(' ') == std::string::npos) --end;
  std::string out;
  for (std::size_t i = 0; i < end; ++i) {
    std::string_view text = line[i].text;
    if (i + 1 == end) text = text.substr(0, text.find_last_not_of(' ') + 1);
    out += paint_set(text, line[i].style, color);
  }
  return out;
}

int line_width(const SpanLine& line) {
  int width = 0;
  for (const Span& s : line) width += display_width(s.text);
  return width;
}

}  // namespace genai_quiz
