#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/exchange/jsonl_lines.hpp"

using namespace genai_quiz;

TEST_CASE("A log is split into its complete lines, and a partial last line is left for later", "[jsonl]") {
  struct Row {
    std::string text;
    std::vector<std::string> lines;
    std::size_t consumed;
  };
  const std::vector<Row> rows = {
      {"", {}, 0},
      {"{\"a\":1}", {}, 0},
      {"{\"a\":1}\n", {"{\"a\":1}"}, 8},
      {"{\"a\":1}\n{\"b\":", {"{\"a\":1}"}, 8},
      {"{\"a\":1}\n{\"b\":2}\n", {"{\"a\":1}", "{\"b\":2}"}, 16},
      {"{\"a\":1}\r\n{\"b\":2}\r\n", {"{\"a\":1}", "{\"b\":2}"}, 18},
      {"\n\n{\"a\":1}\n \t\n", {"{\"a\":1}"}, 13},
      {"x\ny", {"x"}, 2},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CompleteLines got = complete_lines(row.text);
    std::vector<std::string> lines(got.lines.begin(), got.lines.end());
    CHECK(lines == row.lines);
    CHECK(got.consumed == row.consumed);
  }
}

TEST_CASE("Reading again from where the last read stopped returns only the lines completed since", "[jsonl]") {
  std::string log = "{\"a\":1}\n{\"b\":";
  CompleteLines first = complete_lines(log);
  REQUIRE(first.lines.size() == 1);
  log += "2}\n";
  CompleteLines second = complete_lines(std::string_view(log).substr(first.consumed));
  REQUIRE(second.lines.size() == 1);
  CHECK(second.lines[0] == "{\"b\":2}");
}
