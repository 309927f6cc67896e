#include "deck/source_text.hpp"

#include <algorithm>
#include <cstdio>

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

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
  std::uint32_t characters = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {  // up to the end: pos(size) is valid
    if ((i & ((1u << kCheckpointBits) - 1)) == 0) checkpoints_.push_back(characters);
    if (i < text.size()) characters += starts_character(text[i]) ? 1 : 0;
  }
}

std::size_t LineIndex::characters_before(std::size_t offset) const {
  const std::size_t chunk = offset >> kCheckpointBits;
  std::size_t n = checkpoints_[chunk];
  for (std::size_t i = chunk << kCheckpointBits; i < offset; ++i) n += starts_character(text_[i]) ? 1 : 0;
  return n;
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
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(byte));
      message = std::string("not valid UTF-8 (byte ") + buffer + "); save the file as UTF-8";
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
