#include "ui/answer_check_view.hpp"

#include <algorithm>

#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/wrap.hpp"

namespace genai_quiz {

std::vector<std::string> typed_answer_lines(const std::string& text, int width, const Capabilities& caps) {
  if (text.empty()) return {"  " + paint("(nothing typed)", Role::kMuted, caps.color)};
  std::vector<std::string> out;
  for (const std::string& line : wrap_text(sanitize(text), std::max(10, width - 2))) out.push_back("  " + line);
  return out;
}

std::vector<std::string> coverage_lines(const std::vector<KeyPoint>& points, const Coverage& coverage,
                                        const std::string& text, const Capabilities& caps) {
  const int covered = coverage.covered();
  const int total = coverage.total();
  const int percent = total == 0 ? 0 : (200 * covered + total) / (2 * total);
  std::vector<std::string> out = {paint("Key points:", Role::kAccent, caps.color) + " " + std::to_string(covered) +
                                  " of " + std::to_string(total) + " covered (" + std::to_string(percent) + "%)"};
  for (std::size_t i = 0; i < points.size() && i < coverage.points.size(); ++i) {
    const PointMatch& m = coverage.points[i];
    const std::string label = sanitize(key_point_label(points[i]));
    if (!m.covered) {
      out.push_back("  " + paint(caps.unicode ? "✗" : "-", Role::kError, caps.color) + " " + label);
      continue;
    }
    std::string said = sanitize(text.substr(m.begin, m.end - m.begin));
    std::replace(said.begin(), said.end(), '\n', ' ');
    out.push_back("  " + paint(caps.unicode ? "✓" : "+", Role::kSuccess, caps.color) + " " + label + ": " +
                  paint((caps.unicode ? "“" : "\"") + said + (caps.unicode ? "”" : "\""), Role::kMuted, caps.color));
  }
  return out;
}

std::string painted_rating(Rating rating, const std::string& text, const Capabilities& caps) {
  static constexpr Role kRoles[] = {Role::kAgain, Role::kHard, Role::kGood, Role::kEasy};
  return paint(text, kRoles[static_cast<int>(rating) - 1], caps.color);
}

}  // namespace genai_quiz
