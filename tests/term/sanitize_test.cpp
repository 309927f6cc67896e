#include <catch2/catch.hpp>

#include "genai_quiz/term/sanitize.hpp"

using namespace genai_quiz;

TEST_CASE("Control characters in deck text are made visible, never sent raw", "[term]") {
  struct Case {
    const char* name;
    const char* text;
    const char* expected;
  } cases[] = {
      {"plain text is unchanged", "Plain text — with ümlauts and 中文", "Plain text — with ümlauts and 中文"},
      {"window title", "\x1b]0;pwned\x07", "^[]0;pwned^G"},
      {"cursor movement and clearing", "\x1b[2J\x1b[H", "^[[2J^[[H"},
      {"hidden text", "\x1b[8msecret\x1b[0m", "^[[8msecret^[[0m"},
      {"C1 CSI", "\xC2\x9B" "31m", "<U+009B>31m"},
      {"right-to-left override", "a\u202Eb", "a<U+202E>b"},
      {"a lone carriage return", "abc\rX", "abc^MX"},
      {"CR LF is a line break", "a\r\nb", "a\nb"},
      {"line separators are line breaks", "a\u2028b", "a\nb"},
      {"malformed UTF-8", "a\xFF\xC3", "a\uFFFD\uFFFD"},
      {"tabs advance to tab stops", "a\tb\n\tc", "a       b\n        c"},
      {"zero-width space", "pay\u200Bpal", "pay<U+200B>pal"},
      {"zero-width non-joiner", "a\u200Cb", "a<U+200C>b"},
      {"a zero-width joiner between letters", "a\u200Db", "a<U+200D>b"},
      {"word joiner", "a\u2060b", "a<U+2060>b"},
      {"a byte order mark inside text", "a\uFEFFb", "a<U+FEFF>b"},
      {"a byte order mark at the start", "\uFEFFtext", "<U+FEFF>text"},
      {"OSC 52 writes the clipboard", "\x1b]52;c;aGk=\x07", "^[]52;c;aGk=^G"},
      {"C1 OSC and ST", "\xC2\x9D" "0;x\xC2\x9C", "<U+009D>0;x<U+009C>"},
      {"isolates", "\u2066x\u2069", "<U+2066>x<U+2069>"},
      {"a joiner inside an emoji sequence stays", "\U0001F468\u200D\U0001F469\u200D\U0001F467",
       "\U0001F468\u200D\U0001F469\u200D\U0001F467"},
      {"a joiner after a skin tone modifier stays", "\U0001F469\U0001F3FD\u200D\U0001F4BB",
       "\U0001F469\U0001F3FD\u200D\U0001F4BB"},
      {"a joiner after an emoji before a letter", "\U0001F468\u200Dx", "\U0001F468<U+200D>x"},
      {"a joiner before an emoji after a letter", "x\u200D\U0001F468", "x<U+200D>\U0001F468"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(sanitize(c.text) == c.expected);
  }
  CHECK(sanitize(std::string("a\0b\x07\x08\x7f", 6)) == "a^@b^G^H^?");
  CHECK(sanitize("x\ty", {4, false}) == "x   y");
  CHECK(sanitize("x\ty", {0, false}) == "x y");
}

TEST_CASE("Made-visible controls are shown in reverse video when colour is on", "[term]") {
  CHECK(sanitize("a\x1b" "b", {8, true}) == "a\x1b[7m^[\x1b[0mb");
}
