// Acceptance on real documents from the shared data folder (../shared/data/markdown): the counts
// in its README, met exactly. Skipped when the folder is absent, as in a user's clone.

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "genai_quiz/convert/convert.hpp"
#include "support/fixture_files.hpp"

namespace genai_quiz {
namespace {

struct SectionCount {
  std::string title;
  int cards;
  int stubs;
};

struct DocumentCase {
  std::string file;
  Layout layout;
  int cards;
  int stubs;
  int sections;
  std::vector<SectionCount> counts;  ///< checked when not empty
};

}  // namespace

TEST_CASE("The shared Markdown documents convert to the counts in their README", "[convert]") {
  const DocumentCase cases[] = {
      {"genai-interview-questions.md",
       Layout::kNumbered,
       3,
       7,
       3,
       {{"Technical Foundation", 3, 1},
        {"Large Language Models", 0, 3},
        {"Retrieval- Augmented Generation (RAG)", 0, 3}}},
      {"aishwaryanr-60-genai-questions.md",
       Layout::kNumbered,
       62,
       0,
       5,
       {{"Generative Models", 12, 0},
        {"Large Language Models", 17, 0},
        {"Multimodal Models (Includes non-generative models)", 12, 0},
        {"Embeddings", 14, 0},
        {"Training, Inference and Evaluation", 7, 0}}},
      {"alexeygrigorev-theory.md", Layout::kBold, 152, 14, 19, {}},
      {"lydiahallie-javascript-questions.md", Layout::kDetails, 155, 0, 1, {}},
  };
  for (const DocumentCase& c : cases) {
    std::optional<std::string> text = testing::read_text_file(testing::shared_path("data/markdown/" + c.file));
    if (!text) {
      WARN("skipped: " << c.file << " is not there (the shared data folder is absent)");
      continue;
    }
    INFO(c.file);
    ConvertOptions options;
    options.file = c.file;
    ConvertResult result = convert_markdown(*text, options);
    REQUIRE_FALSE(result.failed());
    CHECK(result.layout == c.layout);
    CHECK(result.deck.card_count() == c.cards);
    CHECK(result.deck.stub_count() == c.stubs);
    CHECK(result.deck.sections.size() == static_cast<std::size_t>(c.sections));
    for (std::size_t i = 0; i < c.counts.size() && i < result.deck.sections.size(); ++i) {
      const Section& s = result.deck.sections[i];
      CHECK(s.title == c.counts[i].title);
      CHECK(static_cast<int>(s.cards.size()) == c.counts[i].cards);
      CHECK(s.stubs == c.counts[i].stubs);
    }
  }
}

TEST_CASE("The theory document's placeholder answers become stubs that keep their questions", "[convert]") {
  std::optional<std::string> text =
      testing::read_text_file(testing::shared_path("data/markdown/alexeygrigorev-theory.md"));
  if (!text) {
    WARN("skipped: the shared data folder is absent");
    return;
  }
  ConvertResult result = convert_markdown(*text, {});
  int with_question = 0;
  for (const Section& s : result.deck.sections) with_question += static_cast<int>(s.stub_questions.size());
  CHECK(with_question == 14);
  // Section titles written with no-break spaces read as ordinary titles.
  CHECK(result.deck.sections.at(0).title == "Supervised machine learning");
  CHECK(result.deck.sections.at(0).id == "supervised-machine-learning");
}

TEST_CASE("Every JavaScript question becomes a multiple-choice card with the document's letter", "[convert]") {
  std::optional<std::string> text =
      testing::read_text_file(testing::shared_path("data/markdown/lydiahallie-javascript-questions.md"));
  if (!text) {
    WARN("skipped: the shared data folder is absent");
    return;
  }
  ConvertResult result = convert_markdown(*text, {});
  CHECK(result.diagnostics.empty());
  REQUIRE(result.deck.sections.size() == 1);
  // Counted in the document: 155 "#### Answer: X" lines (A 40, B 40, C 50, D 25), and options
  // "- A:" to "- E:" under 155, 155, 152, 146 and 1 questions.
  std::map<char, int> letters;
  std::map<std::size_t, int> option_counts;
  int with_code = 0;
  for (const Card& card : result.deck.sections[0].cards) {
    INFO(card.id);
    REQUIRE(card.correct.size() == 1);
    ++letters[choice_letter(card.correct[0])];
    ++option_counts[card.choices.size()];
    if (card.question.find("\n```") != std::string::npos) ++with_code;
    CHECK(card.question.find("\n- A: ") == std::string::npos);
    CHECK(card.answer.find("Answer:") == std::string::npos);
    CHECK(card.answer.find("<details") == std::string::npos);
    CHECK(card.answer.find("</p>") == std::string::npos);
  }
  CHECK(letters == std::map<char, int>{{'a', 40}, {'b', 40}, {'c', 50}, {'d', 25}});
  CHECK(option_counts == std::map<std::size_t, int>{{2, 3}, {3, 6}, {4, 145}, {5, 1}});
  CHECK(with_code > 100);
}

}  // namespace genai_quiz
