#include <catch2/catch.hpp>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/deck/deck_loader.hpp"

using namespace genai_quiz;

namespace {

const std::string kDecks = std::string(GENAI_QUIZ_SOURCE_DIR) + "/tests/data/decks";

}  // namespace

TEST_CASE("A deck file loads with its path in the deck and its diagnostics", "[deck]") {
  const LoadedDeck good = load_deck_file(kDecks + "/good.yaml");
  CHECK(good.diagnostics.empty());
  CHECK(good.deck.file == kDecks + "/good.yaml");
  CHECK(good.deck.id == "sample");
  CHECK(good.deck.card_count() == 4);
  CHECK(good.deck.stub_count() == 2);
  CHECK(good.deck.sections[1].cards[1].id == "多头注意力");

  const LoadedDeck warned = load_deck_file(kDecks + "/warnings.yaml");
  CHECK(warned.deck.id == "warnings");
  REQUIRE_FALSE(warned.diagnostics.empty());
  CHECK(warned.diagnostics[0].file == kDecks + "/warnings.yaml");
  CHECK_FALSE(has_errors(warned.diagnostics));
}

TEST_CASE("A file that cannot be read throws an error naming it", "[deck]") {
  const std::string missing = kDecks + "/no-such-deck.yaml";
  try {
    load_deck_file(missing);
    FAIL("no error thrown");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "cannot read deck file '" + missing + "': No such file or directory");
    CHECK(e.exit_code() == kExitFailure);
  }
  CHECK_THROWS_WITH(load_deck_file(kDecks), "cannot read deck file '" + kDecks + "': it is a directory");
}
