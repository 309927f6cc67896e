#include "genai_quiz/core/study_item.hpp"

#include <algorithm>
#include <unordered_map>

#include "genai_quiz/core/fingerprint.hpp"

namespace genai_quiz {
namespace {

bool same_ignoring_case(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

bool has_any_tag(const Card& card, std::span<const std::string> tags) {
  if (tags.empty()) return true;
  for (const std::string& want : tags) {
    for (const std::string& have : card.tags) {
      if (same_ignoring_case(want, have)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<StudyItem> select_cards(std::span<const Deck> decks, const SectionPredicate& sections,
                                    std::span<const std::string> tags) {
  std::vector<StudyItem> items;
  for (std::size_t d = 0; d < decks.size(); ++d) {
    for (std::size_t s = 0; s < decks[d].sections.size(); ++s) {
      if (sections && !sections(d, s)) continue;
      const Section& section = decks[d].sections[s];
      for (const Card& card : section.cards) {
        if (!has_any_tag(card, tags)) continue;
        StudyItem item;
        item.deck = &decks[d];
        item.section = &section;
        item.card = &card;
        item.fingerprint = card_fingerprint(card.question, card.answer);
        items.push_back(std::move(item));
      }
    }
  }
  return items;
}

void attach_progress(std::vector<StudyItem>& items, ProgressStore& store) {
  std::unordered_map<std::string, std::unordered_map<std::string, CardProgress>> by_deck;
  for (StudyItem& item : items) {
    auto it = by_deck.find(item.deck->id);
    if (it == by_deck.end()) it = by_deck.emplace(item.deck->id, store.load_deck(item.deck->id)).first;
    auto found = it->second.find(item.card->id);
    item.progress = found == it->second.end() ? CardProgress{} : found->second;
  }
}

std::vector<StudyItem> only_flagged(std::vector<StudyItem> items) {
  std::erase_if(items, [](const StudyItem& item) { return !item.progress.marks.flagged; });
  return items;
}

std::vector<StudyItem> without_suspended(std::vector<StudyItem> items) {
  std::erase_if(items, [](const StudyItem& item) { return item.progress.marks.suspended; });
  return items;
}

}  // namespace genai_quiz
