#include "deck/source_text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz {
namespace {

bool allowed_in_yaml(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0x7F && c <= 0x9F) return c == 0x85;
  return c != 0xFFFE && c != 0xFFFF;
}

std::string code_point_name(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

constexpr std::size_t kCheckpointBits = 10;  // a checkpoint every 1 KiB

bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Eight bytes at a time: a mask with one bit per byte (its lowest) and helpers over it.
constexpr std::uint64_t kOnes = 0x0101010101010101u;
constexpr std::uint64_t kHighs = 0x8080808080808080u;

std::uint64_t load_word(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// The number of bytes of `w` that start a character (are not 10xxxxxx).
unsigned count_starts(std::uint64_t w) {
  const std::uint64_t continuation = w & ~(w << 1) & kHighs;  // bit 7 set, bit 6 clear
  return 8 - static_cast<unsigned>((((continuation >> 7) * kOnes) >> 56));
}

// The characters in `s` (its bytes that start one).
std::uint32_t count_starts(std::string_view s) {
  std::uint32_t n = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) n += count_starts(load_word(s.data() + i));
  for (; i < s.size(); ++i) n += starts_character(s[i]) ? 1 : 0;
  return n;
}

// True when every byte of `w` is printable ASCII (0x20 to 0x7E), the bytes check_characters
// passes over without decoding.
bool all_printable_ascii(std::uint64_t w) {
  const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  const std::uint64_t above_tilde = ((w + kOnes * (127 - 0x7E)) | w) & kHighs;
  return (below_space | above_tilde) == 0;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
  constexpr std::size_t kChunk = std::size_t{1} << kCheckpointBits;
  std::uint32_t characters = 0;
  for (std::size_t chunk = 0; chunk <= text.size(); chunk += kChunk) {  // pos(size) is valid too
    checkpoints_.push_back(characters);
    characters += count_starts(text.substr(chunk, kChunk));
  }
}

std::size_t LineIndex::characters_before(std::size_t offset) const {
  const std::size_t chunk = offset >> kCheckpointBits;
  const std::size_t start = chunk << kCheckpointBits;
  return checkpoints_[chunk] + count_starts(text_.substr(start, offset - start));
}

SourcePos LineIndex::pos(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(after - line_starts_.begin());
  const std::size_t column = characters_before(offset) - characters_before(line_starts_[line - 1]) + 1;
  return {static_cast<int>(line), static_cast<int>(column)};
}

std::vector<TextProblem> check_characters(std::string_view text, std::size_t limit) {
  std::vector<TextProblem> problems;
  std::size_t problem_line_start = std::string_view::npos;  // one problem per line
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (i + 8 <= text.size() && all_printable_ascii(load_word(text.data() + i))) {
      i += 8;
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      line_start = ++i;
      continue;
    }
    if (byte >= 0x20 && byte < 0x7F) {  // the common case, kept fast
      ++i;
      continue;
    }
    const utf8::Char ch = utf8::decode_checked(text, i);
    std::string message;
    if (ch.code_point == utf8::kInvalid) {
      message = utf8::invalid_byte_message({i, byte, 0, 0});
    } else if (ch.code_point == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) {
      message = "carriage return without a line feed; use LF or CRLF line ends";
    } else if (!allowed_in_yaml(ch.code_point)) {
      message = "character " + code_point_name(ch.code_point) + " is not allowed in YAML";
    }
    if (!message.empty() && problem_line_start != line_start) {
      problem_line_start = line_start;
      if (problems.size() == limit) {
        problems.push_back({i, "more encoding problems follow; fix these first"});
        return problems;
      }
      problems.push_back({i, std::move(message)});
    }
    i += ch.length;
  }
  return problems;
}

std::vector<std::size_t> tab_indented_lines(std::string_view text) {
  std::vector<std::size_t> found;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const std::size_t content = line.find_first_not_of(" \t");
    const std::size_t indent = content == std::string_view::npos ? line.size() : content;
    const std::size_t tab = line.substr(0, indent).find('\t');
    const bool blank = content == std::string_view::npos || line[content] == '\r';
    if (tab != std::string_view::npos && !blank) found.push_back(start + tab);
    start = end + 1;
  }
  return found;
}

}  // namespace genai_quiz
