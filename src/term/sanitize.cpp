#include "genai_quiz/term/sanitize.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include "genai_quiz/term/style.hpp"
#include "term/graphemes.hpp"
#include "term/sanitize_runs.hpp"

namespace genai_quiz {
namespace {

bool is_bidi_control(int c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

// Characters that take no room and show nothing, so they could hide a difference between two
// texts: zero-width space, non-joiner, joiner, word joiner and a byte order mark inside text.
bool is_invisible_format(int c) { return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF; }

bool is_pictographic(int c) {
  return c >= 0 && utf8proc_get_property(c)->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC;
}

// Emoji modifiers, variation selectors and combining marks that keep an emoji sequence going.
bool is_extend(int c) { return c >= 0 && utf8proc_get_property(c)->boundclass == UTF8PROC_BOUNDCLASS_EXTEND; }

class RunBuilder {
 public:
  RunBuilder(int tab_width, int column) : tab_width_(tab_width), column_(column) {}

  void text(std::string_view s, int width) {
    if (runs_.empty() || runs_.back().control) runs_.push_back({});
    runs_.back().text.append(s);
    column_ = s == "\n" ? 0 : column_ + width;  // "\n" always arrives alone
  }

  void control(std::string s) {
    column_ += static_cast<int>(s.size());
    runs_.push_back({std::move(s), true});
  }

  void tab() {
    int n = tab_width_ <= 0 ? 1 : tab_width_ - column_ % tab_width_;
    text(std::string(static_cast<std::size_t>(n), ' '), n);
  }

  std::vector<SanitizedRun> take() { return std::move(runs_); }

 private:
  int tab_width_;
  int column_;
  std::vector<SanitizedRun> runs_;
};

}  // namespace

std::vector<SanitizedRun> sanitize_runs(std::string_view text, int tab_width, int column) {
  RunBuilder out(tab_width, column);
  bool in_emoji = false;  // the last code points were an emoji and its modifiers
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    std::size_t plain = i;  // a run of printable ASCII goes in at once
    while (plain < text.size() && text[plain] >= 0x20 && text[plain] < 0x7F) ++plain;
    if (plain > i) {
      out.text(text.substr(i, plain - i), static_cast<int>(plain - i));
      i = plain;
      in_emoji = false;
      continue;
    }
    int c = graphemes::decode(text, i);
    const bool emoji_before = in_emoji;
    in_emoji = is_pictographic(c) || (in_emoji && is_extend(c));
    if (c == 0x200D && emoji_before) {  // a joiner inside an emoji sequence (👨‍👩‍👧) stays
      std::size_t next = i;
      if (next < text.size() && is_pictographic(graphemes::decode(text, next))) {
        out.text(text.substr(start, i - start), 0);
        continue;
      }
    }
    if (c == '\n' || c == 0x2028 || c == 0x2029) {
      out.text("\n", 0);
    } else if (c == '\r') {
      if (i < text.size() && text[i] == '\n') continue;  // CR LF is one line break
      out.control("^M");
    } else if (c == '\t') {
      out.tab();
    } else if (c < 0) {
      out.text("\uFFFD", 1);
    } else if (c < 0x20 || c == 0x7F) {
      out.control(fmt::format("^{}", static_cast<char>(c ^ 0x40)));
    } else if ((c >= 0x80 && c <= 0x9F) || is_bidi_control(c) || is_invisible_format(c)) {
      out.control(fmt::format("<U+{:04X}>", c));
    } else {
      std::string_view s = text.substr(start, i - start);
      out.text(s, graphemes::codepoint_width(c));
    }
  }
  return out.take();
}

std::string sanitize(std::string_view text, const SanitizeOptions& options) {
  std::string out;
  for (const SanitizedRun& run : sanitize_runs(text, options.tab_width)) {
    out += run.control ? paint(run.text, Role::kControl, options.color) : run.text;
  }
  return out;
}

}  // namespace genai_quiz
