#include <catch2/catch.hpp>

#include <sstream>

#include "genai_quiz/deck/deck_loader.hpp"
#include "genai_quiz/deck/deck_writer.hpp"

using namespace genai_quiz;

namespace {

// A deck around one card's lines (indented by 6).
std::string deck_with_card(const std::string& card_lines) {
  return "id: d\nsections:\n  - id: s\n    cards:\n" + card_lines;
}

std::vector<std::string> diagnostics_of(std::string_view yaml) {
  std::vector<std::string> out;
  for (const Diagnostic& d : load_deck(yaml, "d.yaml").diagnostics) out.push_back(format_diagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("Choices and the right ones are read as letters, numbers or lists", "[deck]") {
  struct Case {
    const char* correct;
    std::vector<int> indices;
  };
  const Case cases[] = {
      {"b", {1}}, {"B", {1}}, {"2", {1}}, {"'c)'", {2}}, {"[a, c]", {0, 2}}, {"[3, 1]", {0, 2}}, {"[c, 2]", {1, 2}},
  };
  for (const Case& c : cases) {
    const std::string yaml = deck_with_card("      - id: c\n        question: Pick one.\n        answer: Because.\n"
                                            "        choices:\n          - one\n          - '**two**'\n          - three\n"
                                            "        correct: " + std::string(c.correct) + "\n");
    INFO(yaml);
    LoadedDeck loaded = load_deck(yaml, "d.yaml");
    CHECK(loaded.diagnostics.empty());
    REQUIRE(loaded.deck.sections.at(0).cards.size() == 1);
    const Card& card = loaded.deck.sections[0].cards[0];
    CHECK(card.choices == std::vector<std::string>{"one", "**two**", "three"});
    CHECK(card.correct == c.indices);
    CHECK(card.multiple_choice());
  }
}

TEST_CASE("Mistakes in choices are errors at the place they are made", "[deck]") {
  struct Case {
    const char* what;
    std::string card;
    std::vector<std::string> diagnostics;
  };
  const std::string head = "      - id: c\n        question: Pick.\n        answer: Why.\n";
  const Case cases[] = {
      {"correct outside the choices", head + "        choices: [x, y]\n        correct: c\n",
       {"d.yaml:9:18: error: 'correct' is 'c', but there are 2 choices: use a to b (or 1 to 2)"}},
      {"correct number outside the choices", head + "        choices: [x, y]\n        correct: 3\n",
       {"d.yaml:9:18: error: 'correct' is '3', but there are 2 choices: use a to b (or 1 to 2)"}},
      {"correct that is no letter", head + "        choices: [x, y]\n        correct: yes\n",
       {"d.yaml:9:18: error: 'correct' must be a letter (a, b, ...) or a number from 1, not 'yes'"}},
      {"duplicate choices", head + "        choices:\n          - x\n          - y\n          - x\n        correct: a\n",
       {"d.yaml:11:13: error: choice c repeats choice a (first at 9:13)"}},
      {"correct without choices", head + "        correct: a\n",
       {"d.yaml:8:9: error: 'correct' needs 'choices' to choose from"}},
      {"choices without correct", head + "        choices: [x, y]\n",
       {"d.yaml:8:9: error: the choices have no 'correct'; add 'correct: a' (or the right letters)"}},
      {"an empty list of choices", head + "        choices: []\n        correct: a\n",
       {"d.yaml:8:18: error: 'choices' is empty; list the options or leave it out"}},
      {"an empty choice", head + "        choices: [x, '']\n        correct: a\n",
       {"d.yaml:8:22: error: choice 2 is empty"}},
      {"a correct letter given twice", head + "        choices: [x, y]\n        correct: [a, a]\n",
       {"d.yaml:9:22: error: 'correct' names choice a twice"}},
      {"choices as text", head + "        choices: x\n        correct: a\n",
       {"d.yaml:8:18: error: 'choices' must be a list, not text"}},
      {"too many choices", head + "        choices: [a, b, c, d, e, f, g, h, i]\n        correct: a\n",
       {"d.yaml:8:9: error: a card has at most 8 choices (a to h), not 9"}},
  };
  for (const Case& c : cases) {
    INFO(c.what << ":\n" << c.card);
    CHECK(diagnostics_of(deck_with_card(c.card)) == c.diagnostics);
  }
}

TEST_CASE("A deck written with choices reads back the same", "[deck]") {
  const std::string yaml = deck_with_card(
      "      - id: c\n        question: Pick.\n        answer: Why.\n        choices:\n          - 'a: colon'\n"
      "          - \"two\\nlines\"\n          - plain\n        correct: [b, c]\n");
  LoadedDeck loaded = load_deck(yaml, "d.yaml");
  REQUIRE(loaded.diagnostics.empty());
  std::ostringstream out;
  write_deck_yaml(loaded.deck, out, "");
  LoadedDeck again = load_deck(out.str(), "d.yaml");
  INFO(out.str());
  CHECK(again.diagnostics.empty());
  CHECK(again.deck.sections.at(0).cards.at(0).choices == loaded.deck.sections[0].cards[0].choices);
  CHECK(again.deck.sections[0].cards[0].correct == std::vector<int>{1, 2});
}
