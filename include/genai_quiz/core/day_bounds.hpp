#pragma once
// Where the user's calendar days begin and end, for "today" and "until tomorrow".

#include "genai_quiz/core/calendar.hpp"

namespace genai_quiz {

/// The first instant (to the millisecond) of the calendar day that contains `t`.
TimePoint start_of_day(const Calendar& calendar, TimePoint t);

/// The first instant of the calendar day after the one that contains `t`.
TimePoint start_of_next_day(const Calendar& calendar, TimePoint t);

}  // namespace genai_quiz
