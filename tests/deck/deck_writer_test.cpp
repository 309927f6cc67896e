#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <utility>

#include "genai_quiz/deck/deck_loader.hpp"
#include "genai_quiz/deck/deck_writer.hpp"

namespace genai_quiz {
namespace {

std::string written(const Deck& deck, std::string_view comment = {}) {
  std::ostringstream out;
  write_deck_yaml(deck, out, comment);
  return out.str();
}

// Deck "d" with section "s" holding `card`.
Deck one_card_deck(Card card) {
  Deck deck;
  deck.id = "d";
  Section section;
  section.id = "s";
  section.cards.push_back(std::move(card));
  deck.sections.push_back(std::move(section));
  return deck;
}

// The YAML written for a deck holding one card whose question and answer are given.
std::string card_yaml(const std::string& question, const std::string& answer) {
  Card card;
  card.id = "c";
  card.question = question;
  card.answer = answer;
  std::string all = written(one_card_deck(card));
  std::string marker = "      - id: c\n";
  return all.substr(all.find(marker) + marker.size());
}

}  // namespace

TEST_CASE("A deck is written in the deck format with literal answers and stubs that keep their questions", "[deck]") {
  Deck deck;
  deck.id = "genai-interview";
  deck.title = "Frequently asked questions";
  Section foundations;
  foundations.id = "foundations";
  foundations.title = "Technical Foundation";
  Card card;
  card.id = "backpropagation";
  card.question = "Describe the backpropagation algorithm.";
  card.answer = "Backpropagation trains networks.\n\nSteps:\n   1. forward\n   2. backward\n";
  card.tags = {"training", "basics"};
  foundations.cards.push_back(card);
  foundations.stubs = 2;
  foundations.stub_questions = {"What is a loss function?"};
  Section empty;
  empty.id = "rag";
  empty.title = "Retrieval-Augmented Generation (RAG)";
  deck.sections = {foundations, empty};

  CHECK(written(deck, "Converted from notes.md.") ==
        "# Converted from notes.md.\n"
        "id: genai-interview\n"
        "title: Frequently asked questions\n"
        "sections:\n"
        "  - id: foundations\n"
        "    title: Technical Foundation\n"
        "    cards:\n"
        "      - id: backpropagation\n"
        "        question: Describe the backpropagation algorithm.\n"
        "        answer: |\n"
        "          Backpropagation trains networks.\n"
        "\n"
        "          Steps:\n"
        "             1. forward\n"
        "             2. backward\n"
        "        tags: [training, basics]\n"
        "      - stub: true\n"
        "        question: What is a loss function?\n"
        "      - stub: true\n"
        "  - id: rag\n"
        "    title: Retrieval-Augmented Generation (RAG)\n"
        "    cards: []\n");
}

TEST_CASE("Key points are written as phrases or flow lists and read back the same", "[deck]") {
  Card card;
  card.id = "c";
  card.question = "Q?";
  card.answer = "A.";
  card.key_points = {{{"chain rule"}, {}}, {{"gradient descent", "weight update"}, {}}, {{"softmax: scores, weights"}, {}},
                     {{"[bracketed]", "a, b"}, {}}};
  const Deck deck = one_card_deck(card);
  const std::string yaml = written(deck);
  CHECK(yaml.substr(yaml.find("        key_points:")) ==
        "        key_points:\n"
        "          - chain rule\n"
        "          - [gradient descent, weight update]\n"
        "          - 'softmax: scores, weights'\n"
        "          - ['[bracketed]', 'a, b']\n");
  LoadedDeck loaded = load_deck(yaml, "d.yaml");
  REQUIRE(loaded.diagnostics.empty());
  const std::vector<KeyPoint>& points = loaded.deck.sections.at(0).cards.at(0).key_points;
  REQUIRE(points.size() == card.key_points.size());
  for (std::size_t i = 0; i < points.size(); ++i) CHECK(points[i].alternatives == card.key_points[i].alternatives);
}

TEST_CASE("Strings that plain YAML would misread are quoted", "[deck]") {
  struct Case {
    std::string question;
    std::string yaml;
  } cases[] = {
      {"What's the output?", "question: What's the output?\n"},
      {"`typeof null`?", "question: '`typeof null`?'\n"},
      {"*Why* not?", "question: '*Why* not?'\n"},
      {"Key: value?", "question: 'Key: value?'\n"},
      {"Is it # 1?", "question: 'Is it # 1?'\n"},
      {"yes", "question: 'yes'\n"},
      {"2023 in review?", "question: '2023 in review?'\n"},
      {"- a list?", "question: '- a list?'\n"},
      {"It's 'quoted'", "question: It's 'quoted'\n"},
      {"[link](x)", "question: '[link](x)'\n"},
      {" leading space", "question: ' leading space'\n"},
      {"tab\there", "question: \"tab\\there\"\n"},
      {"bell\x07", "question: \"bell\\x07\"\n"},
      {"line\xE2\x80\xA8sep", "question: \"line\\Lsep\"\n"},
      {"", "question: ''\n"},
  };
  for (const Case& c : cases) {
    INFO(c.question);
    std::string yaml = card_yaml(c.question, "A.\n");
    CHECK(yaml.substr(8, yaml.find('\n') - 8 + 1) == c.yaml);
  }
}

TEST_CASE("Block scalars get the chomping and indentation indicators their text needs", "[deck]") {
  struct Case {
    std::string answer;
    std::string yaml;
  } cases[] = {
      {"one line\n", "answer: |\n          one line\n"},
      {"no final break", "answer: |-\n          no final break\n"},
      {"two breaks\n\n", "answer: |+\n          two breaks\n\n"},
      {"  indented first\nthen not\n", "answer: |2\n            indented first\n          then not\n"},
      {"\ttabbed\n", "answer: |\n          \ttabbed\n"},
      {"a\n\nb\n", "answer: |\n          a\n\n          b\n"},
      {"\n\n", "answer: \"\\n\\n\"\n"},
      {"bad \x01 byte\n", "answer: \"bad \\x01 byte\\n\"\n"},
  };
  for (const Case& c : cases) {
    INFO(c.answer);
    std::string yaml = card_yaml("Q?", c.answer);
    std::size_t at = yaml.find("answer:");
    REQUIRE(at != std::string::npos);
    CHECK(yaml.substr(at) == c.yaml);
  }
}

TEST_CASE("A multi-line question is written as a literal block", "[deck]") {
  std::string yaml = card_yaml("What's the output?\n\n```js\nf();\n```", "A\n");
  CHECK(yaml.starts_with("        question: |-\n          What's the output?\n\n          ```js\n"
                         "          f();\n          ```\n        answer: |\n"));
}

}  // namespace genai_quiz
