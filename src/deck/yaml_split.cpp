#include "deck/yaml_split.hpp"

#include <optional>

namespace genai_quiz {
namespace {

constexpr std::string_view kSectionsKey = "sections:";

struct Line {
  std::size_t start = 0;
  std::string_view text;  // without the line break
};

// The line that starts at `start`, and where the next one starts.
Line line_at(std::string_view text, std::size_t start, std::size_t& next) {
  const std::size_t end = text.find('\n', start);
  next = end == std::string_view::npos ? text.size() : end + 1;
  std::string_view line = text.substr(start, (end == std::string_view::npos ? text.size() : end) - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return {start, line};
}

std::size_t indentation(std::string_view line) {
  const std::size_t n = line.find_first_not_of(' ');
  return n == std::string_view::npos ? line.size() : n;
}

bool is_blank(std::string_view line) { return indentation(line) == line.size(); }

// True for "-" alone or followed by a space, at `at`: a block sequence item's indicator.
bool is_item_indicator(std::string_view line, std::size_t at) {
  return at < line.size() && line[at] == '-' && (at + 1 == line.size() || line[at + 1] == ' ');
}

// True for `sections:` at the start of a line with nothing after it but spaces or a comment.
bool is_sections_key(std::string_view line) {
  if (!line.starts_with(kSectionsKey)) return false;
  const std::string_view rest = line.substr(kSectionsKey.size());
  const std::size_t n = rest.find_first_not_of(' ');
  return n == std::string_view::npos || (rest[n] == '#' && n > 0);
}

}  // namespace

SectionCuts section_split_points(std::string_view text, std::size_t pieces) {
  if (pieces < 2) return {};
  // The `sections:` key: the last line that is one (a top-level key repeated is a duplicate the
  // deck reader reports; the items after the last one are what matters here).
  std::optional<std::size_t> after_key;
  for (std::size_t pos = 0, next = 0; pos < text.size(); pos = next) {
    const Line line = line_at(text, pos, next);
    if (is_sections_key(line.text)) after_key = next;
  }
  if (!after_key) return {};

  // Every line after the key: blank, or an item at the items' indentation, or more indented.
  std::optional<std::size_t> items_indent;
  std::vector<std::size_t> items;  // line starts of the items
  for (std::size_t pos = *after_key, next = 0; pos < text.size(); pos = next) {
    const Line line = line_at(text, pos, next);
    if (is_blank(line.text)) continue;
    const std::size_t indent = indentation(line.text);
    if (!items_indent) {
      if (!is_item_indicator(line.text, indent)) return {};  // a flow sequence, or not a sequence
      items_indent = indent;
    }
    if (indent < *items_indent) return {};
    if (indent == *items_indent) {
      if (!is_item_indicator(line.text, indent)) return {};  // a comment or marker at that level
      items.push_back(line.start);
    }
  }
  if (items.size() < 2) return {};

  // Cut at the item nearest each even share of the bytes from the first item on.
  SectionCuts cuts;
  const std::size_t first = items.front();
  const std::size_t span = text.size() - first;
  std::size_t i = 1;
  for (std::size_t k = 1; k < pieces; ++k) {
    const std::size_t target = first + span * k / pieces;
    while (i + 1 < items.size() && items[i + 1] <= target) ++i;
    if (i < items.size() && (cuts.offsets.empty() || items[i] > cuts.offsets.back())) {
      cuts.offsets.push_back(items[i]);
      cuts.item_ends.push_back(i + 1 < items.size() ? items[i + 1] : text.size());
    }
  }
  return cuts;
}

}  // namespace genai_quiz
