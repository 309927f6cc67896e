#include <catch2/catch.hpp>

#include "genai_quiz/deck/deck_loader.hpp"

using namespace genai_quiz;

namespace {

LoadedDeck load(std::string_view yaml, std::string name = "d.yaml") { return load_deck(yaml, std::move(name)); }

}  // namespace

TEST_CASE("Stubs are counted with their positions and never become cards", "[deck]") {
  const LoadedDeck loaded = load(
      "id: d\n"
      "sections:\n"
      "  - id: s\n"
      "    cards:\n"
      "      - stub: true\n"
      "      - stub: true\n"
      "        question: Drafted, not ready?\n"
      "        answer: Not yet.\n"
      "      - question:\n"
      "      - question: \"   \"\n"
      "        id: blank\n"
      "      -\n"
      "      - id: real\n"
      "        question: Real?\n"
      "        answer: Yes.\n"
      "        stub: false\n");
  CHECK(loaded.diagnostics.empty());
  const Section& s = loaded.deck.sections.at(0);
  CHECK(s.stubs == 5);
  REQUIRE(s.stub_positions.size() == 5);
  CHECK(s.stub_positions[0].line == 5);
  CHECK(s.stub_positions[1].line == 6);
  CHECK(s.stub_positions[2].line == 9);
  CHECK(s.stub_positions[3].line == 10);
  REQUIRE(s.cards.size() == 1);
  CHECK(s.cards[0].id == "real");
  CHECK(loaded.deck.card_count() == 1);
  CHECK(loaded.deck.stub_count() == 5);
}

TEST_CASE("Cards without ids get derived ids that avoid the explicit ones", "[deck]") {
  const LoadedDeck loaded = load(
      "sections:\n"
      "  - id: basics\n"
      "    cards:\n"
      "      - question: What is a token?\n"
      "        answer: A.\n"
      "      - question: What is a **token**?\n"
      "        answer: B.\n"
      "      - id: basics/what-is-a-token-3\n"
      "        question: Taken on purpose.\n"
      "        answer: C.\n"
      "      - question: What is a token?\n"
      "        answer: D.\n"
      "  - title: Large Language Models\n"
      "    cards:\n"
      "      - question: Qu'est-ce qu'un LLM ?\n"
      "        answer: E.\n");
  const Deck& deck = loaded.deck;
  CHECK(deck.id == "d");  // from the file name
  CHECK(deck.title == "d");
  REQUIRE(deck.sections.size() == 2);
  std::vector<std::string> ids;
  for (const Card& c : deck.sections[0].cards) ids.push_back(c.id);
  CHECK(ids == std::vector<std::string>{"basics/what-is-a-token", "basics/what-is-a-token-2",
                                        "basics/what-is-a-token-3", "basics/what-is-a-token-4"});
  CHECK_FALSE(deck.sections[0].cards[0].explicit_id);
  CHECK(deck.sections[0].cards[2].explicit_id);
  CHECK(deck.sections[1].id == "large-language-models");
  CHECK(deck.sections[1].cards[0].id == "large-language-models/quest-ce-quun-llm");
  CHECK(count_severity(loaded.diagnostics, Severity::kWarning) == 5);  // 4 cards, 1 section
  CHECK_FALSE(has_errors(loaded.diagnostics));
}

TEST_CASE("The same file always gives the same derived ids", "[deck]") {
  const std::string yaml = "sections:\n  - id: s\n    cards:\n      - {question: \"A?\", answer: a}\n"
                           "      - {question: \"A?\", answer: b}\n";
  const Deck first = load(yaml).deck;
  const Deck second = load(yaml).deck;
  REQUIRE(first.card_count() == 2);
  REQUIRE(second.card_count() == 2);
  CHECK(first.sections[0].cards[1].id == "s/a-2");
  CHECK(second.sections[0].cards[1].id == first.sections[0].cards[1].id);
}

