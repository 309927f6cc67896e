#include "genai_quiz/term/text_width.hpp"

#include "term/graphemes.hpp"

namespace genai_quiz {

int display_width(std::string_view text) {
  int width = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\x1b') {
      i += graphemes::escape_length(text, i);
    } else {
      width += graphemes::next(text, i);
    }
  }
  return width;
}

std::string truncate_to_width(std::string_view text, int width, std::string_view ellipsis) {
  if (display_width(text) <= width) return std::string(text);
  int room = width - display_width(ellipsis);
  if (room < 0) return {};
  std::string out;
  bool styled = false;
  int used = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\x1b') {
      std::size_t n = graphemes::escape_length(text, i);
      out.append(text.substr(i, n));
      styled = true;
      i += n;
      continue;
    }
    std::size_t start = i;
    int w = graphemes::next(text, i);
    if (used + w > room) break;
    used += w;
    out.append(text.substr(start, i - start));
  }
  out.append(ellipsis);
  if (styled) out += "\x1b[0m";
  return out;
}

std::string pad_to_width(std::string_view text, int width) {
  std::string out(text);
  int w = display_width(text);
  if (w < width) out.append(static_cast<std::size_t>(width - w), ' ');
  return out;
}

}  // namespace genai_quiz
