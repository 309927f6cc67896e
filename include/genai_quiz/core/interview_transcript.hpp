#pragma once
// The record of a mock interview round: a Markdown transcript to keep, and a short summary for
// the terminal (docs/interview.md shows both).

#include <cstdint>
#include <string>

#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/interview_round.hpp"

namespace genai_quiz {

/// What the transcript says about the round besides its questions.
struct TranscriptHeading {
  std::string started;  ///< when the round started, in local time: "2025-03-01 09:00"
  std::string scope;    ///< where the questions came from: "genai-interview · Technical Foundation"
};

/// A duration as minutes and seconds, rounded down: 0:07, 2:30, 75:00.
std::string format_minutes_seconds(std::int64_t ms);

/// The round as Markdown: for each question asked, the person's answer, the model answer, the
/// key points covered and missed, the time taken and the grade; then a summary table.
std::string render_transcript(const InterviewRound& round, const TranscriptHeading& heading);

/// A few lines of plain text for the terminal after the round: questions answered and time,
/// key points covered, and the grades.
std::string render_round_summary(const InterviewRound& round);

}  // namespace genai_quiz
