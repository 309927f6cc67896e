#pragma once
// Typing a free-form answer on the raw-mode screen: a few lines of text with a cursor, ended by
// an empty line or Ctrl-D (docs/study.md lists the keys).

#include <cstddef>
#include <string>
#include <vector>

#include "genai_quiz/term/key.hpp"

namespace genai_quiz {

/// A multi-line answer being typed, edited at a cursor as in a shell: Left/Right move by one
/// character (a grapheme cluster, so é or an emoji is one step), Home/End and Ctrl-A/Ctrl-E to
/// the start and end of the line, Up/Down to the line above or below; Backspace and Delete
/// remove the character before or under the cursor (joining lines at a line's edge), Ctrl-W the
/// word before the cursor, Ctrl-U the line up to the cursor, Ctrl-K from the cursor on. Enter
/// splits the line; Enter on an empty line, Enter twice in a row wherever the cursor is (the
/// second takes back the first one's split), or Ctrl-D, ends the answer; Ctrl-C gives it up. A
/// bracketed paste is inserted whole, its line breaks kept and never taken as Enter.
class AnswerEditor {
 public:
  /// What a key did.
  enum class Result { kEditing, kDone, kCancelled };

  /// Where the cursor is: the line, and the byte offset in it (on a character boundary).
  struct Cursor {
    std::size_t line = 0;
    std::size_t byte = 0;
    bool operator==(const Cursor&) const = default;
  };

  /// Applies one key press.
  Result feed(const Key& key);

  /// The answer: its lines joined with "\n", without empty lines at the end.
  std::string text() const;

  /// The lines typed so far (never empty).
  const std::vector<std::string>& lines() const { return lines_; }

  /// The cursor.
  Cursor cursor() const { return cursor_; }

 private:
  void insert(std::string_view text);
  void new_line();
  void backspace();
  void delete_forward();

  std::vector<std::string> lines_{std::string()};
  Cursor cursor_;
  bool pasting_ = false;
  bool split_ = false;  // the last key was an Enter that split a line
};

}  // namespace genai_quiz