TEST_CASE("Markdown, math and Unicode are kept verbatim in every scalar style", "[deck]") {
  const LoadedDeck loaded = load(
      "id: unicode\n"
      "title: \"Déjà vu — 日本語 🚀\"\n"
      "sections:\n"
      "  - id: math\n"
      "    title: 数学\n"
      "    cards:\n"
      "      - id: literal\n"
      "        question: 'What is $\\sum_i x_i$?'\n"
      "        answer: |\n"
      "          **Bold**, `code` and a list:\n"
      "\n"
      "          - one\n"
      "            - nested $a^2$\n"
      "\n"
      "          $$\\frac{1}{n}$$\n"
      "        tags: [数学, \"with space\"]\n"
      "      - id: folded\n"
      "        question: \"Tab\\tand quote \\\" inside?\"\n"
      "        answer: >\n"
      "          folded\n"
      "          into one line\n");
  CHECK(loaded.diagnostics.empty());
  const Deck& deck = loaded.deck;
  CHECK(deck.title == "Déjà vu — 日本語 🚀");
  CHECK(deck.sections[0].title == "数学");
  const Card& literal = deck.sections[0].cards[0];
  CHECK(literal.question == "What is $\\sum_i x_i$?");
  CHECK(literal.answer == "**Bold**, `code` and a list:\n\n- one\n  - nested $a^2$\n\n$$\\frac{1}{n}$$\n");
  CHECK(literal.tags == std::vector<std::string>{"数学", "with space"});
  const Card& folded = deck.sections[0].cards[1];
  CHECK(folded.question == "Tab\tand quote \" inside?");
  CHECK(folded.answer == "folded into one line\n");
  CHECK(literal.pos.line == 7);
  CHECK(folded.pos.line == 17);
}

TEST_CASE("A deck with thousands of cards loads completely", "[deck]") {
  constexpr int kSections = 40;
  constexpr int kCardsPerSection = 125;
  std::string yaml = "id: big\nsections:\n";
  for (int s = 0; s < kSections; ++s) {
    yaml += "  - id: s" + std::to_string(s) + "\n    cards:\n";
    for (int c = 0; c < kCardsPerSection; ++c) {
      const std::string n = std::to_string(s * kCardsPerSection + c);
      yaml += "      - id: c" + n + "\n        question: Question " + n + "?\n        answer: |\n"
              "          Answer " + n + " with $x_" + n + "$.\n      - stub: true\n";
    }
  }
  const LoadedDeck loaded = load(yaml);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.deck.card_count() == kSections * kCardsPerSection);
  CHECK(loaded.deck.stub_count() == kSections * kCardsPerSection);
  const Card& last = loaded.deck.sections.back().cards.back();
  CHECK(last.id == "c4999");
  CHECK(last.answer == "Answer 4999 with $x_4999$.\n");
  CHECK(last.pos.line == 2 + kSections * 2 + (kSections * kCardsPerSection - 1) * 5 + 1);
}

TEST_CASE("The deck id defaults to the file name's stem", "[deck]") {
  struct Case {
    const char* file;
    const char* id;
  } cases[] = {{"decks/my-deck.yaml", "my-deck"}, {"ml.v2.yml", "ml.v2"}, {"/tmp/notes", "notes"}, {"", "deck"}};
  for (const Case& c : cases) {
    const LoadedDeck loaded = load("sections: [{id: s}]\n", c.file);
    CHECK(loaded.deck.id == c.id);
    CHECK(loaded.deck.file == c.file);
    CHECK(loaded.deck.pos.line == 1);
  }
  const LoadedDeck named = load("title: T\nid: named\nsections: [{id: s}]\n");
  CHECK(named.deck.id == "named");
  CHECK(named.deck.pos.line == 2);
  CHECK(named.deck.pos.column == 5);
}

TEST_CASE("A card's source is read as text, and a list there is an error", "[deck]") {
  const LoadedDeck loaded = load(
      "id: d\n"
      "sections:\n"
      "  - id: s\n"
      "    cards:\n"
      "      - id: a\n"
      "        question: Where from?\n"
      "        answer: There.\n"
      "        source: https://example.org/a\n"
      "      - id: b\n"
      "        question: And this?\n"
      "        answer: Nowhere.\n"
      "        source: [x]\n");
  REQUIRE(loaded.deck.sections.size() == 1);
  const std::vector<Card>& cards = loaded.deck.sections[0].cards;
  REQUIRE(cards.size() == 2);
  CHECK(cards[0].source == "https://example.org/a");
  CHECK(cards[1].source.empty());
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(format_diagnostic(loaded.diagnostics[0]) == "d.yaml:12:17: error: 'source' must be text, not a list");
}
