// Converted decks read back through the deck loader: they pass validation, every string comes
// back exactly, and the bundled deck's source gives the bundled deck.

#include <catch2/catch.hpp>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/convert/convert.hpp"
#include "genai_quiz/deck/deck_loader.hpp"
#include "genai_quiz/deck/deck_writer.hpp"
#include "support/fixture_files.hpp"

namespace genai_quiz {
namespace {

ConvertResult convert_text(const std::string& text, const std::string& file) {
  ConvertOptions options;
  options.file = file;
  return convert_markdown(text, options);
}

std::string yaml_of(const Deck& deck) {
  std::ostringstream out;
  write_deck_yaml(deck, out, "Converted for a test.");
  return out.str();
}

std::string diagnostics_text(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const Diagnostic& d : ds) out += format_diagnostic(d) + "\n";
  return out;
}

// The deck written and loaded again has no diagnostics and the same content.
void check_round_trip(const Deck& converted, const std::string& file) {
  LoadedDeck loaded = load_deck(yaml_of(converted), file + ".yaml");
  INFO(diagnostics_text(loaded.diagnostics));
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.deck.id == converted.id);
  CHECK(loaded.deck.title == converted.title);
  REQUIRE(loaded.deck.sections.size() == converted.sections.size());
  for (std::size_t s = 0; s < converted.sections.size(); ++s) {
    const Section& a = converted.sections[s];
    const Section& b = loaded.deck.sections[s];
    CHECK(b.id == a.id);
    CHECK(b.title == a.title);
    CHECK(b.stubs == a.stubs);
    REQUIRE(b.cards.size() == a.cards.size());
    for (std::size_t k = 0; k < a.cards.size(); ++k) {
      CHECK(b.cards[k].id == a.cards[k].id);
      CHECK(b.cards[k].question == a.cards[k].question);
      CHECK(b.cards[k].answer == a.cards[k].answer);
      CHECK(b.cards[k].tags == a.cards[k].tags);
      CHECK(b.cards[k].choices == a.cards[k].choices);
      CHECK(b.cards[k].correct == a.cards[k].correct);
    }
  }
}

// `text` with every run of whitespace made one space, and none at either end.
std::string squeeze(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("Every fixture's deck passes validation and reads back exactly", "[convert]") {
  for (const char* file : {"numbered_mixed.md", "numbered_nested.md", "numbered_heading_items.md",
                           "headings_levels.md", "headings_h2_numbered.md", "headings_output.md", "bold_lines.md",
                           "details_answers.md", "details_summary.md", "qa_pairs.md", "math.md", "old_mc.md",
                           "mc_lettered.md", "mc_tasks.md", "mc_malformed.md"}) {
    INFO(file);
    std::optional<std::string> text = testing::read_text_file(testing::fixture_path(std::string("convert/") + file));
    REQUIRE(text.has_value());
    ConvertResult result = convert_text(*text, file);
    REQUIRE_FALSE(result.failed());
    check_round_trip(result.deck, file);
  }
}

TEST_CASE("The shared documents' decks pass validation and read back exactly", "[convert]") {
  for (const char* file : {"aishwaryanr-60-genai-questions.md", "alexeygrigorev-theory.md",
                           "lydiahallie-javascript-questions.md"}) {
    std::optional<std::string> text = testing::read_text_file(testing::shared_path(std::string("data/markdown/") + file));
    if (!text) {
      WARN("skipped: " << file << " is not there (the shared data folder is absent)");
      continue;
    }
    INFO(file);
    ConvertResult result = convert_text(*text, file);
    REQUIRE_FALSE(result.failed());
    check_round_trip(result.deck, file);
  }
}

TEST_CASE("The bundled deck's source converts to the bundled deck", "[convert]") {
  // data/genai-interview-questions.md is the source data/genai-interview.yaml was transcribed
  // from. Same sections in the same order, the same questions and answers word for word (only
  // whitespace and indentation may differ) and the same stubs; ids and section titles aside.
  std::optional<std::string> text =
      testing::read_text_file(std::string(GENAI_QUIZ_SOURCE_DIR) + "/data/genai-interview-questions.md");
  REQUIRE(text.has_value());
  ConvertResult converted = convert_text(*text, "genai-interview-questions.md");
  REQUIRE_FALSE(converted.failed());
  LoadedDeck bundled = load_bundled_deck();
  REQUIRE(bundled.diagnostics.empty());

  CHECK(converted.deck.title == bundled.deck.title);
  REQUIRE(converted.deck.sections.size() == bundled.deck.sections.size());
  for (std::size_t s = 0; s < bundled.deck.sections.size(); ++s) {
    const Section& got = converted.deck.sections[s];
    const Section& want = bundled.deck.sections[s];
    INFO("section " << want.title);
    CHECK(got.stubs == want.stubs);
    REQUIRE(got.cards.size() == want.cards.size());
    for (std::size_t k = 0; k < want.cards.size(); ++k) {
      CHECK(got.cards[k].question == want.cards[k].question);
      CHECK(squeeze(got.cards[k].answer) == squeeze(want.cards[k].answer));
    }
  }
  check_round_trip(converted.deck, "genai-interview-questions.md");
}

}  // namespace genai_quiz
