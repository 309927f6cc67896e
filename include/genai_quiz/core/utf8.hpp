#pragma once
// UTF-8 decoding and encoding for the core (which may not use third-party libraries). Decoding is
// strict: overlong forms, surrogates and code points above U+10FFFF are malformed.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace genai_quiz::utf8 {

/// The replacement character, returned by decode for malformed input.
inline constexpr char32_t kReplacement = 0xFFFD;

/// Decodes the code point starting at `s[i]` and advances `i` past it; a malformed byte
/// decodes as U+FFFD and advances by one.
char32_t decode(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `c` to `out`.
void append(std::string& out, char32_t c);

/// The value decode_checked gives for a byte that does not start a valid UTF-8 sequence.
inline constexpr char32_t kInvalid = 0xFFFFFFFF;

/// One decoded character: its code point (kInvalid when malformed) and how many bytes it took.
struct Char {
  char32_t code_point = kInvalid;
  std::size_t length = 1;
};

/// Decodes the character that starts at byte `i` of `s` (`i` < s.size()) without advancing,
/// telling a malformed byte (kInvalid, length 1) apart from a real U+FFFD.
Char decode_checked(std::string_view s, std::size_t i);

/// True for the apostrophes people type: ' (U+0027), ’ (U+2019) and ʼ (U+02BC).
constexpr bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }

/// The number of characters in `s`, counting each malformed byte as one.
std::size_t count_code_points(std::string_view s);

/// The first byte of a text that does not belong to a valid UTF-8 sequence, and where it is.
struct InvalidByte {
  std::size_t offset = 0;  ///< its byte offset
  unsigned char byte = 0;  ///< its value
  int line = 1;            ///< 1-based line
  int column = 1;          ///< 1-based column, counted in characters
};

/// The first malformed byte of `s` (strict, as decode_checked), or nothing when `s` is UTF-8.
std::optional<InvalidByte> first_invalid(std::string_view s);

/// "invalid UTF-8 byte 0xFF; save the file as UTF-8": the one wording every reader uses.
std::string invalid_byte_message(const InvalidByte& b);

}  // namespace genai_quiz::utf8
