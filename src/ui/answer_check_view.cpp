#include "ui/answer_check_view.hpp"

#include <algorithm>

#include "genai_quiz/core/choice_letters.hpp"
#include "genai_quiz/term/markdown.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/term/wrap.hpp"

namespace genai_quiz {
namespace {

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

std::vector<std::string> choice_lines(const std::vector<std::string>& choices, const std::vector<int>& correct,
                                      std::optional<int> chosen, bool revealed, int width, const Capabilities& caps) {
  std::vector<std::string> out;
  const RenderOptions options = render_options_for(caps, std::max(10, width - 5));
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const int index = static_cast<int>(i);
    std::string mark = "  ";
    Role role = Role::kAccent;
    if (revealed && contains(correct, index)) {
      mark = paint(caps.unicode ? "✓" : "+", Role::kSuccess, caps.color) + " ";
      role = Role::kSuccess;
    } else if (revealed && chosen == index) {
      mark = paint(caps.unicode ? "✗" : "x", Role::kError, caps.color) + " ";
      role = Role::kError;
    }
    std::vector<std::string> text = render_markdown_lines(choices[i], options);
    if (text.empty()) text.emplace_back();
    const std::string letter = paint(std::string(1, static_cast<char>('a' + index)) + ")", role, caps.color);
    for (std::size_t k = 0; k < text.size(); ++k) out.push_back((k == 0 ? mark + letter + " " : "     ") + text[k]);
  }
  return out;
}

std::vector<std::string> choice_verdict(const std::vector<int>& correct, std::optional<int> chosen, int width,
                                        const Capabilities& caps) {
  const std::string right = "the right answer is " + choice_letters(correct);
  if (!chosen) return wrap_text("No pick; " + right + ".", std::max(10, width), Role::kAccent, caps.color);
  const std::string picked = "You picked " + std::string(1, static_cast<char>('a' + *chosen));
  if (contains(correct, *chosen)) return wrap_text(picked + ": right.", std::max(10, width), Role::kSuccess, caps.color);
  return wrap_text(picked + ": wrong; " + right + ".", std::max(10, width), Role::kError, caps.color);
}

std::vector<std::string> typed_answer_lines(const std::string& text, int width, const Capabilities& caps) {
  if (text.empty()) return {"  " + paint("(nothing typed)", Role::kMuted, caps.color)};
  std::vector<std::string> out;
  for (const std::string& line : wrap_text(sanitize(text), std::max(10, width - 2))) out.push_back("  " + line);
  return out;
}

std::vector<std::string> coverage_lines(const std::vector<KeyPoint>& points, const Coverage& coverage,
                                        const std::string& text, const Capabilities& caps, int width) {
  const int covered = coverage.covered();
  const int total = coverage.total();
  const int percent = total == 0 ? 0 : (200 * covered + total) / (2 * total);
  std::vector<std::string> out = {paint("Key points:", Role::kAccent, caps.color) + " " + std::to_string(covered) +
                                  " of " + std::to_string(total) + " covered (" + std::to_string(percent) + "%)"};
  for (std::size_t i = 0; i < points.size() && i < coverage.points.size(); ++i) {
    const PointMatch& m = coverage.points[i];
    const std::string label = sanitize(key_point_label(points[i]));
    const std::string mark = m.covered ? paint(caps.unicode ? "✓" : "+", Role::kSuccess, caps.color)
                                       : paint(caps.unicode ? "✗" : "-", Role::kError, caps.color);
    std::string said;
    if (m.covered) {
      said = sanitize(text.substr(m.begin, m.end - m.begin));
      std::replace(said.begin(), said.end(), '\n', ' ');
      said = (caps.unicode ? "“" : "\"") + said + (caps.unicode ? "”" : "\"");
    }
    const std::string plain = m.covered ? label + ": " + said : label;
    if (width <= 0 || display_width(plain) + 4 <= width) {
      out.push_back("  " + mark + " " + (m.covered ? label + ": " + paint(said, Role::kMuted, caps.color) : label));
      continue;
    }
    // Too long for the line: wrapped under its text, the quote unpainted.
    bool first = true;
    for (const std::string& line : wrap_text(plain, std::max(10, width - 4))) {
      out.push_back((first ? "  " + mark + " " : std::string(4, ' ')) + line);
      first = false;
    }
  }
  return out;
}

std::string painted_rating(Rating rating, const std::string& text, const Capabilities& caps) {
  static constexpr Role kRoles[] = {Role::kAgain, Role::kHard, Role::kGood, Role::kEasy};
  return paint(text, kRoles[static_cast<int>(rating) - 1], caps.color);
}

}  // namespace genai_quiz
