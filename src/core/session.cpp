#include "genai_quiz/core/session.hpp"

#include <algorithm>

#include "genai_quiz/core/day_bounds.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/fingerprint.hpp"

namespace genai_quiz {
namespace {

constexpr int kSaveAttempts = 4;

bool in_steps(const CardState& s) { return s.phase == Phase::kLearning || s.phase == Phase::kRelearning; }

}  // namespace

Session::Session(std::vector<StudyItem> items, const Scheduler& scheduler, const Calendar& calendar,
                 ProgressStore& store, SessionOptions options, TimePoint now, std::int64_t steady_ms)
    : items_(std::move(items)),
      scheduler_(scheduler),
      calendar_(calendar),
      store_(store),
      options_(options),
      now_(now) {
  if (items_.empty()) {
    finish(Ending::kNoCards);
    return;
  }
  build(now);
  advance(now, steady_ms);
  if (stage_ == Stage::kFinished) finish(Ending::kNothingDue);
}

const StudyItem* Session::current() const {
  if (current_ < 0 || stage_ == Stage::kWaiting || stage_ == Stage::kFinished) return nullptr;
  return &items_[static_cast<std::size_t>(current_)];
}

void Session::handle(const Action& action, TimePoint now, std::int64_t steady_ms) {
  now_ = now;
  notice_ = Notice{};
  if (stage_ == Stage::kFinished) {
    bool can_undo = ending_ == Ending::kDone || ending_ == Ending::kQuit;
    if (action.kind == ActionKind::kUndo && can_undo) undo(now, steady_ms);
    return;
  }
  switch (action.kind) {
    case ActionKind::kChoose:
      // A pick on the question of a card with choices grades it and shows the answer.
      if (stage_ != Stage::kQuestion || action.choice < 0 || action.choice >= choice_count()) break;
      chosen_ = action.choice;
      [[fallthrough]];
    case ActionKind::kReveal:
    case ActionKind::kShowEarly:
      if (stage_ == Stage::kQuestion) {
        stage_ = Stage::kAnswer;
        const StudyItem& item = items_[static_cast<std::size_t>(current_)];
        previews_ = preview(item.progress.state, now);
        if (typing() && !item.card->key_points.empty() && !item.card->multiple_choice()) coverage_ = options_.typed->check(typed_, item.card->key_points);
      } else if (stage_ == Stage::kAnswer) {
        notice_.kind = NoticeKind::kRateFirst;
      } else if (stage_ == Stage::kWaiting) {
        present(earliest_learning(), From::kLearning, now, steady_ms);
      }
      break;
    case ActionKind::kTick:
      if (stage_ == Stage::kWaiting) advance(now, steady_ms);
      break;
    case ActionKind::kRate:
      if (stage_ == Stage::kAnswer) {
        rate(action.rating, now, steady_ms);
      } else if (stage_ == Stage::kQuestion) {
        notice_.kind = NoticeKind::kRevealFirst;
      }
      break;
    case ActionKind::kUndo:
      undo(now, steady_ms);
      break;
    case ActionKind::kSkip:
      skip(now, steady_ms);
      break;
    case ActionKind::kSuspend:
      suspend(now, steady_ms);
      break;
    case ActionKind::kFlag:
      flag(now);
      break;
    case ActionKind::kQuit:
      finish(Ending::kQuit);
      break;
    case ActionKind::kHelp:
    case ActionKind::kEdit:  // the study loop opens the editor and reloads the deck
    case ActionKind::kNone:
      break;
  }
}

void Session::unqueue(int item, From from) {
  auto take = [item](auto& queue) {
    auto it = std::find(queue.begin(), queue.end(), item);
    if (it != queue.end()) queue.erase(it);
  };
  switch (from) {
    case From::kLearning: take(learning_); break;
    case From::kReview: take(review_); break;
    case From::kNew: take(fresh_); break;
    case From::kCram: take(cram_); break;
    case From::kNone: break;
  }
}

void Session::present(int item, From from, TimePoint now, std::int64_t steady_ms) {
  unqueue(item, from);
  current_ = item;
  from_ = from;
  stage_ = Stage::kQuestion;
  previews_ = preview(items_[static_cast<std::size_t>(item)].progress.state, now);
  shown_at_ms_ = steady_ms;
  typed_.clear();
  coverage_.reset();
  chosen_.reset();
}

void Session::advance(TimePoint now, std::int64_t steady_ms) {
  for (;;) {
    current_ = -1;
    int learning = earliest_learning();
    auto due = [&](int i) { return due_of(items_[static_cast<std::size_t>(i)].progress.state); };
    int item = -1;
    From from = From::kNone;
    if (learning >= 0 && due(learning) <= now) {
      item = learning, from = From::kLearning;
    } else if (!review_.empty()) {
      item = review_.front(), from = From::kReview;
    } else if (!fresh_.empty()) {
      item = fresh_.front(), from = From::kNew;
    } else if (!cram_.empty()) {
      item = cram_.front(), from = From::kCram;
    } else if (learning >= 0 && due(learning) <= now + options_.learn_ahead) {
      item = learning, from = From::kLearning;
    } else if (learning >= 0) {
      stage_ = Stage::kWaiting;
      return;
    } else {
      finish(Ending::kDone);
      return;
    }
    if (!answered_elsewhere(item, from, now)) {
      present(item, from, now, steady_ms);
      return;
    }
  }
}

bool Session::answered_elsewhere(int index, From from, TimePoint now) {
  if (options_.cram) return false;  // cramming goes over every card whatever its state
  StudyItem& item = items_[static_cast<std::size_t>(index)];
  CardProgress stored = store_.load_card(item.deck->id, item.card->id).value_or(CardProgress{});
  const bool suspended = stored.marks.suspended;  // in another session, or by `genai-quiz suspend`
  if (!suspended && stored.last_review_id == item.progress.last_review_id) return false;
  // Another session answered the card since it was queued: take its state, and keep the card
  // only where that state still puts it today.
  unqueue(index, from);
  if (suspended) {
    item.progress.marks = stored.marks;
    return true;
  }
  item.progress.state = stored.state;
  item.progress.last_review_id = stored.last_review_id;
  item.progress.fingerprint = stored.fingerprint;
  const CardState& state = item.progress.state;
  const bool due_today = calendar_.day(due_of(state)) <= calendar_.day(now);
  if (state.phase == Phase::kNew) {
    fresh_.push_front(index);  // its answers were undone
  } else if (in_steps(state) && due_today) {
    learning_.push_back(index);
  } else if (state.phase == Phase::kReview && due_today && from == From::kReview) {
    review_.push_front(index);
  } else {
    notice_.answered_elsewhere += 1;
    summary_.answered_elsewhere += 1;
  }
  return true;
}

void Session::rate(Rating rating, TimePoint now, std::int64_t steady_ms) {
  StudyItem& item = items_[static_cast<std::size_t>(current_)];
  UndoEntry entry{snapshot(), current_, item.progress, 0, {}, NoticeKind::kUndidSkip};
  ReviewRecord r;
  r.deck_id = item.deck->id;
  r.card_id = item.card->id;
  r.time = now;
  r.rating = rating;
  r.duration_ms = std::max<std::int64_t>(0, steady_ms - shown_at_ms_);
  r.fingerprint = item.fingerprint;
  r.cram = options_.cram;
  if (coverage_ && !typed_.empty()) r.coverage = coverage_->fraction();  // aloud: nothing measured
  if (chosen_) {
    r.choice = *chosen_;
    r.choice_correct = item.card->is_correct(*chosen_);
  }
  std::optional<std::int64_t> id;
  for (int attempt = 0; attempt < kSaveAttempts && !id; ++attempt) {
    if (attempt > 0) {  // another session answered this card meanwhile: go on from its state
      item.progress = store_.load_card(r.deck_id, r.card_id).value_or(CardProgress{});
      entry.progress = item.progress;
    }
    r.before = item.progress.state;
    r.elapsed_days = scheduler_.elapsed_days(r.before, now);
    r.after = options_.cram ? r.before : scheduler_.review(r.before, rating, now);
    if (options_.plan && !options_.cram) r.after = options_.plan->cap(r.after);
    id = store_.record(r, item.progress.last_review_id);
  }
  if (!id) throw Error("cannot save the answer to '" + r.card_id + "': another session keeps changing it");

  entry.review_id = *id;
  entry.undone = NoticeKind::kUndidAnswer;
  // A lapse that reaches the leech threshold tags the card and suspends it, as Anki does.
  const bool leech = !options_.cram && r.after.lapses > r.before.lapses &&
                     is_leech_lapse(r.after.lapses, options_.leech_threshold);
  if (leech) {
    entry.event_ids.push_back(store_.add_event({0, r.deck_id, r.card_id, now, CardEventKind::kLeech}));
    item.progress.marks = apply_event(item.progress.marks, CardEventKind::kLeech);
  }
  undo_.push_back(std::move(entry));
  if (!options_.cram) {
    item.progress.state = r.after;
    item.progress.fingerprint = item.fingerprint;
    item.progress.last_review_id = *id;
  }
  summary_.answered += 1;
  summary_.ratings[static_cast<std::size_t>(rating) - 1] += 1;
  summary_.time_ms += r.duration_ms;
  if (options_.cram) {
    if (rating == Rating::kAgain) cram_.push_back(current_);
  } else {
    if (!leech && in_steps(r.after) && calendar_.day(r.after.due) <= calendar_.day(now)) learning_.push_back(current_);
  }
  notice_ = Notice{NoticeKind::kSaved, rating, r.after};
  notice_.leech = leech;
  advance(now, steady_ms);
}

void Session::skip(TimePoint now, std::int64_t steady_ms) {
  if (current_ < 0) {
    notice_.kind = NoticeKind::kNothingToSkip;
    return;
  }
  StudyItem& item = items_[static_cast<std::size_t>(current_)];
  UndoEntry entry{snapshot(), current_, item.progress, 0, {}, NoticeKind::kUndidSkip};
  TimePoint until = start_of_next_day(calendar_, now);
  store_.set_skipped_until(item.deck->id, item.card->id, until);
  item.progress.skipped_until = until;
  undo_.push_back(std::move(entry));
  notice_.kind = NoticeKind::kSkipped;
  advance(now, steady_ms);
}

void Session::suspend(TimePoint now, std::int64_t steady_ms) {
  if (current_ < 0 || stage_ == Stage::kWaiting) {
    notice_.kind = NoticeKind::kNoCard;
    return;
  }
  StudyItem& item = items_[static_cast<std::size_t>(current_)];
  UndoEntry entry{snapshot(), current_, item.progress, 0, {}, NoticeKind::kUndidSkip};
  entry.event_ids.push_back(store_.add_event({0, item.deck->id, item.card->id, now, CardEventKind::kSuspend}));
  entry.undone = NoticeKind::kUndidSuspend;
  item.progress.marks = apply_event(item.progress.marks, CardEventKind::kSuspend);
  undo_.push_back(std::move(entry));
  notice_.kind = NoticeKind::kSuspended;
  advance(now, steady_ms);
}

void Session::flag(TimePoint now) {
  if (current_ < 0 || stage_ == Stage::kWaiting) {
    notice_.kind = NoticeKind::kNoCard;
    return;
  }
  StudyItem& item = items_[static_cast<std::size_t>(current_)];
  UndoEntry entry{snapshot(), current_, item.progress, 0, {}, NoticeKind::kUndidSkip};
  const CardEventKind kind = item.progress.marks.flagged ? CardEventKind::kUnflag : CardEventKind::kFlag;
  entry.event_ids.push_back(store_.add_event({0, item.deck->id, item.card->id, now, kind}));
  entry.undone = NoticeKind::kUndidFlag;
  item.progress.marks = apply_event(item.progress.marks, kind);
  undo_.push_back(std::move(entry));
  notice_.kind = kind == CardEventKind::kFlag ? NoticeKind::kFlagged : NoticeKind::kUnflagged;
}

void Session::undo(TimePoint now, std::int64_t steady_ms) {
  if (undo_.empty()) {
    notice_.kind = NoticeKind::kNothingToUndo;
    return;
  }
  UndoEntry entry = std::move(undo_.back());
  undo_.pop_back();
  StudyItem& item = items_[static_cast<std::size_t>(entry.item)];
  if (entry.review_id != 0) {
    if (!store_.undo(entry.review_id)) {
      notice_.kind = NoticeKind::kUndoBlocked;
      return;
    }
  } else if (entry.event_ids.empty()) {
    store_.set_skipped_until(item.deck->id, item.card->id, entry.progress.skipped_until);
  }
  for (auto id = entry.event_ids.rbegin(); id != entry.event_ids.rend(); ++id) store_.remove_event(*id);
  notice_.kind = entry.undone;
  const Stage stage = stage_;
  item.progress = entry.progress;
  restore(entry.queues);
  ending_ = Ending::kNone;
  present(entry.item, entry.queues.from, now, steady_ms);
  // Undoing a flag leaves the card as it was on screen, its answer shown if it was.
  if (entry.undone == NoticeKind::kUndidFlag && stage == Stage::kAnswer) stage_ = Stage::kAnswer;
}

void Session::finish(Ending ending) {
  stage_ = Stage::kFinished;
  ending_ = ending;
  std::optional<TimePoint> next;
  for (const StudyItem& item : items_) {
    const CardProgress& p = item.progress;
    if (p.state.phase == Phase::kNew || p.marks.suspended) continue;
    TimePoint due = p.skipped_until ? std::max(due_of(p.state), *p.skipped_until) : due_of(p.state);
    if (!next || due < *next) next = due;
  }
  summary_.next_due = next;
}

int Session::earliest_learning() const {
  int best = -1;
  for (int i : learning_) {
    if (best < 0 || due_of(items_[static_cast<std::size_t>(i)].progress.state) <
                        due_of(items_[static_cast<std::size_t>(best)].progress.state)) {
      best = i;
    }
  }
  return best;
}

TimePoint Session::due_of(const CardState& state) const {
  return options_.plan ? options_.plan->planned_due(state) : state.due;
}

std::array<CardState, 4> Session::preview(const CardState& state, TimePoint now) const {
  std::array<CardState, 4> states = scheduler_.preview(state, now);
  if (options_.plan) {
    for (CardState& s : states) s = options_.plan->cap(s);
  }
  return states;
}

int Session::choice_count() const {
  const StudyItem* item = current();
  return item == nullptr ? 0 : static_cast<int>(item->card->choices.size());
}

std::optional<Rating> Session::suggested() const {
  if (chosen_ && stage_ == Stage::kAnswer) {
    return current()->card->is_correct(*chosen_) ? Rating::kGood : Rating::kAgain;
  }
  if (!coverage_ || typed_.empty()) return std::nullopt;  // answered aloud: the person rates it
  return suggested_rating(coverage_->covered(), coverage_->total());
}

std::optional<Countdown> Session::countdown() const {
  if (!options_.plan) return std::nullopt;
  std::vector<CardState> states;
  states.reserve(items_.size());
  for (const StudyItem& item : items_) states.push_back(item.progress.state);
  return options_.plan->countdown(states, now_);
}

Session::Queues Session::snapshot() const {
  return Queues{learning_, review_, fresh_, cram_, current_, from_, summary_};
}

void Session::restore(const Queues& q) {
  learning_ = q.learning;
  review_ = q.review;
  fresh_ = q.fresh;
  cram_ = q.cram;
  current_ = q.current;
  from_ = q.from;
  summary_ = q.summary;
}

void Session::replace_deck(const Deck& deck) {
  for (StudyItem& item : items_) {
    if (item.deck->id != deck.id) continue;
    for (const Section& section : deck.sections) {
      auto card = std::find_if(section.cards.begin(), section.cards.end(),
                               [&](const Card& c) { return c.id == item.card->id; });
      if (card == section.cards.end()) continue;
      item.deck = &deck;
      item.section = &section;
      item.card = &*card;
      item.fingerprint = card_fingerprint(card->question, card->answer);
      break;
    }
  }
}

}  // namespace genai_quiz
