#include "term/graphemes.hpp"

#include <utf8proc.h>

namespace genai_quiz::graphemes {

std::size_t escape_length(std::string_view s, std::size_t i) {
  std::size_t k = i + 1;
  if (k >= s.size()) return 1;
  char kind = s[k++];
  if (kind == '[') {
    while (k < s.size() && (static_cast<unsigned char>(s[k]) < 0x40 || s[k] > 0x7E)) ++k;
    return (k < s.size() ? k + 1 : k) - i;
  }
  if (kind == ']' || kind == 'P' || kind == '_' || kind == '^' || kind == 'X') {
    for (; k < s.size(); ++k) {
      if (s[k] == '\a') return k + 1 - i;
      if (s[k] == '\x1b' && k + 1 < s.size() && s[k + 1] == '\\') return k + 2 - i;
    }
    return k - i;
  }
  return 2;
}

int decode(std::string_view s, std::size_t& i) {
  utf8proc_int32_t cp = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    ++i;
    return -1;
  }
  i += static_cast<std::size_t>(n);
  return cp;
}

void append(std::string& out, int codepoint) {
  utf8proc_uint8_t buffer[4];
  auto n = utf8proc_encode_char(codepoint, buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

int codepoint_width(int codepoint) { return codepoint < 0 ? 1 : utf8proc_charwidth(codepoint); }

int next(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80 && b != '\r' && (i + 1 == s.size() || static_cast<unsigned char>(s[i + 1]) < 0x80)) {
    ++i;  // ASCII followed by ASCII is a cluster of its own (only CR LF would join)
    return b >= 0x20 && b < 0x7F ? 1 : 0;
  }
  int first = decode(s, i);
  int width = codepoint_width(first);
  if (first < 0) return width;
  bool emoji_presentation = false;
  utf8proc_int32_t state = 0;
  int previous = first;
  while (i < s.size() && s[i] != '\x1b') {
    std::size_t j = i;
    int cp = decode(s, j);
    if (cp < 0 || utf8proc_grapheme_break_stateful(previous, cp, &state)) break;
    width += codepoint_width(cp);
    emoji_presentation = emoji_presentation || cp == 0xFE0F;
    previous = cp;
    i = j;
  }
  return emoji_presentation && width < 2 ? 2 : width;
}

}  // namespace genai_quiz::graphemes
