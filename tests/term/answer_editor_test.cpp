#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/term/answer_editor.hpp"

namespace genai_quiz {
namespace {

// Keys written compactly: '\r' Enter, '\b' Backspace, '\x04' Ctrl-D, '\x03' Ctrl-C,
// '\x15' Ctrl-U, '\x17' Ctrl-W; anything else a character.
std::vector<Key> keys(std::u32string_view typed) {
  std::vector<Key> out;
  for (char32_t c : typed) {
    switch (c) {
      case '\r': out.push_back({KeyCode::kEnter, 0}); break;
      case '\b': out.push_back({KeyCode::kBackspace, 0}); break;
      case 0x04: out.push_back({KeyCode::kCtrlD, 0}); break;
      case 0x03: out.push_back({KeyCode::kCtrlC, 0}); break;
      case 0x15: out.push_back({KeyCode::kControl, 'u'}); break;
      case 0x17: out.push_back({KeyCode::kControl, 'w'}); break;
      default: out.push_back(Key::character(c));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("An answer is typed line by line and ends on an empty line or Ctrl-D", "[term]") {
  struct Case {
    std::u32string typed;
    AnswerEditor::Result result;
    const char* text;
  } cases[] = {
      {U"\r", AnswerEditor::Result::kDone, ""},  // answered aloud
      {U"chain rule\r\r", AnswerEditor::Result::kDone, "chain rule"},
      {U"one\rtwo\x04", AnswerEditor::Result::kDone, "one\ntwo"},
      {U"one\rtwo\r\x04", AnswerEditor::Result::kDone, "one\ntwo"},
      {U"ab\bc\r\r", AnswerEditor::Result::kDone, "ac"},
      {U"one\r\b\btwo\r\r", AnswerEditor::Result::kDone, "ontwo"},  // Backspace joins lines
      {U"caf\u00E9\b\u00E8\r\r", AnswerEditor::Result::kDone, "caf\xC3\xA8"},
      {U"the chain rule\x17\x17rules\r\r", AnswerEditor::Result::kDone, "the rules"},
      {U"wrong\x15right\r\r", AnswerEditor::Result::kDone, "right"},
      {U"half an answer\x03", AnswerEditor::Result::kCancelled, "half an answer"},
      {U"still typing", AnswerEditor::Result::kEditing, "still typing"},
  };
  for (const Case& c : cases) {
    AnswerEditor editor;
    AnswerEditor::Result result = AnswerEditor::Result::kEditing;
    for (const Key& k : keys(c.typed)) {
      result = editor.feed(k);
      if (result != AnswerEditor::Result::kEditing) break;
    }
    INFO(c.text);
    CHECK(result == c.result);
    CHECK(editor.text() == c.text);
  }
}

TEST_CASE("The editor shows the line being typed last", "[term]") {
  AnswerEditor editor;
  for (const Key& k : keys(U"first\rsec")) editor.feed(k);
  CHECK(editor.lines() == std::vector<std::string>{"first", "sec"});
}

}  // namespace genai_quiz
