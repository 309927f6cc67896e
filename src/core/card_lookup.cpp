#include "genai_quiz/core/card_lookup.hpp"

#include <optional>
#include <vector>

#include "genai_quiz/core/suggest.hpp"

namespace genai_quiz {
namespace {

std::optional<CardLocation> in_deck(const Deck& deck, std::size_t d, std::string_view id) {
  for (std::size_t s = 0; s < deck.sections.size(); ++s) {
    const std::vector<Card>& cards = deck.sections[s].cards;
    for (std::size_t c = 0; c < cards.size(); ++c) {
      if (cards[c].id == id) return CardLocation{d, s, c, {}};
    }
  }
  return std::nullopt;
}

}  // namespace

CardLocation find_card(std::span<const Deck> decks, std::string_view name) {
  std::vector<CardLocation> found;
  for (std::size_t d = 0; d < decks.size(); ++d) {
    if (std::optional<CardLocation> at = in_deck(decks[d], d, name)) found.push_back(*at);
  }
  if (found.size() == 1) return found.front();
  if (found.size() > 1) {
    std::string error = "card '" + std::string(name) + "' is in more than one deck; name one of";
    for (const CardLocation& at : found) error += " '" + decks[at.deck].id + "/" + std::string(name) + "'";
    return {0, 0, 0, error};
  }
  if (std::size_t slash = name.find('/'); slash != std::string_view::npos) {
    for (std::size_t d = 0; d < decks.size(); ++d) {
      if (decks[d].id != name.substr(0, slash)) continue;
      if (std::optional<CardLocation> at = in_deck(decks[d], d, name.substr(slash + 1))) return *at;
    }
  }
  std::vector<std::string> names;
  for (const Deck& deck : decks) {
    for (const Section& section : deck.sections) {
      for (const Card& card : section.cards) {
        names.push_back(card.id);
        names.push_back(deck.id + "/" + card.id);
      }
    }
  }
  std::vector<std::string_view> candidates(names.begin(), names.end());
  std::string error = "unknown card '" + std::string(name) + "'";
  if (std::string near = did_you_mean(name, candidates); !near.empty()) error += "; did you mean '" + near + "'?";
  else error += " (genai-quiz search WORDS finds cards by their text)";
  return {0, 0, 0, error};
}

}  // namespace genai_quiz
