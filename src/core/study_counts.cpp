#include "genai_quiz/core/study_counts.hpp"

namespace genai_quiz {

const CardProgress* no_saved_progress(const Card&) { return nullptr; }

bool is_due_today(const CardProgress& progress, const Calendar& calendar, TimePoint now) {
  if (progress.state.phase == Phase::kNew) return false;
  if (progress.skipped_until && *progress.skipped_until > now) return false;
  return calendar.day(progress.state.due) <= calendar.day(now);
}

StudyCounts count_study(const Section& section, const ProgressLookup& progress_of, const Calendar& calendar,
                        TimePoint now) {
  StudyCounts counts;
  for (const Card& card : section.cards) {
    const CardProgress* progress = progress_of(card);
    if (progress != nullptr && progress->marks.flagged) ++counts.flagged;
    if (progress != nullptr && progress->marks.suspended) {
      ++counts.suspended;
    } else if (progress == nullptr || progress->state.phase == Phase::kNew) {
      ++counts.new_cards;
    } else if (is_due_today(*progress, calendar, now)) {
      ++counts.due;
    }
  }
  return counts;
}

}  // namespace genai_quiz
