#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz::utf8 {

char32_t decode(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int extra = (b0 & 0xE0) == 0xC0 ? 1 : (b0 & 0xF0) == 0xE0 ? 2 : (b0 & 0xF8) == 0xF0 ? 3 : 0;
  if (extra == 0 || i + extra >= s.size()) {
    ++i;
    return kReplacement;
  }
  char32_t c = b0 & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
  if (c < kMin[extra] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += extra + 1;
  return c;
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

Char decode_checked(std::string_view s, std::size_t i) {
  std::size_t next = i;
  const char32_t c = decode(s, next);
  if (c == kReplacement && s.substr(i, 3) != "\xEF\xBF\xBD") return {};
  return {c, next - i};
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
    } else {
      decode(s, i);
    }
  }
  return n;
}

std::optional<InvalidByte> first_invalid(std::string_view s) {
  InvalidByte at;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b == '\n') {
        at.line += 1;
        at.column = 1;
      } else {
        at.column += 1;
      }
      ++i;
      continue;
    }
    const Char c = decode_checked(s, i);
    if (c.code_point == kInvalid) {
      at.offset = i;
      at.byte = b;
      return at;
    }
    at.column += 1;
    i += c.length;
  }
  return std::nullopt;
}

std::string invalid_byte_message(const InvalidByte& b) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string text = "invalid UTF-8 byte 0x";
  text += kHex[b.byte >> 4];
  text += kHex[b.byte & 0xF];
  return text + "; save the file as UTF-8";
}

}  // namespace genai_quiz::utf8
