#include <catch2/catch.hpp>

#include <string>

#include "genai_quiz/core/yaml_nesting.hpp"

using namespace genai_quiz;

namespace {

std::string repeat(std::string_view piece, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("The flow collection that nests one level too deep is found where it opens", "[core]") {
  struct Case {
    std::string text;
    bool deep;
    int line;
    int column;
  } cases[] = {
      {"[[[]]]", false, 0, 0},
      {"[[[[", true, 1, 4},                          // the fourth '[' opens level 4
      {"a: {b: [c, {d: [", true, 1, 16},
      {"x:\n  - [\n    [\n      [[", true, 4, 8},   // across lines
      {"[[[]]] [[[]]] [[[]]]", false, 0, 0},         // closed again: the depth is never 4
      {"\"[[[[\"", false, 0, 0},                     // in a double-quoted scalar
      {"'[[[[' ", false, 0, 0},                      // in a single-quoted scalar
      {"'it''s [[[[' ", false, 0, 0},                // a quote doubled inside one
      {"\"a\\\"[[[[\"", false, 0, 0},                // an escaped quote inside one
      {"[\"]]]\", [[[", true, 1, 11},                // brackets in a quoted item do not close
      {"[don't, [[[", true, 1, 11},                  // an apostrophe inside a plain item is not a quote
      {"# [[[[\nx: 1", false, 0, 0},                 // in a comment
      {"x: 1 # [[[[", false, 0, 0},
      {"[a#b, [[[", true, 1, 9},                     // '#' inside a plain item is not a comment
      {"answer: see [[[[ here", false, 0, 0},        // inside a plain scalar
      {"a: |\n  [[[[\n  [[[[\nb: [[[[", true, 4, 7},  // in a block scalar, then after it
      {"- q: >\n    [[[[\n  a: [[[[", true, 3, 9},   // the block scalar ends at a less indented line
      {"a: |\n\n  [[[[\n", false, 0, 0},             // a blank line inside a block scalar
      {"a: &x [[[[", true, 1, 10},                   // after an anchor
      {"a: !!seq [[[[", true, 1, 13},                // after a tag
      {"--- [[[[", true, 1, 8},                      // after a document marker
      {"- - [[[[", true, 1, 8},                      // after compact sequence items
      {"\"k\": [[[[", true, 1, 9},                   // after a quoted key
      {"é: [[[[", true, 1, 7},                       // columns count characters
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const std::optional<DeepNesting> deep = find_deep_nesting(c.text, 3);
    REQUIRE(deep.has_value() == c.deep);
    if (!deep) continue;
    CHECK(deep->line == c.line);
    CHECK(deep->column == c.column);
    CHECK((c.text[deep->offset] == '[' || c.text[deep->offset] == '{'));
  }
}

TEST_CASE("Ten million opening brackets stop the scan at the level past the limit", "[core]") {
  const std::string text = repeat("[", 10'000'000);
  const std::optional<DeepNesting> deep = find_deep_nesting(text);
  REQUIRE(deep);
  CHECK(deep->offset == static_cast<std::size_t>(kMaxYamlNesting));
  CHECK(deep->line == 1);
  CHECK(deep->column == kMaxYamlNesting + 1);
  CHECK(!find_deep_nesting(repeat("[", kMaxYamlNesting) + repeat("]", kMaxYamlNesting)));
  CHECK(deep_nesting_message() == "nesting is deeper than 499 levels");
}
