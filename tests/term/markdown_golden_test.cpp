#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "genai_quiz/term/markdown.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "support/fixture_files.hpp"
#include "support/golden.hpp"

// Golden outputs of the Markdown renderer live in tests/data/term/ (ESC written as "\e" so the
// files can be read). After a deliberate change of the drawing, regenerate them with
//   GENAI_QUIZ_UPDATE_GOLDEN=1 build/tests/genai-quiz-tests "[term]"
// and review every changed line with `git diff` before committing.

using namespace genai_quiz;

namespace {

const std::string kDataDir = std::string(GENAI_QUIZ_SOURCE_DIR) + "/tests/data/term/";

// The answers of the bundled deck with their card ids, read from its YAML literal blocks.
std::vector<std::pair<std::string, std::string>> bundled_answers() {
  std::istringstream in(
      testing::read_text_file(std::string(GENAI_QUIZ_SOURCE_DIR) + "/data/genai-interview.yaml").value_or(""));
  std::vector<std::pair<std::string, std::string>> answers;
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  const std::regex id_line(R"(^\s*- id: (\S+)$)");
  const std::regex answer_line(R"(^(\s*)answer: \|$)");
  std::string id;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::smatch m;
    if (std::regex_match(lines[i], m, id_line)) id = m[1];
    if (!std::regex_match(lines[i], m, answer_line)) continue;
    std::size_t key_indent = m[1].length();
    std::vector<std::string> block;
    while (i + 1 < lines.size() &&
           (lines[i + 1].find_first_not_of(' ') == std::string::npos ||
            lines[i + 1].find_first_not_of(' ') > key_indent)) {
      block.push_back(lines[++i]);
    }
    while (!block.empty() && block.back().find_first_not_of(' ') == std::string::npos) block.pop_back();
    std::size_t indent = std::string::npos;
    for (const std::string& l : block) {
      if (l.find_first_not_of(' ') != std::string::npos) indent = std::min(indent, l.find_first_not_of(' '));
    }
    std::string text;
    for (const std::string& l : block) text += (l.size() > indent ? l.substr(indent) : "") + "\n";
    answers.emplace_back(id, text);
  }
  return answers;
}

std::string render(const std::string& markdown, int width, bool color, bool unicode) {
  RenderOptions options;
  options.width = width;
  options.color = color;
  options.unicode = unicode;
  return render_markdown(markdown, options);
}

std::string escapes_visible(std::string s) {
  for (std::size_t at = s.find('\x1b'); at != std::string::npos; at = s.find('\x1b', at + 2)) {
    s.replace(at, 1, "\\e");
  }
  return s;
}

void check_golden(const std::string& name, const std::string& rendered) {
  std::string path = kDataDir + name;
  std::string actual = escapes_visible(rendered);
  if (testing::update_golden()) {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("wrote " << path << ": review it before committing");
    return;
  }
  std::string expected = testing::read_text_file(path).value_or("");
  INFO("golden file " << path);
  REQUIRE_FALSE(expected.empty());
  CHECK(actual == expected);
}

struct Input {
  std::string name;
  std::string markdown;
};

std::vector<Input> all_inputs() {
  std::vector<Input> inputs;
  for (const auto& [id, answer] : bundled_answers()) inputs.push_back({"bundled-" + id, answer});
  for (const char* name : {"features", "nested-lists", "math", "wide", "hostile"}) {
    inputs.push_back({name, testing::read_text_file(kDataDir + name + ".md").value_or("")});
  }
  return inputs;
}

}  // namespace

TEST_CASE("The bundled deck's answers render as their golden files at 40 and 80 columns", "[term]") {
  auto answers = bundled_answers();
  REQUIRE(answers.size() == 3);
  for (const auto& [id, answer] : answers) {
    check_golden("bundled-" + id + "-40.txt", render(answer, 40, false, true));
    check_golden("bundled-" + id + "-80.txt", render(answer, 80, false, true));
  }
  check_golden("bundled-self-attention-80-color.txt", render(answers[2].second, 80, true, true));
}

TEST_CASE("Markdown features, lists, math, wide text and hostile text match their golden files", "[term]") {
  struct Case {
    const char* input;
    int width;
    bool color, unicode;
    const char* golden;
  } cases[] = {
      {"features", 40, false, true, "features-40.txt"},
      {"features", 80, false, true, "features-80.txt"},
      {"features", 60, false, false, "features-60-ascii.txt"},
      {"features", 60, true, true, "features-60-color.txt"},
      {"nested-lists", 40, false, true, "nested-lists-40.txt"},
      {"math", 60, false, true, "math-60.txt"},
      {"math", 60, false, false, "math-60-ascii.txt"},
      {"wide", 30, false, true, "wide-30.txt"},
      {"hostile", 40, false, true, "hostile-40.txt"},
      {"hostile", 40, true, true, "hostile-40-color.txt"},
  };
  for (const Case& c : cases) {
    const std::string markdown = testing::read_text_file(kDataDir + c.input + ".md").value_or("");
    check_golden(c.golden, render(markdown, c.width, c.color, c.unicode));
  }
}

TEST_CASE("Rendered lines fit the width and carry no control but SGR styles", "[term]") {
  const std::regex sgr("\x1b\\[[0-9;]*m");
  for (const Input& input : all_inputs()) {
    for (int width = 20; width <= 100; width += 3) {
      for (bool color : {false, true}) {
        RenderOptions options;
        options.width = width;
        options.color = color;
        for (const std::string& line : render_markdown_lines(input.markdown, options)) {
          INFO(input.name << " at " << width << (color ? " in colour: " : ": ") << line);
          CHECK(display_width(line) <= width);
          std::string bare = std::regex_replace(line, sgr, "");
          bool clean = std::none_of(bare.begin(), bare.end(),
                                    [](char c) { return (c >= 0 && c < 0x20) || c == 0x7F; });
          CHECK(clean);
          if (!color) CHECK(bare == line);
        }
      }
    }
  }
}

TEST_CASE("Narrow widths wrap and cut but lose no letter", "[term]") {
  auto letters = [](const std::vector<std::string>& lines) {
    std::size_t n = 0;
    for (const std::string& line : lines) {
      n += static_cast<std::size_t>(std::count_if(line.begin(), line.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      }));
    }
    return n;
  };
  for (const Input& input : all_inputs()) {
    if (input.name == "features") continue;  // its table turns into records, repeating headers
    RenderOptions wide;
    wide.width = 200;
    std::size_t expected = letters(render_markdown_lines(input.markdown, wide));
    for (int width = -1; width <= 12; ++width) {
      RenderOptions options;
      options.width = width;
      INFO(input.name << " at " << width);
      CHECK(letters(render_markdown_lines(input.markdown, options)) == expected);
    }
  }
}
