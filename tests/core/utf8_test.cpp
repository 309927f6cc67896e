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
