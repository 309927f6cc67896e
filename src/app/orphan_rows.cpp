#include "genai_quiz/app/orphan_rows.hpp"

#include <map>
#include <utility>

#include "genai_quiz/core/orphans.hpp"

namespace genai_quiz {

std::vector<OrphanRow> find_orphans(const GlobalOptions& global, const std::vector<Deck>& decks, SqliteStore& store) {
  const std::vector<StoredCard> stored = store.stored_cards();
  const std::vector<StoredCard> orphans =
      orphan_cards(decks, stored, global.decks.empty() ? OrphanScope::kLibrary : OrphanScope::kNamedDecks);
  if (orphans.empty()) return {};
  std::map<StoredCard, OrphanRow> rows;
  for (const StoredCard& card : orphans) rows[card].card = card;
  for (const ReviewRecord& review : store.reviews()) {
    auto it = rows.find(StoredCard{review.deck_id, review.card_id});
    if (it == rows.end()) continue;
    ++it->second.answers;
    if (!it->second.last_answer || review.time > *it->second.last_answer) it->second.last_answer = review.time;
  }
  std::vector<OrphanRow> out;
  for (auto& [card, row] : rows) out.push_back(std::move(row));
  return out;
}

}  // namespace genai_quiz
