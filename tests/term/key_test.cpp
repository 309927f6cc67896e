#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "genai_quiz/term/key.hpp"
#include "genai_quiz/term/line_reader.hpp"

using namespace genai_quiz;

namespace {

// Decodes `bytes` fed at once, then flushed; the key names joined with spaces.
std::string decode_all(const std::string& bytes) {
  KeyDecoder decoder;
  decoder.feed(bytes);
  std::string out;
  auto add = [&](const Key& k) {
    if (!out.empty()) out += ' ';
    out += key_name(k);
  };
  while (auto key = decoder.next()) add(*key);
  while (auto key = decoder.flush()) add(*key);
  return out;
}

}  // namespace

TEST_CASE("Terminal bytes decode into keys", "[term]") {
  struct Case {
    const char* bytes;
    const char* keys;
  } cases[] = {
      {"q", "q"},
      {" ", "Space"},
      {"\r", "Enter"},
      {"\n", "Enter"},
      {"\x7f", "Backspace"},
      {"\x08", "Backspace"},
      {"\t", "Tab"},
      {"\x03", "Ctrl-C"},
      {"\x04", "Ctrl-D"},
      {"\x0c", "Ctrl-L"},
      {"\x1a", "Ctrl-Z"},
      {"\x01", "Ctrl-A"},
      {"\x1b[A\x1b[B\x1b[C\x1b[D", "Up Down Right Left"},
      {"\x1bOA\x1bOD", "Up Left"},
      {"\x1b[1;5A", "Up"},
      {"\x1b[H\x1b[F\x1b[1~\x1b[4~", "Home End Home End"},
      {"\x1b[5~\x1b[6~\x1b[3~\x1b[2~", "PageUp PageDown Delete Insert"},
      {"\x1b[15~", "Unknown"},
      {"\x1b[200~a\rb\x1b[201~", "PasteStart a Enter b PasteEnd"},  // a bracketed paste
      {"\x1b[<0;3;4M", "Unknown"},
      {"\x1b", "Escape"},
      {"\x1bq", "Escape q"},
      {"\x1b[", "Unknown"},
      {"é中👶", "é 中 👶"},
      {"\xff", "Unknown"},
      {"1 2", "1 Space 2"},
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    CHECK(decode_all(c.bytes) == c.keys);
  }
}

TEST_CASE("A key split across reads waits for its remaining bytes", "[term]") {
  KeyDecoder decoder;
  decoder.feed("\x1b");
  CHECK_FALSE(decoder.next().has_value());
  CHECK(decoder.pending());
  decoder.feed("[");
  CHECK_FALSE(decoder.next().has_value());
  decoder.feed("A");
  CHECK(decoder.next() == Key{KeyCode::kUp});
  CHECK_FALSE(decoder.pending());

  decoder.feed("\xe4\xb8");  // the first two bytes of 中
  CHECK_FALSE(decoder.next().has_value());
  decoder.feed("\xad");
  CHECK(decoder.next() == Key::character(U'中'));
}

TEST_CASE("Character keys compare by character", "[term]") {
  CHECK(Key::character(U' ').code == KeyCode::kSpace);
  CHECK(Key::character(U' ').is(U' '));
  CHECK(Key::character(U'3').is(U'3'));
  CHECK_FALSE(Key{KeyCode::kEnter}.is(U'\r'));
}

TEST_CASE("The line reader trims blanks and line terminators", "[term]") {
  std::istringstream in("  3  \r\n\nagain\n   \nlast");
  LineReader reader(in);
  CHECK(reader.read_line() == "3");
  CHECK(reader.read_line() == "");
  CHECK(reader.read_line() == "again");
  CHECK(reader.read_line() == "");
  CHECK(reader.read_line() == "last");
  CHECK(reader.line_number() == 5);
  CHECK_FALSE(reader.read_line().has_value());
}
