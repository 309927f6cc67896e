#include "genai_quiz/core/card_record.hpp"

#include <array>

namespace genai_quiz {
namespace {

constexpr std::array<std::string_view, 4> kPhaseNames = {"new", "learning", "review", "relearning"};

}  // namespace

std::string_view phase_name(Phase phase) {
  auto index = static_cast<std::size_t>(phase);
  return index < kPhaseNames.size() ? kPhaseNames[index] : "unknown";
}

std::optional<Phase> phase_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kPhaseNames.size(); ++i) {
    if (kPhaseNames[i] == name) return static_cast<Phase>(i);
  }
  return std::nullopt;
}

std::vector<CardRecord> card_records(std::span<const StudyItem> items, const Scheduler& scheduler, TimePoint now) {
  std::vector<CardRecord> out;
  out.reserve(items.size());
  for (const StudyItem& item : items) {
    CardRecord c;
    c.deck = item.deck->id;
    c.section = item.section->id;
    c.section_title = item.section->title;
    c.id = item.card->id;
    c.question = item.card->question;
    c.state = item.progress.state;
    c.retrievability = scheduler.retrievability(c.state, now);
    c.edited = item.edited();
    c.marks = item.progress.marks;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace genai_quiz
