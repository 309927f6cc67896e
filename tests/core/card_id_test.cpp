#include <catch2/catch.hpp>

#include "genai_quiz/core/card_id.hpp"
#include "genai_quiz/core/deck.hpp"

using namespace genai_quiz;

TEST_CASE("A slug keeps letters and digits and joins the words with dashes", "[core]") {
  struct Case {
    const char* text;
    const char* slug;
  } cases[] = {
      {"Describe the backpropagation algorithm.", "describe-the-backpropagation-algorithm"},
      {"What is **self-attention**?", "what-is-self-attention"},
      {"  Why divide by $\\sqrt{d_k}$?  ", "why-divide-by-sqrt-d-k"},
      {"What's an LLM's context window?", "whats-an-llms-context-window"},
      {"What’s RAG — and why?", "whats-rag-and-why"},
      {"Qu'est-ce qu'un token ?", "quest-ce-quun-token"},
      {"Été: «résumé» × 2", "Été-résumé-2"},
      {"什么是多头注意力？", "什么是多头注意力"},
      {"Emoji 🚀 rocket", "emoji-rocket"},
      {"GPT-4 vs. GPT-3.5", "gpt-4-vs-gpt-3-5"},
      {"???", ""},
      {"", ""},
      {"bad \xFF byte", "bad-byte"},
      // Longer than 60 bytes: cut at the last dash within 60 bytes.
      {"Explain how the self-attention layer works in Transformer models.",
       "explain-how-the-self-attention-layer-works-in-transformer"},
      // One word longer than 60 bytes: cut at 60 bytes, on a character boundary.
      {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
      {"ééééééééééééééééééééééééééééééééééééé", "éééééééééééééééééééééééééééééé"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(slugify(c.text) == c.slug);
  }
}

TEST_CASE("A derived card id is the section id, a slash and the question's slug", "[core]") {
  CHECK(derived_card_id("foundations", "Describe the backpropagation algorithm.") ==
        "foundations/describe-the-backpropagation-algorithm");
  CHECK(derived_card_id("llm", "???") == "llm/card");
}

namespace {

Card card(std::string question, std::string id = "") {
  Card c;
  c.question = std::move(question);
  c.explicit_id = !id.empty();
  c.id = std::move(id);
  return c;
}

std::vector<std::string> ids(const Deck& deck) {
  std::vector<std::string> out;
  for (const Section& s : deck.sections) {
    for (const Card& c : s.cards) out.push_back(c.id);
  }
  return out;
}

}  // namespace

TEST_CASE("Derived ids avoid every explicit id and each other, in file order", "[core]") {
  Deck deck;
  deck.sections.push_back({"a", "A", {card("What is X?"), card("What is X?"), card("Other", "keep")}, 0, {}, {}, {}});
  deck.sections.push_back({"b", "B", {card("What is X?"), card("Why?", "a/what-is-x-2"), card("What is X?")}, 0, {}, {}, {}});
  assign_derived_card_ids(deck);
  CHECK(ids(deck) == std::vector<std::string>{"a/what-is-x", "a/what-is-x-3", "keep", "b/what-is-x",
                                              "a/what-is-x-2", "b/what-is-x-2"});
}

TEST_CASE("Deriving ids for many equal questions stays unique", "[core]") {
  Deck deck;
  deck.sections.push_back({"s", "S", std::vector<Card>(5000, card("Same?")), 0, {}, {}, {}});
  assign_derived_card_ids(deck);
  CHECK(deck.sections[0].cards[0].id == "s/same");
  CHECK(deck.sections[0].cards[1].id == "s/same-2");
  CHECK(deck.sections[0].cards[4999].id == "s/same-5000");
}
