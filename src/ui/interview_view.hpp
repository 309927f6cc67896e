#pragma once
// Drawing a mock interview round as lines of text, shared by the line protocol and the
// interactive screen (private to the ui layer).

#include <cstdint>
#include <string>
#include <vector>

#include "genai_quiz/core/interview_round.hpp"
#include "genai_quiz/term/capabilities.hpp"
#include "genai_quiz/term/style.hpp"

namespace genai_quiz {

/// What a question's header says besides the round's position and section.
struct InterviewHeader {
  std::string time;        ///< "2:13 left"; "" for none
  std::string short_time;  ///< "2:13": the time when the header is narrow
  Role time_role = Role::kAccent;
  bool dry_run = false;    ///< the header begins "dry run, nothing is saved"
  int width = 0;           ///< the columns to fit (0: no limit)
};

/// "Question 2 of 5 · Technical Foundation · 2:13 left", painted; fitted to `parts.width` as
/// fit_header does: "Q 2/5 · Technical… · 2:13".
std::string interview_header(const InterviewRound& round, const InterviewHeader& parts, const Capabilities& caps);

/// The current question's Markdown drawn at `width` columns.
std::vector<std::string> question_lines(const InterviewRound& round, int width, const Capabilities& caps);

/// Everything shown to grade the current answer at `width` columns: the question, the answer
/// typed (or that it was spoken) and its time, the key points covered and missed with the words
/// that made them, and the model answer.
std::vector<std::string> grading_lines(const InterviewRound& round, int width, const Capabilities& caps);

/// "Grade: 1 Again · 2 Hard · 3 Good · 4 Easy", then, when there is a suggestion, what `enter`
/// (the key or line that takes it) does: " · Enter: Hard (suggested)", then `tail` ("q stop").
/// With a `width` above 0 it fits that many columns: "Grade:" and "(suggested)" go first, then the
/// names shorten to "1 A 2 H 3 G 4 E"; no grade, suggestion or tail is left out.
std::string grade_prompt(const InterviewRound& round, const std::string& enter, const Capabilities& caps,
                         int width = 0, const std::string& tail = "");

}  // namespace genai_quiz
