#include "genai_quiz/convert/layout.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace genai_quiz {
namespace {

struct LayoutInfo {
  Layout layout;
  std::string_view name;
  std::string_view summary;
};

constexpr std::array<LayoutInfo, 6> kLayouts = {{
    {Layout::kAuto, "auto", "detect the layout (the default)"},
    {Layout::kNumbered, "numbered",
     "numbered questions, each followed by an '- Answer:' bullet holding the answer"},
    {Layout::kHeadings, "headings", "questions as headings ('### Q1. ...'), answers below them"},
    {Layout::kBold, "bold", "whole-line bold questions followed by answer paragraphs"},
    {Layout::kDetails, "details", "answers inside <details><summary>...</summary> blocks"},
    {Layout::kQaPairs, "qa", "'**Q:** ...' paragraphs followed by '**A:** ...' answers"},
}};

// Ties in auto-detection go to the layout whose questions are the most specific.
constexpr std::array<Layout, 5> kPreference = {Layout::kDetails, Layout::kQaPairs, Layout::kNumbered,
                                               Layout::kHeadings, Layout::kBold};

const LayoutInfo& info(Layout layout) {
  return *std::find_if(kLayouts.begin(), kLayouts.end(),
                       [&](const LayoutInfo& i) { return i.layout == layout; });
}

}  // namespace

std::span<const Layout> concrete_layouts() { return kPreference; }

std::string_view layout_name(Layout layout) { return info(layout).name; }

std::string_view layout_summary(Layout layout) { return info(layout).summary; }

std::optional<Layout> parse_layout(std::string_view name) {
  for (const LayoutInfo& i : kLayouts) {
    if (i.name.size() == name.size() &&
        std::equal(name.begin(), name.end(), i.name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        })) {
      return i.layout;
    }
  }
  return std::nullopt;
}

}  // namespace genai_quiz
