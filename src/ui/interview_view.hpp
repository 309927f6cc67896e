#pragma once
// Drawing a mock interview round as lines of text, shared by the line protocol and the
// interactive screen (private to the cli layer).

#include <cstdint>
#include <string>
#include <vector>

#include "genai_quiz/core/interview_round.hpp"
#include "genai_quiz/term/capabilities.hpp"

namespace genai_quiz {

/// "Question 2 of 5 · Technical Foundation · 2:13 left" (`time` is the part after the section).
std::string interview_header(const InterviewRound& round, const std::string& time, const Capabilities& caps);

/// The current question's Markdown drawn at `width` columns.
std::vector<std::string> question_lines(const InterviewRound& round, int width, const Capabilities& caps);

/// Everything shown to grade the current answer at `width` columns: the question, the answer
/// typed (or that it was spoken) and its time, the key points covered and missed with the words
/// that made them, and the model answer.
std::vector<std::string> grading_lines(const InterviewRound& round, int width, const Capabilities& caps);

/// "Grade: 1 Again · 2 Hard · 3 Good · 4 Easy", then, when there is a suggestion, what `enter`
/// (the key or line that takes it) does: " · Enter: Hard (suggested)".
std::string grade_prompt(const InterviewRound& round, const std::string& enter, const Capabilities& caps);

}  // namespace genai_quiz
