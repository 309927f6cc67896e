#include <catch2/catch.hpp>

#include "genai_quiz/core/section_select.hpp"

using namespace genai_quiz;

namespace {

Deck make_deck(std::string id, std::vector<std::pair<std::string, std::string>> sections) {
  Deck deck;
  deck.id = std::move(id);
  for (auto& [section_id, title] : sections) deck.sections.push_back({section_id, title, {}, 0, {}, {}, {}});
  return deck;
}

const std::vector<Deck> kOneDeck = {make_deck("genai", {{"foundations", "Technical Foundation"},
                                                        {"llm", "Large Language Models"},
                                                        {"llm-ops", "Running LLMs in Production"},
                                                        {"rag", "Retrieval-Augmented Generation (RAG)"}})};

SectionSelection select(const std::vector<Deck>& decks, std::vector<std::string> queries) {
  return select_sections(decks, queries);
}

}  // namespace

TEST_CASE("A section is chosen by id, title or unique prefix, ignoring case", "[core]") {
  struct Case {
    const char* query;
    std::size_t section;
  } cases[] = {
      {"foundations", 0}, {"FOUNDATIONS", 0},          {"found", 0}, {"technical foundation", 0},
      {"Tech", 0},        {"llm", 1},                  {"LLM-", 2},  {"running", 2},
      {"ra", 3},          {"retrieval-augmented", 3},  {"genai/rag", 3},
  };
  for (const Case& c : cases) {
    INFO(c.query);
    const SectionSelection s = select(kOneDeck, {c.query});
    REQUIRE(s.ok());
    CHECK(s.sections == std::vector<SectionRef>{{0, c.section}});
  }
}

TEST_CASE("No query selects every section, and repeated queries give deck order once each", "[core]") {
  CHECK(select(kOneDeck, {}).sections == std::vector<SectionRef>{{0, 0}, {0, 1}, {0, 2}, {0, 3}});
  const SectionSelection s = select(kOneDeck, {"rag", "found", "RAG", "Retrieval"});
  REQUIRE(s.ok());
  CHECK(s.sections == std::vector<SectionRef>{{0, 0}, {0, 3}});
  CHECK(is_selected(s, {0, 3}));
  CHECK_FALSE(is_selected(s, {0, 1}));
}

TEST_CASE("An unknown section is an error that lists the sections", "[core]") {
  const SectionSelection s = select(kOneDeck, {"llm", "nope"});
  CHECK_FALSE(s.ok());
  CHECK(s.sections.empty());
  CHECK(s.error ==
        "unknown section 'nope'\n"
        "available sections:\n"
        "  foundations  Technical Foundation\n"
        "  llm          Large Language Models\n"
        "  llm-ops      Running LLMs in Production\n"
        "  rag          Retrieval-Augmented Generation (RAG)");
  CHECK(select(kOneDeck, {"fundations"}).error.starts_with(
      "unknown section 'fundations'; did you mean 'foundations'?\navailable sections:\n"));
  CHECK(select(kOneDeck, {""}).error.starts_with("unknown section ''\n"));
}

TEST_CASE("A prefix of several sections is ambiguous, but an exact name wins", "[core]") {
  CHECK(select(kOneDeck, {"ll"}).error.starts_with(
      "section 'll' is ambiguous: it matches 'llm' and 'llm-ops'\navailable sections:\n  foundations"));
  CHECK(select(kOneDeck, {"r"}).error.starts_with(  // 'rag' by id, 'llm-ops' by its title
      "section 'r' is ambiguous: it matches 'llm-ops' and 'rag'\n"));
  CHECK(select(kOneDeck, {"genai/"}).error.starts_with(
      "section 'genai/' is ambiguous: it matches 'foundations', 'llm', 'llm-ops' and 'rag'\n"));
}

TEST_CASE("With several decks a shared section id needs its deck id", "[core]") {
  const std::vector<Deck> decks = {make_deck("algebra", {{"basics", "Basics"}, {"groups", "Groups"}}),
                                   make_deck("physics", {{"basics", "Basics of Physics"}})};
  CHECK(select(decks, {"basics"}).error ==
        "section 'basics' is ambiguous: it matches 'algebra/basics' and 'physics/basics'\n"
        "available sections:\n"
        "  algebra/basics  Basics\n"
        "  algebra/groups  Groups\n"
        "  physics/basics  Basics of Physics");
  CHECK(select(decks, {"physics/basics"}).sections == std::vector<SectionRef>{{1, 0}});
  CHECK(select(decks, {"Basics of"}).sections == std::vector<SectionRef>{{1, 0}});
  CHECK(select(decks, {"groups", "PHYSICS/"}).sections == std::vector<SectionRef>{{0, 1}, {1, 0}});
}

TEST_CASE("The cards of the chosen sections come in deck order, narrowed by tags", "[core]") {
  std::vector<Deck> decks = {make_deck("a", {{"one", "One"}, {"two", "Two"}}), make_deck("b", {{"three", "Three"}})};
  auto add_card = [&](std::size_t d, std::size_t s, std::string id, std::vector<std::string> tags) {
    Card card;
    card.id = std::move(id);
    card.tags = std::move(tags);
    decks[d].sections[s].cards.push_back(card);
  };
  add_card(0, 0, "a1", {"x"});
  add_card(0, 1, "a2", {});
  add_card(1, 0, "b1", {"x"});
  auto ids = [](const std::vector<StudyItem>& items) {
    std::vector<std::string> out;
    for (const StudyItem& item : items) out.push_back(item.card->id);
    return out;
  };
  struct Case {
    std::vector<std::string> queries;
    std::vector<std::string> tags;
    std::vector<std::string> cards;
  } cases[] = {
      {{}, {}, {"a1", "a2", "b1"}},
      {{"b/three", "a/one"}, {}, {"a1", "b1"}},
      {{"two"}, {}, {"a2"}},
      {{}, {"X"}, {"a1", "b1"}},
      {{"two"}, {"x"}, {}},
  };
  for (const Case& c : cases) {
    const SectionSelection selection = select_sections(decks, c.queries);
    REQUIRE(selection.ok());
    CHECK(ids(selected_cards(decks, selection, c.tags)) == c.cards);
  }
}
