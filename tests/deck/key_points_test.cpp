#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/deck/deck_loader.hpp"

using namespace genai_quiz;

namespace {

std::string deck_with_points(const std::string& points) {
  return "id: d\nsections:\n  - id: s\n    cards:\n      - id: c\n        question: Q?\n        answer: A.\n"
         "        key_points:\n" + points;
}

std::vector<std::string> diagnostics_of(const std::string& yaml) {
  std::vector<std::string> out;
  for (const Diagnostic& d : load_deck(yaml, "d.yaml").diagnostics) out.push_back(format_diagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("Key points are phrases or lists of alternative phrases", "[deck]") {
  LoadedDeck load = load_deck(deck_with_points("          - chain rule\n"
                                             "          - [gradient descent, weight update]\n"
                                             "          - [loss]\n"
                                             "          - \"softmax: scores to weights\"\n"),
                            "d.yaml");
  REQUIRE(load.diagnostics.empty());
  const Card& card = load.deck.sections.at(0).cards.at(0);
  REQUIRE(card.key_points.size() == 4);
  CHECK(card.key_points[0].alternatives == std::vector<std::string>{"chain rule"});
  CHECK(card.key_points[1].alternatives == std::vector<std::string>{"gradient descent", "weight update"});
  CHECK(card.key_points[2].alternatives == std::vector<std::string>{"loss"});
  CHECK(card.key_points[3].alternatives == std::vector<std::string>{"softmax: scores to weights"});
  CHECK(card.key_points[1].pos.line == 10);
  CHECK(card.key_points[1].pos.column == 13);
}

TEST_CASE("A card without key_points has none", "[deck]") {
  LoadedDeck load = load_deck("sections:\n  - id: s\n    cards:\n      - id: c\n        question: Q?\n        answer: A.\n",
                              "d.yaml");
  REQUIRE(load.deck.sections.at(0).cards.size() == 1);
  CHECK(load.deck.sections[0].cards[0].key_points.empty());
}

TEST_CASE("Malformed key points are errors at the point, and points no answer can make are warnings", "[deck]") {
  struct Case {
    const char* what;
    std::string points;
    std::vector<std::string> diagnostics;
  } cases[] = {
      {"text instead of a list", "          chain rule\n",
       {"d.yaml:9:11: error: 'key_points' must be a list, not text"}},
      {"a mapping for a point", "          - {chain: rule}\n",
       {"d.yaml:9:13: error: a key point must be a phrase or a list of alternative phrases, not a mapping"}},
      {"an empty item", "          - chain rule\n          -\n",
       {"d.yaml:8:9: error: key point 2 is empty; write a phrase or a list of alternatives"}},
      {"an empty list of alternatives", "          - []\n",
       {"d.yaml:9:13: error: a key point is empty; write a phrase or a list of alternatives"}},
      {"a blank phrase", "          - ''\n", {"d.yaml:9:13: error: a key point's phrase is empty"}},
      {"a nested list", "          - [chain rule, [gradient]]\n",
       {"d.yaml:9:26: error: an alternative of a key point must be text, not a list"}},
      {"a phrase over two lines", "          - \"chain\\nrule\"\n",
       {"d.yaml:9:13: error: a key point's phrase must be a single line"}},
      {"only stop words", "          - [of the, chain rule]\n",
       {"d.yaml:9:14: warning: key point 'of the' has only stop words such as 'the' and 'of'; no answer can cover it"}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(diagnostics_of(deck_with_points(c.points)) == c.diagnostics);
  }
}
