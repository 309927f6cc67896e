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
      {"\xC0\xAF", kInvalidCodePoint, 1},          // overlong '/'
      {"\xED\xA0\x80", kInvalidCodePoint, 1},      // a surrogate
      {"\xF4\x90\x80\x80", kInvalidCodePoint, 1},  // above U+10FFFF
      {"\xE4\xB8", kInvalidCodePoint, 1},          // truncated
      {"\x80", kInvalidCodePoint, 1},              // a lone continuation byte
      {"\xFF", kInvalidCodePoint, 1},
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    const Utf8Char ch = decode_utf8(c.bytes, 0);
    CHECK(ch.code_point == c.code_point);
    CHECK(ch.length == c.length);
  }
  CHECK(count_code_points("Été 中 🚀") == 7);
  CHECK(count_code_points("a\xFF" "b") == 3);
}
