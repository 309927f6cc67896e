#pragma once
// Reading and writing ISO 8601 times, such as 2025-03-01T09:30:00Z or 2025-03-01 09:30+01:00.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// A date and wall-clock time as written, with the UTC offset when the text gave one.
struct IsoTime {
  std::chrono::sys_time<std::chrono::milliseconds> wall;  ///< the written date and time, as if UTC
  std::optional<std::chrono::minutes> utc_offset;         ///< "Z" is 0; absent means local time

  bool operator==(const IsoTime&) const = default;
};

/// Reads `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM`, `HH:MM:SS` or
/// `HH:MM:SS.fff`, optionally followed by `Z`, `±HH:MM`, `±HHMM` or `±HH`. Returns nothing for
/// anything else, including impossible dates such as 2025-02-30.
std::optional<IsoTime> parse_iso_time(std::string_view text);

/// The instant `t` written in local time with the given UTC offset, to the second:
/// `2025-03-01T10:30:00+01:00` (or `...Z` for offset 0).
std::string format_iso_time(TimePoint t, std::chrono::minutes utc_offset);

}  // namespace genai_quiz
