#include <catch2/catch.hpp>

#include <string>

#include "deck/source_text.hpp"

using namespace genai_quiz;

namespace {

// Line and column of `offset` counted one byte at a time, as the reference.
SourcePos slow_pos(std::string_view text, std::size_t offset) {
  SourcePos at{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      at = {at.line + 1, 1};
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

}  // namespace

TEST_CASE("Positions count characters across word and checkpoint boundaries", "[deck]") {
  // Multi-byte characters straddle every 8-byte word boundary and the 1 KiB checkpoints.
  std::string text;
  for (int i = 0; text.size() < 3000; ++i) {
    text += i % 3 == 0 ? "é" : i % 5 == 0 ? "注意" : "ab";
    if (i % 97 == 0) text += '\n';
    if (i % 400 == 0) text += "😀";
  }
  const LineIndex lines(text);
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    INFO("offset " << offset);
    const SourcePos want = slow_pos(text, offset);
    const SourcePos got = lines.pos(offset);
    REQUIRE(got.line == want.line);
    REQUIRE(got.column == want.column);
  }
}

TEST_CASE("A forbidden byte is found at every offset within an 8-byte word", "[deck]") {
  struct Case {
    std::string bad;
    std::string message;
  } cases[] = {
      {"\x01", "character U+0001 is not allowed in YAML"},
      {"\x7F", "character U+007F is not allowed in YAML"},
      {"\xFF", "invalid UTF-8 byte 0xFF; save the file as UTF-8"},
      {"\r", "carriage return without a line feed; use LF or CRLF line ends"},
  };
  for (const Case& c : cases) {
    for (std::size_t at = 0; at < 24; ++at) {
      const std::string text = std::string(at, 'x') + c.bad + std::string(20, 'y') + "\r\n" + std::string(9, 'z');
      INFO("byte " << static_cast<int>(static_cast<unsigned char>(c.bad[0])) << " at " << at);
      const std::vector<TextProblem> problems = check_characters(text);
      REQUIRE(problems.size() == 1);
      CHECK(problems[0].offset == at);
      CHECK(problems[0].message == c.message);
    }
  }
  CHECK(check_characters(std::string(64, 'a') + "\t~ \n" + std::string(64, '~') + "é").empty());
}
