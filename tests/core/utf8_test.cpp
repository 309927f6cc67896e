#include <catch2/catch.hpp>

#include "genai_quiz/core/utf8.hpp"

using namespace genai_quiz;

TEST_CASE("UTF-8 decoding accepts valid sequences and rejects malformed ones", "[core]") {
  struct Case {
    const char* bytes;
    char32_t code_point;
    std::size_t length;
  } cases[] = {
      {"A", U'A', 1},
      {"\xC3\xA9", U'é', 2},
      {"\xE4\xB8\xAD", U'中', 3},
      {"\xF0\x9F\x9A\x80", U'🚀', 4},
      {"\xEF\xBF\xBD", U'\uFFFD', 3},             // a real replacement character
      {"\xC0\xAF", utf8::kInvalid, 1},          // overlong '/'
      {"\xED\xA0\x80", utf8::kInvalid, 1},      // a surrogate
      {"\xF4\x90\x80\x80", utf8::kInvalid, 1},  // above U+10FFFF
      {"\xE4\xB8", utf8::kInvalid, 1},          // truncated
      {"\x80", utf8::kInvalid, 1},              // a lone continuation byte
      {"\xFF", utf8::kInvalid, 1},
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    const utf8::Char ch = utf8::decode_checked(c.bytes, 0);
    CHECK(ch.code_point == c.code_point);
    CHECK(ch.length == c.length);
  }
  CHECK(utf8::count_code_points("Été 中 🚀") == 7);
  CHECK(utf8::count_code_points("a\xFF" "b") == 3);
}

TEST_CASE("The first invalid UTF-8 byte is found with its line and column", "[core]") {
  struct Case {
    std::string_view text;
    bool invalid;
    std::size_t offset;
    unsigned byte;
    int line, column;
  };
  static const Case kCases[] = {
      {"", false, 0, 0, 0, 0},
      {"plain ascii\nlines\n", false, 0, 0, 0, 0},
      {"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", false, 0, 0, 0, 0},
      {"\xEF\xBF\xBD is a real U+FFFD", false, 0, 0, 0, 0},
      {"\xFF", true, 0, 0xFF, 1, 1},
      {"a: \"\xFF\"", true, 4, 0xFF, 1, 5},
      {"x\ny\n\xC3\xA9z\x80", true, 7, 0x80, 3, 3},    // a stray continuation byte
      {"ab\xC3", true, 2, 0xC3, 1, 3},                // cut short at the end
      {"\xC0\xAF", true, 0, 0xC0, 1, 1},              // overlong '/'
      {"\xED\xA0\x80", true, 0, 0xED, 1, 1},          // a surrogate
      {"\xF4\x90\x80\x80", true, 0, 0xF4, 1, 1},      // above U+10FFFF
      {"\xE2\x82z", true, 0, 0xE2, 1, 1},             // a continuation byte missing
      {"{\"s\": \"\xFE\"}\n", true, 7, 0xFE, 1, 8},
  };
  for (const Case& c : kCases) {
    CAPTURE(c.text);
    std::optional<utf8::InvalidByte> found = utf8::first_invalid(c.text);
    REQUIRE(found.has_value() == c.invalid);
    if (!found) continue;
    CHECK(found->offset == c.offset);
    CHECK(unsigned(found->byte) == c.byte);
    CHECK(found->line == c.line);
    CHECK(found->column == c.column);
  }
  CHECK(utf8::invalid_byte_message({0, 0x0F, 1, 1}) == "invalid UTF-8 byte 0x0F; save the file as UTF-8");
}
