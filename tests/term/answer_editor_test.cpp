#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/term/answer_editor.hpp"

namespace genai_quiz {
namespace {

// Keys written compactly: '\r' Enter, '\b' Backspace, '\x04' Ctrl-D, '\x03' Ctrl-C,
// '\x15' Ctrl-U, '\x17' Ctrl-W, '\x01' Ctrl-A, '\x05' Ctrl-E, '\x0B' Ctrl-K, '<' Left, '>' Right,
// '^' Up, 'v' Down, '[' Home, ']' End, '~' Delete, '{' and '}' the start and end of a paste;
// anything else a character.
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
      case 0x01: out.push_back({KeyCode::kControl, 'a'}); break;
      case 0x05: out.push_back({KeyCode::kControl, 'e'}); break;
      case 0x0B: out.push_back({KeyCode::kControl, 'k'}); break;
      case '<': out.push_back({KeyCode::kLeft, 0}); break;
      case '>': out.push_back({KeyCode::kRight, 0}); break;
      case '^': out.push_back({KeyCode::kUp, 0}); break;
      case 'v': out.push_back({KeyCode::kDown, 0}); break;
      case '[': out.push_back({KeyCode::kHome, 0}); break;
      case ']': out.push_back({KeyCode::kEnd, 0}); break;
      case '~': out.push_back({KeyCode::kDelete, 0}); break;
      case '{': out.push_back({KeyCode::kPasteStart, 0}); break;
      case '}': out.push_back({KeyCode::kPasteEnd, 0}); break;
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
      // Enter twice with the cursor mid-line ends the answer, the line whole again.
      {U"the chain rule<<<<<\r\r", AnswerEditor::Result::kDone, "the chain rule"},
      {U"one\rtwo<<<\r\r", AnswerEditor::Result::kDone, "one\ntwo"},
      {U"ab<\rx\r\r", AnswerEditor::Result::kDone, "a\nxb"},  // a split followed by typing stays
      {U"ab<\r", AnswerEditor::Result::kEditing, "a\nb"},
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
  CHECK(editor.cursor() == AnswerEditor::Cursor{1, 3});
}

TEST_CASE("The answer is edited at a cursor that moves by whole characters", "[term]") {
  // e + U+0301 (a combining accent) and the family emoji (four people joined by U+200D) are
  // one character each for the arrows, Backspace and Delete.
  const std::u32string accent = U"e\u0301";
  const std::u32string family = U"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
  struct Case {
    std::u32string typed;
    const char* text;
    AnswerEditor::Cursor cursor;
  } cases[] = {
      {U"helo<<l", "hello", {0, 3}},
      {U"world[hello ", "hello world", {0, 6}},
      {U"world\x01hello \x05!", "hello world!", {0, 12}},
      {U"abc<<~", "ac", {0, 1}},                           // Delete removes the character under the cursor
      {U"abc<<<<<~~~~", "", {0, 0}},                     // Left stops at the start, Delete at the end
      {U"one two three<<<<<\x17", "one three", {0, 4}},  // Ctrl-W: the word before the cursor
      {U"wrong right<<<<<\x15", "right", {0, 0}},        // Ctrl-U: the line up to the cursor
      {U"keep this<<<<<\x0B", "keep", {0, 4}},           // Ctrl-K: from the cursor on
      {U"caf" + accent + U"<\b", "ca" "e\xCC\x81", {0, 2}},  // Backspace before é takes f
      {U"caf" + accent + U"\b", "caf", {0, 3}},          // ... and on é takes the whole of it
      {U"a" + family + U"b<<\b", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7\xE2\x80\x8D\xF0\x9F\x91\xA6" "b", {0, 0}},
      {U"a" + family + U"b<<~", "ab", {0, 1}},
      {U"onetwo<<<\r", "one\ntwo", {1, 0}},              // Enter splits the line at the cursor
      {U"one\rtwo[\b", "onetwo", {0, 3}},                 // Backspace at a line start joins
      {U"one\rtwo^", "one\ntwo", {0, 3}},                 // Up keeps the column
      {U"one\rtwo^]~", "onetwo", {0, 3}},                 // Delete at a line end joins
      {U"long line\rab^]v", "long line\nab", {1, 2}},    // Down clips the column to the line
      {U"one\rtwo[<", "one\ntwo", {0, 3}},                // Left at a line start goes up
      {U"one\rtwo^]>", "one\ntwo", {1, 0}},               // Right at a line end goes down
  };
  for (const Case& c : cases) {
    AnswerEditor editor;
    for (const Key& k : keys(c.typed)) REQUIRE(editor.feed(k) == AnswerEditor::Result::kEditing);
    INFO(c.text);
    CHECK(editor.text() == c.text);
    CHECK(editor.cursor() == c.cursor);
  }
}

TEST_CASE("A pasted answer keeps its lines, blank ones too, and typing goes on after it", "[term]") {
  AnswerEditor editor;
  AnswerEditor::Result result = AnswerEditor::Result::kEditing;
  for (const Key& k : keys(U"{first\r\rsecond\r}more\r\r")) {
    result = editor.feed(k);
    if (result != AnswerEditor::Result::kEditing) break;
  }
  CHECK(result == AnswerEditor::Result::kDone);
  CHECK(editor.text() == "first\n\nsecond\nmore");
}

}  // namespace genai_quiz
