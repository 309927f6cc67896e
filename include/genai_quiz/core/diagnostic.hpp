#pragma once
// Problems found in a user's files, collected rather than thrown so that one run reports all.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace genai_quiz {

/// A 1-based line and column in a source file; 0 means "unknown".
struct SourcePos {
  int line = 0;
  int column = 0;

  bool operator==(const SourcePos&) const = default;
};

/// The position of byte `offset` in `text` (the end of `text` when past it): lines counted by
/// '\n', columns in characters (UTF-8 continuation bytes do not count).
SourcePos source_position(std::string_view text, std::size_t offset);

enum class Severity { kWarning, kError };

/// One problem in one file, printed as `file:line:col: error|warning: message`.
struct Diagnostic {
  std::string file;
  SourcePos pos;
  Severity severity = Severity::kError;
  std::string message;

  bool operator==(const Diagnostic&) const = default;
};

/// Formats `d` as `file:line:col: error: message` (the position is left out when unknown).
std::string format_diagnostic(const Diagnostic& d);

/// True when any diagnostic in `ds` is an error.
bool has_errors(const std::vector<Diagnostic>& ds);

/// Counts the diagnostics of one severity.
int count_severity(const std::vector<Diagnostic>& ds, Severity severity);

}  // namespace genai_quiz
