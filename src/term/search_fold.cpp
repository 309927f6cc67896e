#include "genai_quiz/term/search_fold.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace genai_quiz {
namespace {

bool is_word_character(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// One character at a time, so that a malformed byte costs only itself (utf8proc_map refuses a
// whole text with one bad byte).
std::string fold_character(utf8proc_int32_t cp) {
  utf8proc_uint8_t encoded[4];
  const utf8proc_ssize_t length = utf8proc_encode_char(cp, encoded);
  utf8proc_uint8_t* mapped = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                                      UTF8PROC_DECOMPOSE);
  if (utf8proc_map(encoded, length, &mapped, options) < 0) return " ";
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  std::string out;
  const auto* p = reinterpret_cast<const char*>(mapped);
  const std::string_view folded(p);
  for (std::size_t i = 0; i < folded.size();) {
    utf8proc_int32_t c = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(folded.data() + i),
                              static_cast<utf8proc_ssize_t>(folded.size() - i), &c);
    if (n <= 0) break;
    if (is_word_character(c)) {
      out.append(folded.substr(i, static_cast<std::size_t>(n)));
    } else {
      out += ' ';
    }
    i += static_cast<std::size_t>(n);
  }
  return out;  // empty for a mark on its own (a decomposed accent), which is stripped
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII, the common case, without a call into utf8proc
      const char c = static_cast<char>(byte);
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
      else out += ' ';
      ++i;
      continue;
    }
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      out += ' ';
      ++i;
      continue;
    }
    out += fold_character(cp);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace genai_quiz
