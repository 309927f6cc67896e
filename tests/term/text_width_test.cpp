#include <catch2/catch.hpp>

#include "genai_quiz/term/glyphs.hpp"
#include "genai_quiz/term/text_width.hpp"

using namespace genai_quiz;

TEST_CASE("Display width counts terminal columns, not bytes", "[term]") {
  struct Case {
    const char* text;
    int width;
  } cases[] = {
      {"", 0},
      {"hello", 5},
      {"café", 4},                            // precomposed é
      {"cafe\u0301", 4},                      // e + combining acute
      {"z\u0334\u0322a\u0335", 2},            // stacked combining marks
      {"中文", 4},                            // wide CJK
      {"ｈｉ", 4},                            // fullwidth Latin
      {"👶", 2},                              // emoji
      {"⭐\uFE0F", 2},                        // emoji with presentation selector
      {"❤\uFE0F", 2},                         // narrow base made an emoji: at least 2
      {"a\u200Bb", 2},                        // zero-width space
      {"\x1b[1m\x1b[36mbold\x1b[0m", 4},      // SGR sequences take no columns
      {"x\x1b]8;;http://e\x1b\\y", 2},        // an OSC sequence neither
      {"x₁ᵢ", 3},
      {"∑ⱼ₌₁ⁿ", 5},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(display_width(c.text) == c.width);
  }
}

TEST_CASE("Truncation cuts between grapheme clusters and outside escape sequences", "[term]") {
  struct Case {
    const char* text;
    int width;
    const char* expected;
  } cases[] = {
      {"hello world", 20, "hello world"},
      {"hello world", 8, "hello w…"},
      {"中文字符", 5, "中文…"},
      {"cafe\u0301s", 5, "cafe\u0301s"},
      {"cafe\u0301s and more", 5, "cafe\u0301…"},
      {"\x1b[1mbold text\x1b[0m", 6, "\x1b[1mbold …\x1b[0m"},
      {"abc", 0, ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(truncate_to_width(c.text, c.width) == c.expected);
  }
  CHECK(truncate_to_width("abcdef", 5, "...") == "ab...");
}

TEST_CASE("Padding adds spaces up to a display width", "[term]") {
  CHECK(pad_to_width("中", 4) == "中  ");
  CHECK(pad_to_width("abcdef", 3) == "abcdef");
}

TEST_CASE("Bars draw eighths in Unicode and whole cells in ASCII", "[term]") {
  CHECK(bar(3, glyphs(true)) == "███");
  CHECK(bar(2.5, glyphs(true)) == "██▌");
  CHECK(bar(0.125, glyphs(true)) == "▏");
  CHECK(bar(2.5, glyphs(false)) == "###");
  CHECK(bar(2.4, glyphs(false)) == "##");
  CHECK(bar(-1, glyphs(true)).empty());
  CHECK(display_width(bar(7.3, glyphs(true))) == 8);
}
