#include "genai_quiz/ui/output_text.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <string_view>

#include "genai_quiz/core/utf8.hpp"
#include "genai_quiz/term/terminal.hpp"
#include "genai_quiz/term/wrap.hpp"

namespace genai_quiz {

std::string plural(int n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

std::string question_preview(std::string_view markdown, std::size_t limit) {
  std::string line;
  for (std::size_t start = 0; start < markdown.size() && line.empty();) {
    std::size_t end = std::min(markdown.find('\n', start), markdown.size());
    for (char c : markdown.substr(start, end - start)) {
      const bool space = c == ' ' || c == '\t' || c == '\r';
      if (space && (line.empty() || line.back() == ' ')) continue;
      line += space ? ' ' : c;
    }
    start = end + 1;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (utf8::count_code_points(line) <= limit) return line;
  std::size_t cut = 0;
  for (std::size_t n = 0; n + 1 < limit; ++n) cut += utf8::decode_checked(line, cut).length;
  return line.substr(0, cut) + "…";
}

std::string fit_terminal(std::string_view text) {
  if (!is_terminal(1)) return std::string(text);
  const int width = terminal_width();
  std::string out;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::vector<std::string> lines = wrap_text(text.substr(start, end - start), width);
    for (const std::string& line : lines) out += line + "\n";
    if (lines.empty()) out += "\n";
    if (end == text.size()) out.pop_back();  // no newline at the end stays so
    start = end + 1;
  }
  return out;
}

std::string running_sessions_note(const std::vector<RunningSession>& others) {
  if (others.empty()) return "";
  std::string which;
  for (const RunningSession& s : others) {
    if (!which.empty()) which += ", ";
    which += (s.command.empty() ? std::string("process ") : s.command + ", process ") + std::to_string(s.pid);
  }
  return std::string(others.size() == 1 ? "another session is running (" : "other sessions are running (") + which +
         "): answers from both are saved, and a card answered there is left out here";
}

int report_width() { return std::max(terminal_width(), 40); }

ReportStyle report_style(std::string_view color_option) {
  return {detect_capabilities(color_option), report_width()};
}

}  // namespace genai_quiz
