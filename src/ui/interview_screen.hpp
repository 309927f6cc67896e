#pragma once
// The interactive interview screens as lines of text, fitted to the terminal (private to the ui
// layer; ScreenInterviewIo puts them on the terminal).

#include <cstdint>
#include <string>
#include <vector>

#include "genai_quiz/core/interview_round.hpp"
#include "genai_quiz/term/answer_editor.hpp"
#include "genai_quiz/term/capabilities.hpp"
#include "genai_quiz/term/terminal.hpp"

namespace genai_quiz {

/// The screen while a question is asked: header with the time left, the question, the answer
/// typed so far (`typed`, one entry per line) with the cursor where `cursor` is, and the keys.
/// Exactly `size.rows` lines; when the answer does not fit, the cursor's line stays in view.
/// `message`, when not empty, is shown above the keys; `dry_run` puts "dry run" in the header.
std::vector<std::string> draw_asking_screen(const InterviewRound& round, const std::vector<std::string>& typed,
                                            AnswerEditor::Cursor cursor, std::int64_t remaining_ms, TermSize size,
                                            const Capabilities& caps, const std::string& message = "",
                                            bool dry_run = false);

/// The screen while an answer is graded: header, grading_lines() from line `scroll`, the last
/// message with "→ N more lines" when the answer is longer than the screen, and the grade
/// prompt. Exactly `size.rows` lines, each fitting `size.columns`: the message wraps, the header,
/// hint and prompt shorten their labels.
std::vector<std::string> draw_grading_screen(const InterviewRound& round, int scroll, const std::string& message,
                                             TermSize size, const Capabilities& caps, bool dry_run = false);

/// The largest useful scroll position of the grading screen showing `message`.
int max_grading_scroll(const InterviewRound& round, TermSize size, const Capabilities& caps,
                       const std::string& message = "");

}  // namespace genai_quiz
