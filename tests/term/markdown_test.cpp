#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/term/markdown.hpp"

using namespace genai_quiz;

namespace {

// Plain (no colour) rendering at `width`, lines joined with "|".
std::string plain(const std::string& markdown, int width = 80, bool unicode = true) {
  RenderOptions options;
  options.width = width;
  options.unicode = unicode;
  std::string out;
  for (const std::string& line : render_markdown_lines(markdown, options)) out += line + "|";
  return out;
}

std::string colored(const std::string& markdown, int width = 80) {
  RenderOptions options;
  options.width = width;
  options.color = true;
  return render_markdown(markdown, options);
}

}  // namespace

TEST_CASE("Markdown elements are drawn for a terminal", "[term]") {
  struct Case {
    const char* name;
    const char* markdown;
    int width;
    const char* expected;
  } cases[] = {
      {"nothing", "", 80, ""},
      {"emphasis marks disappear", "**bold** and *it*", 80, "bold and it|"},
      {"inline code keeps backticks without colour", "use `x = 1` here", 80, "use `x = 1` here|"},
      {"strikethrough keeps tildes without colour", "~~old~~ new", 80, "~~old~~ new|"},
      {"link text and address", "[docs](https://e.com/x)", 80, "docs (https://e.com/x)|"},
      {"autolink shown once", "<https://e.com/x> and www.e.com", 80, "https://e.com/x and www.e.com|"},
      {"image", "![a cat](c.png)", 80, "[image: a cat] (c.png)|"},
      {"paragraphs apart by a blank line", "one\n\ntwo", 80, "one||two|"},
      {"soft break is a space", "one\ntwo", 80, "one two|"},
      {"hard break", "one  \ntwo", 80, "one|two|"},
      {"heading underlined without colour", "# Title\n\n## Sub\n\n### Small", 80,
       "Title|═════||Sub|───||Small|"},
      {"thematic break fills the width", "a\n\n---\n\nb", 10, "a||──────────||b|"},
      {"bullet list with hanging indent", "- alpha beta gamma\n- delta", 12,
       "• alpha beta|  gamma|• delta|"},
      {"nested bullets change glyph", "- a\n  - b\n    - c\n      - d", 80, "• a|  ◦ b|    ▪ c|      • d|"},
      {"ordered list keeps its start", "3. c\n4. d", 80, "3. c|4. d|"},
      {"numbers right-aligned", "9. a\n10. b", 80, " 9. a|10. b|"},
      {"parenthesis delimiter", "1) a\n2) b", 80, "1) a|2) b|"},
      {"loose list spaced", "- a\n\n- b", 80, "• a||• b|"},
      {"empty item keeps its marker", "- \n- b", 80, "•|• b|"},
      {"task list", "- [ ] todo\n- [x] done", 80, "• ☐ todo|• ☑ done|"},
      {"block quote", "> quoted text here", 10, "│ quoted|│ text|│ here|"},
      {"quote with two paragraphs", "> a\n>\n> b", 80, "│ a|│|│ b|"},
      {"code block indented, spaces kept", "```\nx  =  1\n\n\ty\n```", 80, "  x  =  1||      y|"},
      {"long code lines are cut, not reflowed", "```\nabcdefghij\n```", 8, "  abcdef|  ghij|"},
      {"ASCII fallback", "- a\n  - b\n\n> q\n\n---", 5, "* a|  - b||| q||-----|"},
      {"inline HTML formatting", "a<br>b <vector> c<!-- x -->d", 80, "a|b <vector> cd|"},
      {"HTML block tags dropped", "<details><summary>Answer</summary>\n\nText", 80, "Answer||Text|"},
      {"entities", "&lt;b&gt; &amp; &#x3B1;", 80, "<b> & α|"},
      {"table", "| a | b |\n|---|--:|\n| x | 10 |", 80, "┌───┬────┐|│ a │  b │|├───┼────┤|│ x │ 10 │|└───┴────┘|"},
      {"table too narrow becomes records", "| name | value |\n|---|---|\n| x | 1 |\n| y | 2 |", 12,
       "name: x|value: 1||name: y|value: 2|"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(plain(c.markdown, c.width, std::string(c.name) != "ASCII fallback") == c.expected);
  }
}

TEST_CASE("Math in Markdown is converted and protected from emphasis", "[term]") {
  struct Case {
    const char* markdown;
    bool unicode;
    const char* expected;
  } cases[] = {
      {"score = $q-vector \\cdot k-vector$ (dot product)", true, "score = q-vector · k-vector (dot product)|"},
      {"$a*b*c$ and *it*", true, "a*b*c and it|"},
      {"$x_{1i}$ and $x_1_2$", true, "x₁ᵢ and x₁₂|"},
      {"before $$\\sum_{j=1}^{n} x_j$$ after", true, "before|∑ⱼ₌₁ⁿ xⱼ|after|"},
      {"`$x$` stays code", true, "`$x$` stays code|"},
      {"costs $5 and $6", true, "costs $5 and $6|"},
      {"[see $x_1$](http://e.com/$a$)", true, "see x₁ (http://e.com/$a$)|"},
      {"ASCII terminals get the TeX: $x_{1i}$", false, "ASCII terminals get the TeX: $x_{1i}$|"},
  };
  for (const Case& c : cases) {
    INFO(c.markdown);
    CHECK(plain(c.markdown, 80, c.unicode) == c.expected);
  }
  CHECK(plain("$$\\sqrt{dim(v-vector)}$$ is long", 18) == "√(dim(v-vector))|is long|");
}

TEST_CASE("Colour styles each element and closes every style on its own line", "[term]") {
  CHECK(colored("**b** *i* `c`") == "\x1b[1mb\x1b[0m \x1b[3mi\x1b[0m \x1b[33mc\x1b[0m\n");
  CHECK(colored("# T") == "\x1b[1m\x1b[36mT\x1b[0m\n");
  CHECK(colored("[a](u)") == "\x1b[4m\x1b[34ma\x1b[0m \x1b[2m(u)\x1b[0m\n");
  // A bold phrase wrapped over two lines is closed and reopened.
  CHECK(colored("**aaa bbb**", 4) == "\x1b[1maaa\x1b[0m\n\x1b[1mbbb\x1b[0m\n");
}

TEST_CASE("Markdown never cuts a made-visible control between two lines", "[term]") {
  RenderOptions options;
  options.width = 10;
  options.unicode = false;
  const std::vector<std::string> lines = render_markdown_lines("abcdefg\xC2\x9D\u202E", options);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "abcdefg");
  CHECK(lines[1] == "<U+009D>");
  CHECK(lines[2] == "<U+202E>");
}
