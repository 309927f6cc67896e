#pragma once
// Typing a free-form answer on the raw-mode screen: a few lines of text, ended by an empty line
// or Ctrl-D (docs/interview.md lists the keys).

#include <string>
#include <vector>

#include "genai_quiz/term/key.hpp"

namespace genai_quiz {

/// A multi-line answer being typed. Text is only ever added at the end: Backspace removes the
/// last character (joining two lines at a line start), Ctrl-W the last word, Ctrl-U the current
/// line. Enter starts a new line; Enter on an empty line, or Ctrl-D, ends the answer; Ctrl-C
/// gives it up. Other keys are ignored.
class AnswerEditor {
 public:
  /// What a key did.
  enum class Result { kEditing, kDone, kCancelled };

  /// Applies one key press.
  Result feed(const Key& key);

  /// The answer: its lines joined with "\n", without empty lines at the end.
  std::string text() const;

  /// The lines typed so far, the current one last (never empty).
  const std::vector<std::string>& lines() const { return lines_; }

 private:
  std::vector<std::string> lines_{std::string()};
};

}  // namespace genai_quiz
