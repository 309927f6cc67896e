#pragma once
// The words and figures a study screen shows, as plain text shared by every front end:
// interval labels, the session's feedback, the header, the summary, the countdown and the help.

#include <array>
#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/rating_name.hpp"
#include "genai_quiz/core/session.hpp"

namespace genai_quiz {

/// A span of time the way Anki labels intervals: "1m", "10m", "2h", "1.5h", "8d", "1.2mo", "2.1y".
std::string format_interval(std::chrono::milliseconds span);

/// The interval a state gives from `now`: its day interval once in review, else the time to its due.
std::string interval_label(const CardState& after, TimePoint now);

/// "Saved: Good, next in 10m": a rating saved at `now` that gave the card the state `after`.
std::string saved_text(Rating rating, const CardState& after, TimePoint now);

/// "Rated (not saved): Good, next in 10m": the same rating in a --dry-run, where nothing is saved.
std::string unsaved_text(Rating rating, const CardState& after, TimePoint now);

/// The session's feedback on its last action, e.g. "Saved: Good, next in 10m"; "" when none.
std::string notice_text(const Session& session);

/// "17 days to go · 12 cards need a review before then"; "The interview is today" on the day;
/// "" once the date has passed.
std::string format_countdown(const Countdown& countdown);

/// "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d"; without intervals when `cram`.
std::string rating_bar(const std::array<CardState, 4>& previews, TimePoint now, bool cram);

/// A moment relative to `now`, in local time with the given UTC offset: "now", "in 10m (14:05)",
/// "in 3d (2025-03-04 09:00)".
std::string format_when(TimePoint when, TimePoint now, std::chrono::minutes utc_offset);

/// The ways to say a header, each list from the longest form to the shortest.
struct HeaderForms {
  std::vector<std::string> dry;  ///< "dry run, nothing is saved", "dry run", "dry"; empty when not a dry run
  std::vector<std::pair<std::string, std::string>> frames;  ///< what comes before and after the name
  std::vector<std::string> names;  ///< "deck · section", "section"; the last may be cut; may be empty
};

/// The longest header from `forms` that fits `width` columns (the longest of all when `width` is
/// 0 or less), its parts joined by `dot`: the name shortens first, then the frame, then the
/// dry-run label; only then is the name cut (to no fewer than 8 columns), and at last left out.
std::string fit_header(const HeaderForms& forms, int width, std::string_view dot = " · ");

/// The first of `choices` (longest first) that fits `width` columns, else the last.
std::string first_fitting(const std::vector<std::string>& choices, int width);

/// The header, sanitized: "deck · section · 12 left · new 5 · learning 1 · review 6" ("7 left ·
/// cram" when cramming). With a `width` above 0 it fits that many columns: the labels shorten
/// ("learn 1 · rev 6", then "n5 l1 r6") and the names are cut or left out before any count is.
std::string session_header(const Session& session, int width = 0);

/// The end-of-session summary, one line per entry (no trailing newline).
std::vector<std::string> summary_lines(const Session& session, std::chrono::minutes utc_offset);

/// What to say when a session has nothing to show, one line per entry.
std::vector<std::string> nothing_to_study_lines(const Session& session, std::chrono::minutes utc_offset);

/// The keys of the interactive screen, one line each.
std::vector<std::string> key_help_lines();

/// The actions of the line protocol (a study key typed as a line), one line each.
std::vector<std::string> line_help_lines();

}  // namespace genai_quiz
