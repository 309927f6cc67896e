#include "genai_quiz/core/diagnostic.hpp"

#include <algorithm>

namespace genai_quiz {

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
