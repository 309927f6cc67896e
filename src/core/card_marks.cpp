#include "genai_quiz/core/card_marks.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace genai_quiz {
namespace {

constexpr std::array<std::string_view, 6> kKindNames = {"suspend", "unsuspend", "flag", "unflag", "leech", "reset"};

}  // namespace

CardMarks apply_event(CardMarks marks, CardEventKind kind) {
  switch (kind) {
    case CardEventKind::kSuspend: marks.suspended = true; break;
    case CardEventKind::kUnsuspend: marks.suspended = false; break;
    case CardEventKind::kFlag: marks.flagged = true; break;
    case CardEventKind::kUnflag: marks.flagged = false; break;
    case CardEventKind::kLeech: marks.leech = true, marks.suspended = true; break;
    case CardEventKind::kReset: marks.leech = false; break;
  }
  return marks;
}

CardMarks fold_events(std::span<const CardEvent> events) {
  std::vector<const CardEvent*> order;
  order.reserve(events.size());
  for (const CardEvent& e : events) order.push_back(&e);
  std::stable_sort(order.begin(), order.end(), [](const CardEvent* a, const CardEvent* b) { return a->time < b->time; });
  CardMarks marks;
  for (const CardEvent* e : order) marks = apply_event(marks, e->kind);
  return marks;
}

std::optional<TimePoint> last_reset(std::span<const CardEvent> events) {
  std::optional<TimePoint> latest;
  for (const CardEvent& e : events) {
    if (e.kind == CardEventKind::kReset && (!latest || e.time > *latest)) latest = e.time;
  }
  return latest;
}

std::string_view event_kind_name(CardEventKind kind) {
  auto index = static_cast<std::size_t>(kind) - 1;
  return index < kKindNames.size() ? kKindNames[index] : "unknown";
}

std::optional<CardEventKind> event_kind_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<CardEventKind>(i + 1);
  }
  return std::nullopt;
}

bool same_event(const CardEvent& a, const CardEvent& b) {
  return a.deck_id == b.deck_id && a.card_id == b.card_id && a.time == b.time && a.kind == b.kind;
}

std::vector<std::string_view> mark_keys(CardMarks marks) {
  std::vector<std::string_view> keys;
  if (marks.suspended) keys.push_back("suspended");
  if (marks.flagged) keys.push_back("flagged");
  if (marks.leech) keys.push_back("leech");
  return keys;
}

std::string mark_names(CardMarks marks) {
  std::string out;
  auto add = [&out](std::string_view name) {
    if (!out.empty()) out += ", ";
    out += name;
  };
  if (marks.leech) {
    add(marks.suspended ? "leech" : "leech, unsuspended");
  } else if (marks.suspended) {
    add("suspended");
  }
  if (marks.flagged) add("flagged");
  return out;
}

bool is_leech_lapse(int lapses, int threshold) {
  if (threshold <= 0 || lapses < threshold) return false;
  const int step = std::max(1, (threshold + 1) / 2);
  return (lapses - threshold) % step == 0;
}

}  // namespace genai_quiz
