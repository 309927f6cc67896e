#include <catch2/catch.hpp>

#include "genai_quiz/core/card_search.hpp"
#include "genai_quiz/term/search_fold.hpp"

using namespace genai_quiz;

TEST_CASE("The search fold ignores case and accents and splits at anything but letters and digits", "[term]") {
  struct Case {
    const char* text;
    const char* folded;
  };
  const Case cases[] = {
      {"Self-Attention", "self attention"},
      {"Été", "ete"},
      {"e\xCC\x81t\xC3\xA9", "ete"},          // a decomposed accent (e + U+0301) too
      {"ÉCOLE École", "ecole ecole"},
      {"Straße", "strasse"},                   // full case folding
      {"ﬁne-tuning", "fine tuning"},           // compatibility forms (the ligature ﬁ)
      {"ΣΊΣΥΦΟΣ", "σισυφοσ"},                  // Greek, its final sigma folded alike
      {"“quoted” — dash", " quoted    dash"},  // Unicode punctuation is a separator
      {"中文 2", "中文 2"},                     // letters of any script are kept
      {"bad\xFF" "byte", "bad byte"},          // a malformed byte is a separator
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(fold_for_search(c.text) == c.folded);
  }
}

TEST_CASE("Searching with the real fold finds a word whatever its case and accents", "[term]") {
  Card card;
  card.question = "Qu'est-ce qu'un **réseau** de neurones?";
  card.answer = "Un modèle.";
  struct Case {
    const char* query;
    bool matches;
  };
  const Case cases[] = {{"reseau", true}, {"RÉSEAU", true}, {"modele neurone", true}, {"réseaux", false}};
  for (const Case& c : cases) {
    INFO(c.query);
    CHECK(card_matches(card, search_words(c.query, fold_for_search), fold_for_search) == c.matches);
  }
}
