#pragma once
// The one place that reads the real clock and the local time zone; no lower layer
// reads either.

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "genai_quiz/app/global_options.hpp"
#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// The time the program believes it is: --now, else $GENAI_QUIZ_NOW, else the system clock.
/// A time without an offset is local time. Throws UsageError when the text is not ISO 8601.
TimePoint resolve_now(const GlobalOptions& global);

/// The program's clock: always the time given by --now or $GENAI_QUIZ_NOW when either is set,
/// else the system clock. Throws UsageError as resolve_now does.
std::function<TimePoint()> make_clock(const GlobalOptions& global);

/// A monotonic clock in milliseconds for timing answers; it stands still, like make_clock's,
/// when the time is pinned by --now or $GENAI_QUIZ_NOW, so that pinned runs repeat exactly.
std::function<std::int64_t()> make_answer_timer(const GlobalOptions& global);

/// The seed of a random order when no --seed is given: when the time is pinned by --now or
/// $GENAI_QUIZ_NOW, the pinned time `now` in milliseconds since 1970, so that pinned runs repeat
/// exactly; else a reading of the steady clock, a new order each run.
std::uint64_t default_seed(const GlobalOptions& global, TimePoint now);

/// Converts the text of --now (or GENAI_QUIZ_NOW, named by `source`) to an instant.
TimePoint parse_now(const std::string& text, const std::string& source);

/// The local time zone's offset from UTC at instant `t` (daylight saving included).
std::chrono::minutes local_utc_offset(TimePoint t);

/// Milliseconds on a clock that only moves forward, for measuring how long an answer took.
std::int64_t steady_ms();

}  // namespace genai_quiz
