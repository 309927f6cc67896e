#pragma once
// The editor a card is edited in (genai-quiz edit, and `e` in study), as an argument vector.
//
// The editor is $VISUAL, else $EDITOR, else vi, and is run without a shell: its value is split
// into words as a shell splits plain words (blanks separate; '...' and "..." quote, a backslash
// escapes the next character; nothing is expanded), so `code -w` and `"/opt/my editor/bin/ed"`
// work. The editor is started at the card's line: `vi +12 deck.yaml`.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genai_quiz {

/// `text` split into words as above; nothing when a quote is not closed.
std::optional<std::vector<std::string>> split_command_words(std::string_view text);

/// The command to run, or why there is none.
struct EditorCommand {
  std::vector<std::string> argv;  ///< the editor's words, then "+LINE" and the file
  std::string error;              ///< e.g. "$EDITOR: a quote is not closed in 'vim \"x'"

  bool ok() const { return error.empty(); }
};

/// The command that opens `file` at `line` in the editor that `visual` ($VISUAL) or else
/// `editor` ($EDITOR) names; an unset or blank variable is passed over, and vi is the default.
EditorCommand editor_command(std::optional<std::string_view> visual, std::optional<std::string_view> editor,
                             const std::string& file, int line);

}  // namespace genai_quiz
