#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "genai_quiz/deck/deck_loader.hpp"
#include "support/fixture_files.hpp"

using namespace genai_quiz;

namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string rtrim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

// Each line without trailing spaces, so that the source's stray trailing blanks do not count.
std::string without_trailing_spaces(const std::string& text) {
  std::string out;
  for (const std::string& line : split_lines(text)) out += rtrim(line) + "\n";
  return out;
}

// The answer to `question` in the bundled deck's Markdown source: the lines after its
// "- Answer" bullet up to the next "---", with the bullet's two-space indent removed.
std::string source_answer(const std::vector<std::string>& lines, const std::string& question) {
  std::size_t i = 0;
  while (i < lines.size() && lines[i].find("**" + question + "**") == std::string::npos) ++i;
  REQUIRE(i < lines.size());
  while (i < lines.size() && !lines[i].starts_with("- Answer")) ++i;
  std::vector<std::string> body;
  for (++i; i < lines.size() && !lines[i].starts_with("---"); ++i) {
    const std::string line = rtrim(lines[i]);
    body.push_back(line.starts_with("  ") ? line.substr(2) : line);
  }
  while (!body.empty() && body.front().empty()) body.erase(body.begin());
  while (!body.empty() && body.back().empty()) body.pop_back();
  std::string out;
  for (const std::string& line : body) out += line + "\n";
  return out;
}

}  // namespace

TEST_CASE("The bundled deck loads without a single diagnostic", "[deck]") {
  const LoadedDeck loaded = load_bundled_deck();
  for (const Diagnostic& d : loaded.diagnostics) FAIL(format_diagnostic(d));
  CHECK(loaded.deck.id == "genai-interview");
  CHECK(loaded.deck.title == "Frequently asked Generative AI Interview Questions and their Answers");
  CHECK(loaded.deck.file == "<bundled>");
  CHECK(loaded.deck.card_count() == 3);
  CHECK(loaded.deck.stub_count() == 7);
}

TEST_CASE("The bundled deck has the source's sections, cards and stubs in order", "[deck]") {
  const Deck deck = load_bundled_deck().deck;
  struct ExpectedSection {
    const char* id;
    const char* title;
    std::vector<std::string> card_ids;
    int stubs;
  } expected[] = {
      {"foundations", "Technical Foundation", {"backpropagation", "transformer-architecture", "self-attention"}, 1},
      {"llm", "Large Language Models", {}, 3},
      {"rag", "Retrieval-Augmented Generation (RAG)", {}, 3},
  };
  REQUIRE(deck.sections.size() == std::size(expected));
  for (std::size_t i = 0; i < deck.sections.size(); ++i) {
    const Section& s = deck.sections[i];
    CHECK(s.id == expected[i].id);
    CHECK(s.title == expected[i].title);
    CHECK(s.stubs == expected[i].stubs);
    CHECK(s.stub_positions.size() == static_cast<std::size_t>(expected[i].stubs));
    std::vector<std::string> ids;
    for (const Card& c : s.cards) ids.push_back(c.id);
    CHECK(ids == expected[i].card_ids);
  }
  const std::vector<Card>& cards = deck.sections[0].cards;
  CHECK(cards[0].question == "Describe the backpropagation algorithm.");
  CHECK(cards[1].question == "Explain the Architecture of Transformers.");
  CHECK(cards[2].question == "Explain how the self-attention layer works in Transformer models.");
  CHECK(cards[0].tags == std::vector<std::string>{"training"});
  CHECK(cards[2].tags == std::vector<std::string>{"attention", "architecture"});
  for (const Card& c : cards) CHECK(c.explicit_id);
  CHECK(cards[0].pos.line == 10);
  CHECK(cards[0].pos.column == 9);
}

TEST_CASE("Each bundled answer is the source document's answer, word for word", "[deck]") {
  const std::string source_path = std::string(GENAI_QUIZ_SOURCE_DIR) + "/data/genai-interview-questions.md";
  const std::vector<std::string> lines = split_lines(testing::read_text_file(source_path).value_or(""));
  REQUIRE(lines.size() > 50);
  const Deck deck = load_bundled_deck().deck;
  for (const Card& card : deck.sections[0].cards) {
    INFO(card.id);
    CHECK(without_trailing_spaces(card.answer) == source_answer(lines, card.question));
  }
  // The math survives YAML unchanged.
  const std::string& attention = deck.sections[0].cards[2].answer;
  CHECK(attention.find("score = $q-vector \\cdot k-vector$ (dot product)") != std::string::npos);
  CHECK(attention.find("\n    $$sum_{z1} = \\sum_{j=1}^{len(seq)} x_{1j}*v_j$$\n") != std::string::npos);
}

TEST_CASE("The bundled deck's source in data/ is the shared reference document", "[deck]") {
  const std::string shared = std::string(GENAI_QUIZ_SHARED_DIR) + "/data/markdown/genai-interview-questions.md";
  if (!std::ifstream(shared)) {
    WARN("skipped: " << shared << " is not there");
    return;
  }
  const auto bundled =
      testing::read_text_file(std::string(GENAI_QUIZ_SOURCE_DIR) + "/data/genai-interview-questions.md");
  CHECK(bundled.value_or("") == testing::read_text_file(shared).value_or(""));
}
