#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/core/study_item.hpp"

namespace genai_quiz {
namespace {

// One deck of four cards, marked none, suspended, flagged, and suspended and flagged (a leech).
struct Marked {
  Deck deck;
  std::vector<StudyItem> items;

  Marked() {
    deck.id = "d";
    Section section;
    section.id = "s";
    for (const char* id : {"plain", "suspended", "flagged", "flagged-leech"}) {
      Card card;
      card.id = id;
      section.cards.push_back(card);
    }
    deck.sections.push_back(section);
    const Section& s = deck.sections[0];
    const CardMarks marks[] = {{false, false, false}, {true, false, false}, {false, true, false}, {true, true, true}};
    for (std::size_t k = 0; k < s.cards.size(); ++k) {
      StudyItem item{&deck, &s, &s.cards[k], "", {}};
      item.progress.marks = marks[k];
      items.push_back(item);
    }
  }
};

std::vector<std::string> ids(const std::vector<StudyItem>& items) {
  std::vector<std::string> out;
  for (const StudyItem& item : items) out.push_back(item.card->id);
  return out;
}

}  // namespace

TEST_CASE("Items are kept by their marks in their order: the flagged ones, or all but the suspended", "[core]") {
  using Ids = std::vector<std::string>;
  struct Row {
    const char* what;
    std::vector<StudyItem> (*keep)(std::vector<StudyItem>);
    Ids kept;
  };
  const Row rows[] = {
      {"only_flagged", only_flagged, {"flagged", "flagged-leech"}},
      {"without_suspended", without_suspended, {"plain", "flagged"}},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    Marked marked;
    CHECK(ids(row.keep(marked.items)) == row.kept);
    CHECK(row.keep({}).empty());
  }
}

}  // namespace genai_quiz
