#pragma once
// Small pieces of wording and layout that several commands' output shares.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/running_session.hpp"
#include "genai_quiz/term/capabilities.hpp"
#include "genai_quiz/term/terminal.hpp"  // terminal_width()

namespace genai_quiz {

/// "1 card", "3 cards": `n`, then `word` with an "s" unless `n` is 1.
std::string plural(int n, const char* word);

/// The first non-blank line of `markdown` with its runs of spaces collapsed, cut to `limit`
/// characters with an ellipsis: how a list of cards shows a question.
std::string question_preview(std::string_view markdown, std::size_t limit);

/// "another session is running (study, process 4242): answers from both are saved, and a card
/// it answers is left out here"; "" when there is none.
std::string running_sessions_note(const std::vector<RunningSession>& others);

/// The width a report (a table, a chart) is laid out in: terminal_width(), and 40 columns at least.
int report_width();

/// How a text report is drawn: what the terminal shows and how many columns it has.
struct ReportStyle {
  Capabilities caps;  ///< colour and Unicode
  int width = 80;     ///< columns
};

/// The style of a report written to standard output: its capabilities under `color_option`, the
/// text of --color, and report_width().
ReportStyle report_style(std::string_view color_option);

/// `text` as it should be printed: when standard output is a terminal, each line wrapped at words
/// to terminal_width() (a terminal would break it mid-word); otherwise unchanged.
std::string fit_terminal(std::string_view text);

}  // namespace genai_quiz
