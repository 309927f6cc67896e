#include "ui/typed_answer_lines.hpp"

#include <algorithm>

#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/wrap.hpp"

namespace genai_quiz {

TypedAnswerLines typed_answer_lines(const std::vector<std::string>& typed, AnswerEditor::Cursor cursor, int width,
                                    const Capabilities& caps) {
  // The cursor is wrapped as a plain glyph (the n-th of its kind on its line), then painted.
  const std::string glyph = caps.unicode ? "▏" : "_";
  const std::string bar = paint(glyph, Role::kAccent, caps.color);
  const std::vector<std::string> lines = typed.empty() ? std::vector<std::string>{""} : typed;
  const std::size_t cursor_line = std::min(cursor.line, lines.size() - 1);
  TypedAnswerLines out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string line = sanitize(lines[i]);
    std::size_t glyphs_before = std::string::npos;  // npos: the cursor is on another line
    if (i == cursor_line) {
      const std::size_t at = std::min(cursor.byte, lines[i].size());
      const std::string before = sanitize(lines[i].substr(0, at));
      glyphs_before = 0;
      for (std::size_t g = before.find(glyph); g != std::string::npos; g = before.find(glyph, g + glyph.size())) {
        ++glyphs_before;
      }
      line = before + glyph + sanitize(lines[i].substr(at));
    }
    std::vector<std::string> wrapped = wrap_text(line, std::max(10, width - 2));
    if (wrapped.empty()) wrapped.emplace_back();
    for (std::string& w : wrapped) {
      for (std::size_t g = w.find(glyph); glyphs_before != std::string::npos && g != std::string::npos;
           g = w.find(glyph, g + glyph.size())) {
        if (glyphs_before-- == 0) {
          w.replace(g, glyph.size(), bar);
          glyphs_before = std::string::npos;
          out.cursor_row = out.lines.size();
          break;
        }
      }
      out.lines.push_back("> " + w);
    }
  }
  return out;
}

}  // namespace genai_quiz
