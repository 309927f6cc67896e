#include "genai_quiz/core/interview_recorder.hpp"

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/fingerprint.hpp"

namespace genai_quiz {
namespace {

constexpr int kSaveAttempts = 4;

}  // namespace

ReviewLogRecorder::ReviewLogRecorder(const Scheduler& scheduler, ProgressStore& store, const InterviewPlan* plan,
                                     SavedWording wording)
    : scheduler_(scheduler), store_(store), plan_(plan), wording_(std::move(wording)) {}

std::string ReviewLogRecorder::record(const InterviewRound& round, std::size_t index, TimePoint now) {
  const InterviewQuestion& q = round.questions().at(index);
  const InterviewAnswer& a = round.answers().at(index);
  if (!a.grade) throw Error("cannot save the answer to '" + q.card_id + "': it has no grade");
  ReviewRecord r;
  r.deck_id = q.deck_id;
  r.card_id = q.card_id;
  r.time = now;
  r.rating = *a.grade;
  r.duration_ms = a.time_ms;
  r.fingerprint = card_fingerprint(q.question, q.model_answer);
  if (!a.text.empty() && !q.key_points.empty() && q.choices.empty()) r.coverage = a.coverage.fraction();
  if (a.choice) {
    r.choice = *a.choice;
    r.choice_correct = q.is_correct(*a.choice);
  }
  std::optional<std::int64_t> id;
  for (int attempt = 0; attempt < kSaveAttempts && !id; ++attempt) {
    const CardProgress progress = store_.load_card(r.deck_id, r.card_id).value_or(CardProgress{});
    r.before = progress.state;
    r.elapsed_days = scheduler_.elapsed_days(r.before, now);
    r.after = scheduler_.review(r.before, r.rating, now);
    if (plan_) r.after = plan_->cap(r.after);
    id = store_.record(r, progress.last_review_id);
  }
  if (!id) throw Error("cannot save the answer to '" + r.card_id + "': another session keeps changing it");
  return wording_(r.rating, r.after, now);
}

}  // namespace genai_quiz
