#pragma once
// Writing instants in tests: utc(2024, 3, 1, 12, 30) is 2024-03-01 12:30 UTC.

#include <chrono>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz::test {

/// The instant `y-m-d h:min` UTC.
inline TimePoint utc(int y, int m, int d, int h = 0, int min = 0) {
  using namespace std::chrono;
  return TimePoint(sys_days(year(y) / month(static_cast<unsigned>(m)) / day(static_cast<unsigned>(d))) +
                   hours(h) + minutes(min));
}

}  // namespace genai_quiz::test
