#pragma once
// Small pieces of wording and layout that several commands' output shares. Private to cli.

#include <string>

namespace genai_quiz {

/// "1 card", "3 cards": `n`, then `word` with an "s" unless `n` is 1.
std::string plural(int n, const char* word);

/// The width to lay line-protocol output and reports out in: the terminal's width when standard
/// output is a terminal, else $COLUMNS when it is a number of at least 20, else 80.
int terminal_width();

}  // namespace genai_quiz
