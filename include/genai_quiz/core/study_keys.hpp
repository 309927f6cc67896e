#pragma once
// What each key press (interactive screen) or input line (line protocol) means to a session.
// docs/study.md documents both.

#include <string_view>

#include "genai_quiz/core/session.hpp"

namespace genai_quiz {

/// The action for a key typed at `stage`: Space or Enter reveal (or show a waiting card now),
/// 1-4 rate, u undo, s skip (bury until tomorrow), ! suspend, f flag (or unflag), e edit the card
/// (the screen only: the line protocol has no edit), q quit, ? help. While the question of a card
/// with `choices` options is shown, the letters a, b, ... (either case, at most a to h) pick one,
/// and so `e` and `f` pick options e and f there when the card has that many. Anything else is
/// kNone.
Action action_for_key(char32_t key, Stage stage, int choices = 0);

/// The action for one input line, ignoring surrounding blanks and case: an empty line reveals
/// (or shows a waiting card now), 1-4 or again/hard/good/easy rate, u/undo, s/skip, !/suspend, f/flag, q/quit,
/// ?/help, and a letter picks an option as for action_for_key. Anything else is kNone.
Action action_for_line(std::string_view line, Stage stage, int choices = 0);

}  // namespace genai_quiz
