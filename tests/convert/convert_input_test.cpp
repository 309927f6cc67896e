// What convert_markdown does with input that is not a clean Markdown Q&A document, and with the
// options it is given.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "genai_quiz/convert/convert.hpp"

namespace genai_quiz {
namespace {

const std::string kSmall = "# Notes\n\n**What is X?**\n\nX is a letter.\n";

ConvertResult convert(const std::string& text, Layout layout = Layout::kAuto, const std::string& id = "") {
  ConvertOptions options;
  options.file = "notes.md";
  options.layout = layout;
  options.deck_id = id;
  return convert_markdown(text, options);
}

}  // namespace

TEST_CASE("Input that is not UTF-8 text is an error at the first bad byte", "[convert]") {
  struct Case {
    std::string text;
    std::string message;
  } cases[] = {
      {"# Caf\xE9\n", "notes.md:1:6: error: invalid UTF-8 byte 0xE9; save the file as UTF-8"},
      {"ok\n\xC0\xAF\n", "notes.md:2:1: error: invalid UTF-8 byte 0xC0; save the file as UTF-8"},
      {"ok \xED\xA0\x80", "notes.md:1:4: error: invalid UTF-8 byte 0xED; save the file as UTF-8"},
      {"cut \xE2\x82", "notes.md:1:5: error: invalid UTF-8 byte 0xE2; save the file as UTF-8"},
      {std::string("\x89PNG\r\n\x1A\n\0\0", 10), "notes.md:3:1: error: this is a binary file, not Markdown text"},
      {"", "notes.md: error: the file is empty: there are no questions to convert"},
      {" \n\n\t\n", "notes.md: error: the file is empty: there are no questions to convert"},
  };
  for (const Case& c : cases) {
    ConvertResult result = convert(c.text);
    REQUIRE(result.failed());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(format_diagnostic(result.diagnostics[0]) == c.message);
    CHECK(result.deck.sections.empty());
  }
}

TEST_CASE("A few control characters do not make a text binary, many do", "[convert]") {
  CHECK_FALSE(convert(kSmall + "\x01\n").failed());
  CHECK(convert(std::string(300, '\x01') + kSmall).failed());
}

TEST_CASE("CRLF line ends and a byte order mark give the same deck as LF", "[convert]") {
  std::string crlf = "\xEF\xBB\xBF# Notes\r\n\r\n**What is X?**\r\n\r\nX is a letter.\r\nIt has no sound.\r\n";
  ConvertResult result = convert(crlf);
  REQUIRE_FALSE(result.failed());
  const Card& card = result.deck.sections.at(0).cards.at(0);
  CHECK(card.question == "What is X?");
  CHECK(card.answer == "X is a letter.\nIt has no sound.\n");
  CHECK(result.deck.title == "Notes");
}

TEST_CASE("A forced layout that finds nothing is an error naming the layout", "[convert]") {
  ConvertResult result = convert(kSmall, Layout::kDetails);
  REQUIRE(result.failed());
  CHECK(result.diagnostics.at(0).message ==
        "no questions found in the 'details' layout; is this a Markdown Q&A document?");
  CHECK_FALSE(convert(kSmall, Layout::kBold).failed());
}

TEST_CASE("The deck id comes from the option, else from the file name", "[convert]") {
  CHECK(convert(kSmall, Layout::kAuto, "my-deck").deck.id == "my-deck");
  CHECK(convert(kSmall).deck.id == "notes");
  ConvertOptions options;
  options.file = "/tmp/Interview Notes (v2).md";
  CHECK(convert_markdown(kSmall, options).deck.id == "interview-notes-v2");
}

TEST_CASE("Progress is reported from start to end", "[convert]") {
  std::vector<double> seen;
  ConvertOptions options;
  options.progress = [&](double f) { seen.push_back(f); };
  REQUIRE_FALSE(convert_markdown(kSmall, options).failed());
  REQUIRE_FALSE(seen.empty());
  CHECK(std::is_sorted(seen.begin(), seen.end()));
  CHECK(seen.back() == Approx(1.0));
}

TEST_CASE("An answer without its question is kept as a stub with a warning", "[convert]") {
  ConvertResult result = convert("## S\n\n1. \n- Answer: forty-two\n");
  REQUIRE_FALSE(result.failed());
  CHECK(result.deck.sections.at(0).stubs == 1);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(format_diagnostic(result.diagnostics[0]) ==
        "notes.md:3:1: warning: an answer without a question; kept as a stub");
}

TEST_CASE("Layout names parse case-insensitively and unknown names do not", "[convert]") {
  for (Layout l : {Layout::kAuto, Layout::kNumbered, Layout::kHeadings, Layout::kBold, Layout::kDetails,
                   Layout::kQaPairs}) {
    CHECK(parse_layout(layout_name(l)) == l);
    CHECK_FALSE(layout_summary(l).empty());
  }
  CHECK(parse_layout("Headings") == Layout::kHeadings);
  CHECK_FALSE(parse_layout("slides").has_value());
  CHECK(concrete_layouts().size() == 5);
}

}  // namespace genai_quiz
