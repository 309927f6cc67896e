#include "genai_quiz/term/answer_editor.hpp"

#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz {
namespace {

// Removes the last UTF-8 character of `s`.
void pop_character(std::string& s) {
  while (!s.empty()) {
    const auto b = static_cast<unsigned char>(s.back());
    s.pop_back();
    if ((b & 0xC0) != 0x80) break;
  }
}

}  // namespace

AnswerEditor::Result AnswerEditor::feed(const Key& key) {
  std::string& line = lines_.back();
  switch (key.code) {
    case KeyCode::kChar:
    case KeyCode::kSpace:
      utf8::append(line, key.ch);
      break;
    case KeyCode::kTab:
      line += ' ';
      break;
    case KeyCode::kEnter:
      if (line.empty()) return Result::kDone;
      lines_.emplace_back();
      break;
    case KeyCode::kBackspace:
      if (!line.empty()) {
        pop_character(line);
      } else if (lines_.size() > 1) {
        lines_.pop_back();
      }
      break;
    case KeyCode::kCtrlD:
      return Result::kDone;
    case KeyCode::kCtrlC:
      return Result::kCancelled;
    case KeyCode::kControl:
      if (key.ch == 'u') line.clear();
      if (key.ch == 'w') {
        while (!line.empty() && line.back() == ' ') line.pop_back();
        while (!line.empty() && line.back() != ' ') pop_character(line);
      }
      break;
    default:
      break;
  }
  return Result::kEditing;
}

std::string AnswerEditor::text() const {
  std::size_t n = lines_.size();
  while (n > 0 && lines_[n - 1].empty()) --n;
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) out += '\n';
    out += lines_[i];
  }
  return out;
}

}  // namespace genai_quiz
