#include "genai_quiz/term/glyphs.hpp"

#include <cmath>

namespace genai_quiz {

const Glyphs& glyphs(bool unicode) {
  static const Glyphs kUnicode = {
      {"•", "◦", "▪"}, "─", "═", "│", "┌", "┐", "└", "┘", "┬", "┴", "├", "┤", "┼", "·", "…", "→",
      "☐", "☑", "█", "░", {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"},
      {"", "▁", "▂", "▃", "▄", "▅", "▆", "▇"}, {"·", "░", "▒", "▓", "█"}, true,
  };
  static const Glyphs kAscii = {
      {"*", "-", "+"}, "-", "=", "|", "+", "+", "+", "+", "+", "+", "+", "+", "+", "|", "...", ">",
      "o", "x", "#", ".", {"", "", "", "", "", "", "", ""},
      {"", "", "", "", "", "", "", ""}, {".", "-", "+", "*", "#"}, false,
  };
  return unicode ? kUnicode : kAscii;
}

std::string bar(double cells, const Glyphs& g) {
  if (!(cells > 0)) return {};
  std::string out;
  if (!g.unicode) {
    auto n = static_cast<long>(std::lround(cells));
    for (long i = 0; i < n; ++i) out += g.block_full;
    return out;
  }
  auto eighths = static_cast<long>(std::lround(cells * 8));
  for (long i = 0; i < eighths / 8; ++i) out += g.block_full;
  out += g.eighths[eighths % 8];
  return out;
}

}  // namespace genai_quiz
