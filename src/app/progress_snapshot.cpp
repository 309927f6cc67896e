#include "genai_quiz/app/chosen_sections.hpp"
#include "genai_quiz/app/progress_snapshot.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>
#include <tuple>

#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/section_select.hpp"
#include "genai_quiz/core/study_item.hpp"

namespace genai_quiz {

ProgressSnapshot load_snapshot(const GlobalOptions& global, const std::vector<std::string>& sections,
                               const Scheduler& scheduler, TimePoint now) {
  ProgressSnapshot snap;
  snap.decks = load_decks(global, std::cerr);
  const SectionSelection selection = chosen_sections(snap.decks, sections);
  std::vector<StudyItem> items = selected_cards(snap.decks, selection);

  if (std::filesystem::exists(progress_db_path(global))) {
    std::unique_ptr<SqliteStore> store = open_progress(global);
    attach_progress(items, *store);
    snap.reviews = store->review_log("");
    snap.events = store->card_events("");
  }
  snap.cards = card_records(items, scheduler, now);

  if (!sections.empty()) {
    std::set<std::pair<std::string, std::string>> chosen;
    for (const CardRecord& c : snap.cards) chosen.emplace(c.deck, c.id);
    std::erase_if(snap.reviews, [&](const ReviewRecord& r) { return !chosen.contains({r.deck_id, r.card_id}); });
    std::erase_if(snap.events, [&](const CardEvent& e) { return !chosen.contains({e.deck_id, e.card_id}); });
  }
  std::stable_sort(snap.events.begin(), snap.events.end(),
                   [](const CardEvent& a, const CardEvent& b) { return a.time < b.time; });
  // Oldest first; answers given in the same millisecond (a pinned clock) by deck and card, and
  // for one card in the order given, so that the order does not depend on how they were stored.
  std::stable_sort(snap.reviews.begin(), snap.reviews.end(), [](const ReviewRecord& a, const ReviewRecord& b) {
    return std::tie(a.time, a.deck_id, a.card_id) < std::tie(b.time, b.deck_id, b.card_id);
  });
  return snap;
}

}  // namespace genai_quiz
