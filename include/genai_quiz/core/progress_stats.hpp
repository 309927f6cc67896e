#pragma once
// The figures of `genai-quiz stats`: cards by phase, suspended, flagged and leech cards, what
// falls due soon, true retention, average stability, the weakest cards, a 30-day due forecast,
// reviews per day over the last 12 weeks and the calibration of the ratings given to typed
// answers. Days are the user's calendar days (Calendar), so "today" starts at the day-start hour.
// A suspended card is set aside, as in Anki: it counts in `cards` and `suspended` only, not in
// a phase, what is due, the average stability or the weakest cards (its answers still count).

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/calibration.hpp"
#include "genai_quiz/core/card_record.hpp"
#include "genai_quiz/core/review_record.hpp"

namespace genai_quiz {

inline constexpr int kForecastDays = 30;  ///< days in the due forecast, today first
inline constexpr int kHeatmapWeeks = 12;  ///< weeks in the reviews-per-day calendar
inline constexpr int kWeakestCount = 5;   ///< cards listed as the weakest

/// True retention: of the answers given to cards in the review phase, the share not forgotten.
struct Retention {
  int passed = 0;  ///< answered Hard, Good or Easy
  int total = 0;

  /// passed / total, or nothing when there was no such answer.
  std::optional<double> rate() const;
  bool operator==(const Retention&) const = default;
};

/// Every figure for one group of cards (a section, or all selected sections).
struct Figures {
  int cards = 0;                  ///< every card, suspended ones included
  std::array<int, 4> by_phase{};  ///< cards not suspended, indexed by Phase: new, learning, review, relearning
  int suspended = 0;              ///< suspended cards (a leech when tagged, or by hand)
  int flagged = 0;                ///< flagged cards, whatever else they are
  int leech = 0;                  ///< cards tagged leech, suspended or brought back
  int due_today = 0;              ///< studied cards due today or earlier (overdue included)
  int due_tomorrow = 0;           ///< due on the next calendar day
  int due_week = 0;               ///< due within the next 7 calendar days, today and overdue included
  Retention retention_7d;         ///< answers of the last 7 calendar days, today included
  Retention retention_30d;        ///< answers of the last 30 calendar days, today included
  std::optional<double> average_stability;  ///< days, over studied cards; nothing when none
  std::vector<CardRecord> weakest;          ///< up to kWeakestCount studied cards, weakest first
  std::vector<int> forecast;                ///< kForecastDays counts; [0] is today with overdue cards
  std::vector<int> reviews_per_day;         ///< one count per day from Stats::heatmap_first_day to today
  Calibration calibration;                  ///< every typed answer with a coverage, up to today

  bool operator==(const Figures&) const = default;
};

/// The figures of one section.
struct SectionFigures {
  std::string deck;
  std::string section;
  std::string title;
  Figures figures;
};

/// The statistics of a set of cards and their review log.
struct Stats {
  std::int64_t today = 0;             ///< the calendar day of `now`
  std::int64_t heatmap_first_day = 0; ///< the Monday kHeatmapWeeks - 1 weeks before today's week
  std::vector<SectionFigures> sections;  ///< in the order their cards came
  Figures total;                         ///< over every section
};

/// The calendar day (Monday first) that starts the reviews-per-day calendar ending on `today`.
std::int64_t heatmap_first_day(std::int64_t today);

/// The figures of `cards`, counting the answers in `reviews` to those cards only. Of a card
/// they read its phase, due time, stability, retrievability and marks. Of an answer
/// they read its card, time, rating, coverage, whether it was cram and the card's phase before
/// it (only answers to cards in the review phase count for retention; cram answers count as
/// activity only).
Figures compute_figures(std::span<const CardRecord> cards, std::span<const ReviewRecord> reviews,
                        const Calendar& calendar, TimePoint now);

/// The figures of each section of `cards` (grouped by deck and section id) and of all of them.
/// Answers to cards not in `cards` are left out.
Stats compute_stats(std::span<const CardRecord> cards, std::span<const ReviewRecord> reviews,
                    const Calendar& calendar, TimePoint now);

}  // namespace genai_quiz
