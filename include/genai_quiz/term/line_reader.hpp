#pragma once
// Reading answers line by line when input is not a terminal (scripts, tests, pipes).

#include <istream>
#include <optional>
#include <string>

namespace genai_quiz {

/// Reads lines from a stream for the line-by-line session protocol.
class LineReader {
 public:
  /// Reads from `in`, which must outlive the reader.
  explicit LineReader(std::istream& in) : in_(in) {}

  /// The next line without its terminator (LF or CR LF) and without blanks at either end, or
  /// std::nullopt at the end of the input. A last line without a terminator still counts.
  std::optional<std::string> read_line();

  /// The 1-based number of the line read last (0 before the first).
  int line_number() const { return line_number_; }

 private:
  std::istream& in_;
  int line_number_ = 0;
};

}  // namespace genai_quiz
