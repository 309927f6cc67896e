#include <catch2/catch.hpp>

#include "genai_quiz/core/typo.hpp"

#include <string>
#include <vector>

namespace genai_quiz {

TEST_CASE("Edit distance counts insertions, deletions, substitutions and swaps, up to a limit", "[core]") {
  struct Case {
    const char* a;
    const char* b;
    int limit;
    int distance;
  } cases[] = {
      {"", "", 2, 0},
      {"abc", "abc", 2, 0},
      {"gradient", "gradeint", 2, 1},   // swap
      {"softmax", "softmx", 2, 1},      // deletion
      {"layer", "layers", 2, 1},        // insertion
      {"token", "taken", 2, 1},         // substitution
      {"kitten", "sitting", 5, 3},
      {"kitten", "sitting", 2, 3},      // over the limit: limit + 1
      {"ab", "abcdef", 2, 3},           // lengths alone exceed the limit
      {"caf\xC3\xA9", "cafe", 2, 1},    // é is one character
  };
  for (const Case& c : cases) {
    INFO(c.a << " / " << c.b);
    CHECK(bounded_edit_distance(to_code_points(c.a), to_code_points(c.b), c.limit) == c.distance);
    CHECK(bounded_edit_distance(to_code_points(c.b), to_code_points(c.a), c.limit) == c.distance);
  }
}

TEST_CASE("Longer words may have more typing mistakes", "[core]") {
  struct Case {
    std::size_t length;
    int allowed;
  } cases[] = {{0, 0}, {4, 0}, {5, 0}, {6, 1}, {9, 1}, {10, 2}, {15, 2}};
  for (const Case& c : cases) {
    INFO(c.length);
    CHECK(typo_allowance(c.length) == c.allowed);
  }
}

TEST_CASE("A mistyped name is matched to the one candidate it is nearest to", "[core]") {
  const std::vector<std::string> commands = {"study", "stats", "interview", "list", "validate",
                                             "export", "import", "convert", "optimize", "config"};
  const std::vector<std::string> flags = {"--limit", "--new", "--type", "--tag", "--section", "--seed"};
  struct Case {
    const char* typed;
    const std::vector<std::string>* names;
    const char* expected;  // "" for no suggestion
  } cases[] = {
      {"stduy", &commands, "study"},       // a swap
      {"stat", &commands, "stats"},        // one letter short
      {"intervew", &commands, "interview"},
      {"conv", &commands, "convert"},      // a unique prefix
      {"s", &commands, ""},                // a prefix of two commands
      {"frobnicate", &commands, ""},       // nothing near
      {"study", &commands, ""},            // the name itself needs no hint
      {"--lmit", &flags, "--limit"},
      {"--typ", &flags, "--type"},         // --tag is as near by distance; --type is the prefix
      {"--sed", &flags, "--seed"},
      {"--neww", &flags, "--new"},
  };
  for (const Case& c : cases) {
    INFO(c.typed);
    std::optional<std::string> got = closest_name(c.typed, *c.names);
    CHECK(got.value_or("") == c.expected);
  }
}

}  // namespace genai_quiz
