#include "genai_quiz/convert/math_mask.hpp"

#include "genai_quiz/core/ascii.hpp"

namespace genai_quiz {
namespace {

// Overwrites text[from, to) except line breaks, each line's leading spaces and '>' markers,
// and (when asked) table pipes.
void overwrite(std::string& text, std::size_t from, std::size_t to, bool keep_pipes, char fill) {
  bool line_start = false;
  for (std::size_t k = from; k < to; ++k) {
    char c = text[k];
    if (c == '\n') {
      line_start = true;
      continue;
    }
    if (line_start && (c == ' ' || c == '\t' || c == '>')) continue;
    line_start = false;
    if (keep_pipes && c == '|') continue;
    text[k] = fill;
  }
}

// The end of the backtick run starting at `i`.
std::size_t run_end(const std::string& text, std::size_t i, std::size_t end, char c) {
  while (i < end && text[i] == c) ++i;
  return i;
}

// Where the code span opened by the run text[i, j) closes (one past its closing run), or npos.
std::size_t code_span_close(const std::string& text, std::size_t i, std::size_t j, std::size_t end) {
  std::size_t n = j - i;
  for (std::size_t k = j; k < end;) {
    if (text[k] != '`') {
      ++k;
      continue;
    }
    std::size_t e = run_end(text, k, end, '`');
    if (e - k == n) return e;
    k = e;
  }
  return std::string::npos;
}

// True when a blank line starts at `k` (just after a '\n').
bool blank_line_at(const std::string& text, std::size_t k, std::size_t end) {
  while (k < end && (text[k] == ' ' || text[k] == '\t')) ++k;
  return k >= end || text[k] == '\n';
}

// The position of the "$$" closing a display span whose content starts at `from`, or npos.
std::size_t display_close(const std::string& text, std::size_t from, std::size_t end) {
  for (std::size_t k = from; k + 1 < end; ++k) {
    if (text[k] == '\\') {
      ++k;
    } else if (text[k] == '\n' && blank_line_at(text, k + 1, end)) {
      return std::string::npos;
    } else if (text[k] == '$' && text[k + 1] == '$') {
      return k;
    }
  }
  return std::string::npos;
}

// The position of the '$' closing an inline span whose content starts at `from`, or npos.
std::size_t inline_close(const std::string& text, std::size_t from, std::size_t end) {
  for (std::size_t k = from; k < end && text[k] != '\n'; ++k) {
    if (text[k] == '\\') {
      ++k;
    } else if (text[k] == '$' && !is_space_ascii(text[k - 1]) && !(k + 1 < end && is_digit_ascii(text[k + 1]))) {
      return k;
    }
  }
  return std::string::npos;
}

}  // namespace

void mask_math(std::string& text, std::size_t begin, std::size_t end, bool keep_pipes, char fill) {
  if (end > text.size()) end = text.size();
  std::size_t i = begin;
  while (i < end) {
    char c = text[i];
    if (c == '\\') {
      i += 2;
    } else if (c == '`') {
      std::size_t j = run_end(text, i, end, '`');
      std::size_t close = code_span_close(text, i, j, end);
      i = close == std::string::npos ? j : close;
    } else if (c == '$' && i + 1 < end && text[i + 1] == '$') {
      std::size_t close = display_close(text, i + 2, end);
      if (close == std::string::npos) {
        i += 2;
      } else {
        overwrite(text, i + 2, close, keep_pipes, fill);
        i = close + 2;
      }
    } else if (c == '$' && i + 1 < end && !is_space_ascii(text[i + 1])) {
      std::size_t close = inline_close(text, i + 1, end);
      if (close == std::string::npos) {
        ++i;
      } else {
        overwrite(text, i + 1, close, keep_pipes, fill);
        i = close + 1;
      }
    } else {
      ++i;
    }
  }
}

}  // namespace genai_quiz
