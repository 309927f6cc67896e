#include <catch2/catch.hpp>

#include <string>

#include "genai_quiz/convert/slug.hpp"

namespace genai_quiz {

TEST_CASE("Short slugs follow the project's slug rule and are cut at a word", "[convert]") {
  struct Case {
    std::string text;
    std::size_t max;
    std::string slug;
  } cases[] = {
      {"Technical Foundation", 48, "technical-foundation"},
      {"Retrieval- Augmented Generation (RAG)", 48, "retrieval-augmented-generation-rag"},
      {"What's new?", 48, "whats-new"},
      {"What\xE2\x80\x99s new?", 48, "whats-new"},
      {"Caf\xC3\xA9 cr\xC3\xA8me", 48, "caf\xC3\xA9-cr\xC3\xA8me"},
      {"one two three four", 13, "one-two-three"},
      {"supercalifragilistic", 5, "super"},
      {"\xC3\xA9\xC3\xA9\xC3\xA9", 3, "\xC3\xA9"},
      {"\xF0\x9F\x9A\x80 --  ", 48, ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(short_slug(c.text, c.max) == c.slug);
  }
}

TEST_CASE("Card slugs drop question words, filler and formulas when enough is left", "[convert]") {
  struct Case {
    std::string question;
    std::string slug;
  } cases[] = {
      {"Describe the backpropagation algorithm.", "backpropagation-algorithm"},
      {"What's the output?", "output"},
      {"What is it?", "what-is-it"},
      {"What does $x**2$ mean?", "mean"},
      {"$x^2$", "x-2"},
      {"How do you find the commit that introduced a bug in a very large repository?",
       "find-commit-introduced-bug-very-large"},
  };
  for (const Case& c : cases) {
    INFO(c.question);
    CHECK(question_slug(c.question) == c.slug);
  }
}

TEST_CASE("The id allocator suffixes repeated ids and falls back when a slug is empty", "[convert]") {
  IdAllocator ids;
  CHECK(ids.allocate("output", "q-1") == "output");
  CHECK(ids.allocate("output", "q-2") == "output-2");
  CHECK(ids.allocate("output", "q-3") == "output-3");
  CHECK(ids.allocate("", "q-4") == "q-4");
  CHECK(ids.allocate("output-2", "q-5") == "output-2-2");
  IdAllocator many;
  for (int i = 1; i <= 1000; ++i) many.allocate("same", "x");
  CHECK(many.allocate("same", "x") == "same-1001");
}

}  // namespace genai_quiz
