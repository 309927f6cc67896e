#include "genai_quiz/core/diagnostic.hpp"

#include <algorithm>

namespace genai_quiz {

SourcePos source_position(std::string_view text, std::size_t offset) {
  SourcePos pos{1, 1};
  for (std::size_t i = 0; i < std::min(offset, text.size()); ++i) {
    if (text[i] == '\n') {
      pos.line += 1;
      pos.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      pos.column += 1;
    }
  }
  return pos;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.pos.line > 0) {
    out += ':' + std::to_string(d.pos.line);
    if (d.pos.column > 0) out += ':' + std::to_string(d.pos.column);
  }
  out += d.severity == Severity::kError ? ": error: " : ": warning: ";
  out += d.message;
  return out;
}

bool has_errors(const std::vector<Diagnostic>& ds) {
  return count_severity(ds, Severity::kError) > 0;
}

int count_severity(const std::vector<Diagnostic>& ds, Severity severity) {
  return static_cast<int>(std::count_if(ds.begin(), ds.end(),
                                        [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace genai_quiz
