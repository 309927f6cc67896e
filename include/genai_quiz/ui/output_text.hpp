#pragma once
// Small pieces of wording and layout that several commands' output shares.

#include <cstddef>
#include <string>
#include <string_view>

namespace genai_quiz {

/// "1 card", "3 cards": `n`, then `word` with an "s" unless `n` is 1.
std::string plural(int n, const char* word);

/// The first non-blank line of `markdown` with its runs of spaces collapsed, cut to `limit`
/// characters with an ellipsis: how a list of cards shows a question.
std::string question_preview(std::string_view markdown, std::size_t limit);

/// The width to lay line-protocol output and reports out in: the terminal's width when standard
/// output is a terminal, else $COLUMNS when it is a number of at least 20, else 80.
int terminal_width();

/// `text` as it should be printed: when standard output is a terminal, each line wrapped at words
/// to terminal_width() (a terminal would break it mid-word); otherwise unchanged.
std::string fit_terminal(std::string_view text);

}  // namespace genai_quiz
