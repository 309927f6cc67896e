#include "genai_quiz/term/answer_editor.hpp"

#include <algorithm>

#include "genai_quiz/core/utf8.hpp"
#include "term/graphemes.hpp"

namespace genai_quiz {
namespace {

// The byte offset of the grapheme cluster boundary after `at` in `line` (its end at the end).
std::size_t next_boundary(const std::string& line, std::size_t at) {
  if (at >= line.size()) return line.size();
  graphemes::next(line, at);
  return std::min(at, line.size());
}

// The byte offset of the grapheme cluster boundary before `at` in `line` (0 at the start).
std::size_t previous_boundary(const std::string& line, std::size_t at) {
  std::size_t last = 0;
  for (std::size_t i = 0; i < at && i < line.size();) {
    last = i;
    graphemes::next(line, i);
  }
  return last;
}

// The last boundary at or before `at`, for a cursor moved to a line of another length.
std::size_t boundary_at_or_before(const std::string& line, std::size_t at) {
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t j = i;
    graphemes::next(line, j);
    if (j > at) break;
    i = j;
  }
  return i;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

}  // namespace

void AnswerEditor::insert(std::string_view text) {
  lines_[cursor_.line].insert(cursor_.byte, text);
  cursor_.byte += text.size();
}

void AnswerEditor::new_line() {
  std::string& line = lines_[cursor_.line];
  std::string rest = line.substr(cursor_.byte);
  line.resize(cursor_.byte);
  lines_.insert(lines_.begin() + static_cast<std::ptrdiff_t>(cursor_.line) + 1, std::move(rest));
  cursor_ = {cursor_.line + 1, 0};
}

void AnswerEditor::backspace() {
  std::string& line = lines_[cursor_.line];
  if (cursor_.byte > 0) {
    std::size_t from = previous_boundary(line, cursor_.byte);
    line.erase(from, cursor_.byte - from);
    cursor_.byte = from;
  } else if (cursor_.line > 0) {
    std::string& above = lines_[cursor_.line - 1];
    std::size_t join = above.size();
    above += line;
    lines_.erase(lines_.begin() + static_cast<std::ptrdiff_t>(cursor_.line));
    cursor_ = {cursor_.line - 1, join};
  }
}

void AnswerEditor::delete_forward() {
  std::string& line = lines_[cursor_.line];
  if (cursor_.byte < line.size()) {
    line.erase(cursor_.byte, next_boundary(line, cursor_.byte) - cursor_.byte);
  } else if (cursor_.line + 1 < lines_.size()) {
    line += lines_[cursor_.line + 1];
    lines_.erase(lines_.begin() + static_cast<std::ptrdiff_t>(cursor_.line) + 1);
  }
}

AnswerEditor::Result AnswerEditor::feed(const Key& key) {
  std::string& line = lines_[cursor_.line];
  const bool after_split = split_;
  split_ = false;
  switch (key.code) {
    case KeyCode::kChar:
    case KeyCode::kSpace: {
      std::string ch;
      utf8::append(ch, key.ch);
      insert(ch);
      break;
    }
    case KeyCode::kTab:
      insert(" ");
      break;
    case KeyCode::kPasteStart:
      pasting_ = true;
      break;
    case KeyCode::kPasteEnd:
      pasting_ = false;
      break;
    case KeyCode::kEnter:
      if (!pasting_ && line.empty()) return Result::kDone;
      if (!pasting_ && after_split && cursor_.byte == 0 && cursor_.line > 0) {
        // The second Enter in a row, after one that split a line: the split is taken back and
        // the answer ends, wherever the cursor was.
        cursor_ = {cursor_.line - 1, lines_[cursor_.line - 1].size()};
        lines_[cursor_.line] += line;
        lines_.erase(lines_.begin() + static_cast<std::ptrdiff_t>(cursor_.line) + 1);
        return Result::kDone;
      }
      new_line();
      split_ = !pasting_;
      break;
    case KeyCode::kBackspace:
      backspace();
      break;
    case KeyCode::kDelete:
      delete_forward();
      break;
    case KeyCode::kLeft:
      if (cursor_.byte > 0) {
        cursor_.byte = previous_boundary(line, cursor_.byte);
      } else if (cursor_.line > 0) {
        cursor_.line -= 1;
        cursor_.byte = lines_[cursor_.line].size();
      }
      break;
    case KeyCode::kRight:
      if (cursor_.byte < line.size()) {
        cursor_.byte = next_boundary(line, cursor_.byte);
      } else if (cursor_.line + 1 < lines_.size()) {
        cursor_ = {cursor_.line + 1, 0};
      }
      break;
    case KeyCode::kUp:
    case KeyCode::kDown:
      if (key.code == KeyCode::kUp ? cursor_.line > 0 : cursor_.line + 1 < lines_.size()) {
        cursor_.line = key.code == KeyCode::kUp ? cursor_.line - 1 : cursor_.line + 1;
        cursor_.byte = boundary_at_or_before(lines_[cursor_.line], cursor_.byte);
      }
      break;
    case KeyCode::kHome:
      cursor_.byte = 0;
      break;
    case KeyCode::kEnd:
      cursor_.byte = line.size();
      break;
    case KeyCode::kCtrlD:
      return Result::kDone;
    case KeyCode::kCtrlC:
      return Result::kCancelled;
    case KeyCode::kControl:
      if (key.ch == 'a') cursor_.byte = 0;
      if (key.ch == 'e') cursor_.byte = line.size();
      if (key.ch == 'k') line.resize(cursor_.byte);
      if (key.ch == 'u') {
        line.erase(0, cursor_.byte);
        cursor_.byte = 0;
      }
      if (key.ch == 'w') {
        std::size_t from = cursor_.byte;
        while (from > 0 && is_space(line[from - 1])) --from;
        while (from > 0 && !is_space(line[from - 1])) from = previous_boundary(line, from);
        line.erase(from, cursor_.byte - from);
        cursor_.byte = from;
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
