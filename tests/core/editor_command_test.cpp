#include <catch2/catch.hpp>

#include "genai_quiz/core/editor_command.hpp"

using namespace genai_quiz;

TEST_CASE("An editor variable is split into words as a shell splits plain words", "[core]") {
  struct Case {
    const char* text;
    std::optional<std::vector<std::string>> words;
  };
  const Case cases[] = {
      {"vim", {{"vim"}}},
      {"  code   -w ", {{"code", "-w"}}},
      {"emacs -nw\t--no-splash", {{"emacs", "-nw", "--no-splash"}}},
      {"'/opt/my editor/ed' -x", {{"/opt/my editor/ed", "-x"}}},
      {"\"/opt/my editor/ed\"", {{"/opt/my editor/ed"}}},
      {"/opt/my\\ editor/ed", {{"/opt/my editor/ed"}}},
      {"a\"b c\"d", {{"ab cd"}}},                 // quotes join with what touches them
      {"\"say \\\"hi\\\" \\n\"", {{"say \"hi\" \\n"}}},  // in "...", \ escapes only " \ $ `
      {"'it''s'", {{"its"}}},
      {"$HOME/ed *", {{"$HOME/ed", "*"}}},        // nothing is expanded
      {"''", {{""}}},                             // an empty quoted word is a word
      {"", {{}}},
      {"vim 'x", std::nullopt},
      {"vim \"x", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(split_command_words(c.text) == c.words);
  }
}

TEST_CASE("The editor is VISUAL, else EDITOR, else vi, opened at the card's line", "[core]") {
  using Words = std::vector<std::string>;
  struct Case {
    std::optional<std::string_view> visual, editor;
    Words argv;
  };
  const Case cases[] = {
      {"code -w", "nano", {"code", "-w", "+12", "d.yaml"}},
      {std::nullopt, "nano", {"nano", "+12", "d.yaml"}},
      {"  ", "nano", {"nano", "+12", "d.yaml"}},  // a blank VISUAL is passed over
      {std::nullopt, std::nullopt, {"vi", "+12", "d.yaml"}},
      {"", "", {"vi", "+12", "d.yaml"}},
  };
  for (const Case& c : cases) {
    const EditorCommand command = editor_command(c.visual, c.editor, "d.yaml", 12);
    CHECK(command.ok());
    CHECK(command.argv == c.argv);
  }
  CHECK(editor_command("vim 'x", "nano", "d.yaml", 1).error == "$VISUAL: a quote is not closed in 'vim 'x'");
  CHECK(editor_command(std::nullopt, "\"x", "d.yaml", 1).error == "$EDITOR: a quote is not closed in '\"x'");
}
