#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/term/table.hpp"
#include "genai_quiz/term/text_width.hpp"

using namespace genai_quiz;

namespace {

const std::vector<TableColumn> kColumns = {
    {{"section"}, true}, {{"cards"}}, {{"learning", "learn"}}, {{"due today", "today"}}};

const std::vector<TableRow> kRows = {{{"genai"}, true, false},
                                     {{"  foundations", "3", "1", "2"}, false, false},
                                     {{"  rag", "12", "0", "1"}, false, false},
                                     {{"all sections", "15", "1", "3"}, false, true}};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("A table keeps its long headers when it fits, and shortens the widest ones first", "[term]") {
  struct Case {
    int width;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {41,
       {"section        cards  learning  due today", "genai", "  foundations      3         1          2",
        "  rag             12         0          1", "─────────────────────────────────────────",
        "all sections      15         1          3"}},
      {40,
       {"section        cards  learning  today", "genai", "  foundations      3         1      2",
        "  rag             12         0      1", "─────────────────────────────────────",
        "all sections      15         1      3"}},
      {34,
       {"section        cards  learn  today", "genai", "  foundations      3      1      2",
        "  rag             12      0      1", "──────────────────────────────────", "all sections      15      1      3"}},
  };
  for (const Case& c : cases) {
    INFO(c.width);
    CHECK(lines_of(render_table(kColumns, kRows, c.width, {false, true, false})) == c.expected);
  }
}

TEST_CASE("A table too wide for the width becomes one record per row, every value kept", "[term]") {
  const std::vector<std::string> expected = {"genai",
                                             "  foundations",
                                             "    cards: 3 · learning: 1",
                                             "    due today: 2",
                                             "  rag",
                                             "    cards: 12 · learning: 0",
                                             "    due today: 1",
                                             "───────────────────────────",
                                             "all sections",
                                             "  cards: 15 · learning: 1",
                                             "  due today: 3"};
  const std::string text = render_table(kColumns, kRows, 27, {false, true, false});
  CHECK(lines_of(text) == expected);
  for (const std::string& line : lines_of(text)) CHECK(display_width(line) <= 27);
}

TEST_CASE("A heading or first cell wider than the table wraps at spaces, never inside a word", "[term]") {
  const std::vector<TableRow> rows = {{{"a deck whose title is long"}, true, false}, {{"x", "1", "2", "3"}, false, false}};
  const std::vector<std::string> lines = lines_of(render_table(kColumns, rows, 20, {false, false, false}));
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0] == "a deck whose title");
  CHECK(lines[1] == "  is long");
}
