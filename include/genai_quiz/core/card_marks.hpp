#pragma once
// What a person does to a card besides answering it: suspend it, flag it, reset it to new, and
// the leech tag the session gives a card that keeps lapsing. Each such act is a CardEvent in the
// card's event log, kept beside the review log; the card's marks are its events folded in time
// order, as its state is its answers replayed (docs/study.md#suspended-cards-flags-and-leeches).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// One kind of act on a card. kLeech tags the card a leech and suspends it; kReset makes it new
/// again (answers up to the reset no longer count for its schedule) and takes the leech tag off.
enum class CardEventKind : int { kSuspend = 1, kUnsuspend = 2, kFlag = 3, kUnflag = 4, kLeech = 5, kReset = 6 };

/// One act on one card, at a time.
struct CardEvent {
  std::int64_t id = 0;  ///< assigned by the store; 0 elsewhere
  std::string deck_id;
  std::string card_id;
  TimePoint time{};
  CardEventKind kind = CardEventKind::kFlag;

  bool operator==(const CardEvent&) const = default;
};

/// What a card's events leave it with.
struct CardMarks {
  bool suspended = false;  ///< never queued for study
  bool flagged = false;    ///< marked for later (list --flagged)
  bool leech = false;      ///< lapsed leech_threshold times; suspended when tagged

  bool operator==(const CardMarks&) const = default;
};

/// The marks after `kind` is applied to `marks`.
CardMarks apply_event(CardMarks marks, CardEventKind kind);

/// The marks a card's events give it, applied in time order (ties in the order given).
CardMarks fold_events(std::span<const CardEvent> events);

/// The time of the latest kReset among `events`, or nothing.
std::optional<TimePoint> last_reset(std::span<const CardEvent> events);

/// The name of a kind in exports and messages: "suspend", "unsuspend", "flag", "unflag",
/// "leech" or "reset".
std::string_view event_kind_name(CardEventKind kind);

/// The kind a name of event_kind_name stands for, or nothing for any other text.
std::optional<CardEventKind> event_kind_from_name(std::string_view name);

/// True when `a` and `b` are the same act: the same kind on the same card at the same
/// millisecond (what makes importing a file twice change nothing).
bool same_event(const CardEvent& a, const CardEvent& b);

/// The marks as people read them: "suspended", "leech" (a leech is suspended when tagged, so
/// "leech" alone stands for both until it is unsuspended) and "flagged", joined by ", "; "" for
/// none. "leech, unsuspended" is a leech brought back into study.
std::string mark_names(CardMarks marks);

/// The marks a card has as JSON lists them (list --json, search --json): "suspended",
/// "flagged" and "leech", in that order; empty for none.
std::vector<std::string_view> mark_keys(CardMarks marks);

/// True when a lapse that took a card to `lapses` makes it a leech at `threshold` (0: never):
/// at the threshold, then every half threshold after, as Anki does (8, 12, 16, ... for 8).
bool is_leech_lapse(int lapses, int threshold);

}  // namespace genai_quiz
