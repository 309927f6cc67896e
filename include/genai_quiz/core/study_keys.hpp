#pragma once
// What each key press (interactive screen) or input line (line protocol) means to a session.
// docs/study.md documents both.

#include <string_view>

#include "genai_quiz/core/session.hpp"

namespace genai_quiz {

/// The command for a key typed on `screen`: Space or Enter reveal (or show a waiting card now),
/// 1-4 rate, u undo, s skip, q quit, ? help. Anything else is kNone.
Command command_for_key(char32_t key, Screen screen);

/// The command for one input line, ignoring surrounding blanks and case: an empty line reveals
/// (or shows a waiting card now), 1-4 or again/hard/good/easy rate, u/undo, s/skip, q/quit,
/// ?/help. Anything else is kNone.
Command command_for_line(std::string_view line, Screen screen);

}  // namespace genai_quiz
