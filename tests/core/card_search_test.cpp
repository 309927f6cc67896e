#include <catch2/catch.hpp>

#include "genai_quiz/core/card_search.hpp"

using namespace genai_quiz;

namespace {

// A stand-in for term/search_fold.hpp: ASCII case folded, anything but letters and digits a space.
std::string ascii_fold(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else out += ' ';
  }
  return out;
}

Card make_card(std::string question, std::string answer, std::vector<std::string> tags = {}) {
  Card card;
  card.id = "c";
  card.question = std::move(question);
  card.answer = std::move(answer);
  card.tags = std::move(tags);
  return card;
}

}  // namespace

TEST_CASE("The words of a text are its folded runs of letters and digits", "[core]") {
  struct Case {
    const char* text;
    std::vector<std::string> words;
  };
  const Case cases[] = {
      {"", {}},
      {"   ", {}},
      {"Self-Attention", {"self", "attention"}},
      {"What is **RAG**?", {"what", "is", "rag"}},
      {"GPT-4o, top_k=40", {"gpt", "4o", "top", "k", "40"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(search_words(c.text, ascii_fold) == c.words);
  }
}

TEST_CASE("A query matches a card when each of its words begins a word of the question, answer or tags", "[core]") {
  const Card card = make_card("Explain how **self-attention** works.", "Queries, keys and values: softmax(QK^T)V.",
                              {"transformers", "fine-tuning"});
  struct Case {
    const char* query;
    bool matches;
  };
  const Case cases[] = {
      {"attention", true},        // a word of the question
      {"ATTENTION", true},        // any case
      {"attent", true},           // a word's beginning is enough
      {"tention", false},         // but not its middle
      {"softmax", true},          // a word of the answer
      {"transformer", true},      // a tag
      {"fine tuning", true},      // a tag's words
      {"fine-tuning", true},      // as written
      {"self softmax", true},     // several words: every one matches, in any field
      {"softmax decoder", false}, // one word that matches nothing is enough to fail
      {"", true},                 // no words: every card
      {"keys values", true},
      {"values keys", true},      // in any order
  };
  for (const Case& c : cases) {
    INFO(c.query);
    CHECK(card_matches(card, search_words(c.query, ascii_fold), ascii_fold) == c.matches);
  }
}

TEST_CASE("Searching keeps the matching items in their order", "[core]") {
  Deck deck;
  deck.id = "d";
  Section section;
  section.id = "s";
  section.cards = {make_card("What is attention?", "Weights."), make_card("What is RAG?", "Retrieval."),
                   make_card("Why multi-head attention?", "Subspaces.")};
  section.cards[0].id = "one";
  section.cards[1].id = "two";
  section.cards[2].id = "three";
  deck.sections.push_back(section);
  const std::vector<Deck> decks = {deck};
  std::vector<StudyItem> items = select_cards(decks, {}, {});
  struct Case {
    const char* query;
    std::vector<std::string> ids;
  };
  const Case cases[] = {
      {"attention", {"one", "three"}},
      {"what", {"one", "two"}},
      {"what attention", {"one"}},
      {"nothing", {}},
  };
  for (const Case& c : cases) {
    INFO(c.query);
    std::vector<std::string> ids;
    for (const StudyItem& item : search_cards(items, c.query, ascii_fold)) ids.push_back(item.card->id);
    CHECK(ids == c.ids);
  }
}
