#include "genai_quiz/term/sanitize.hpp"

#include <fmt/format.h>

#include "genai_quiz/term/style.hpp"
#include "term/graphemes.hpp"
#include "term/sanitize_runs.hpp"

namespace genai_quiz {
namespace {

bool is_bidi_control(int c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

class RunBuilder {
 public:
  RunBuilder(int tab_width, int column) : tab_width_(tab_width), column_(column) {}

  void text(std::string_view s, int width) {
    if (runs_.empty() || runs_.back().control) runs_.push_back({});
    runs_.back().text.append(s);
    column_ = s == "\n" ? 0 : column_ + width;  // "\n" always arrives alone
  }

  void control(std::string s) {
    column_ += static_cast<int>(s.size());
    runs_.push_back({std::move(s), true});
  }

  void tab() {
    int n = tab_width_ <= 0 ? 1 : tab_width_ - column_ % tab_width_;
    text(std::string(static_cast<std::size_t>(n), ' '), n);
  }

  std::vector<SanitizedRun> take() { return std::move(runs_); }

 private:
  int tab_width_;
  int column_;
  std::vector<SanitizedRun> runs_;
};

}  // namespace

std::vector<SanitizedRun> sanitize_runs(std::string_view text, int tab_width, int column) {
  RunBuilder out(tab_width, column);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    std::size_t plain = i;  // a run of printable ASCII goes in at once
    while (plain < text.size() && text[plain] >= 0x20 && text[plain] < 0x7F) ++plain;
    if (plain > i) {
      out.text(text.substr(i, plain - i), static_cast<int>(plain - i));
      i = plain;
      continue;
    }
    int c = graphemes::decode(text, i);
    if (c == '\n' || c == 0x2028 || c == 0x2029) {
      out.text("\n", 0);
    } else if (c == '\r') {
      if (i < text.size() && text[i] == '\n') continue;  // CR LF is one line break
      out.control("^M");
    } else if (c == '\t') {
      out.tab();
    } else if (c < 0) {
      out.text("\uFFFD", 1);
    } else if (c < 0x20 || c == 0x7F) {
      out.control(fmt::format("^{}", static_cast<char>(c ^ 0x40)));
    } else if ((c >= 0x80 && c <= 0x9F) || is_bidi_control(c)) {
      out.control(fmt::format("<U+{:04X}>", c));
    } else {
      std::string_view s = text.substr(start, i - start);
      out.text(s, graphemes::codepoint_width(c));
    }
  }
  return out.take();
}

std::string sanitize(std::string_view text, const SanitizeOptions& options) {
  std::string out;
  for (const SanitizedRun& run : sanitize_runs(text, options.tab_width)) {
    out += run.control ? paint(run.text, Role::kControl, options.color) : run.text;
  }
  return out;
}

}  // namespace genai_quiz
