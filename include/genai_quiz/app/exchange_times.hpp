#pragma once
// How export files write times, and how import reads them back, in the local time
// zone (which is why they are not the exchange layer's).

#include <optional>
#include <string>
#include <string_view>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// `t` in ISO 8601 with the local UTC offset at that instant, with milliseconds when it has any:
/// "2025-03-01T10:30:00+01:00", "2025-03-01T10:30:00.250+01:00".
std::string local_iso_time(TimePoint t);

/// The instant an ISO 8601 time with a UTC offset names; nothing for other text, including a
/// time without an offset (it would mean different instants on different machines).
std::optional<TimePoint> parse_offset_time(std::string_view text);

}  // namespace genai_quiz
