#include "genai_quiz/term/table.hpp"

#include <algorithm>
#include <numeric>

#include "genai_quiz/term/glyphs.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/term/wrap.hpp"

namespace genai_quiz {
namespace {

constexpr int kGap = 2;  // columns between two cells

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

int leading_spaces(const std::string& text) {
  const std::size_t at = text.find_first_not_of(' ');
  return at == std::string::npos ? 0 : static_cast<int>(at);
}

// `text` (its leading spaces an indent) wrapped to `width`, the lines after the first indented by
// `hang` more columns. wrap_text sanitizes it, never cutting a made-visible control in two.
std::vector<std::string> wrap_hanging(const std::string& text, int width, int hang) {
  const int indent = leading_spaces(text);
  std::vector<std::string> lines =
      wrap_text(std::string_view(text).substr(static_cast<std::size_t>(indent)), std::max(1, width - indent - hang));
  if (lines.empty()) lines.emplace_back();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    lines[i].insert(0, static_cast<std::size_t>(indent + (i == 0 ? 0 : hang)), ' ');
  }
  return lines;
}

// A cell made safe for the terminal, on one line.
std::string flat(const std::string& cell) {
  std::string out = sanitize(cell);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

std::string label_of(const TableColumn& c, std::size_t level) {
  return c.labels.empty() ? std::string() : c.labels[std::min(level, c.labels.size() - 1)];
}

// The widths of the columns with the headers of `levels` (one per column).
std::vector<int> widths_at(const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows,
                           const std::vector<std::size_t>& levels) {
  std::vector<int> widths;
  for (std::size_t i = 0; i < columns.size(); ++i) widths.push_back(display_width(label_of(columns[i], levels[i])));
  for (const TableRow& row : rows) {
    if (row.heading) continue;
    for (std::size_t i = 0; i < row.cells.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(flat(row.cells[i])));
    }
  }
  return widths;
}

int total_width(const std::vector<int>& widths) {
  return std::accumulate(widths.begin(), widths.end(), 0) + kGap * static_cast<int>(widths.size() - 1);
}

std::string grid(const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows,
                 const std::vector<int>& widths, const std::vector<std::size_t>& levels, int width,
                 const Capabilities& caps) {
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const std::string cell = i < cells.size() ? flat(cells[i]) : std::string();
      const int pad = widths[i] - display_width(cell);
      if (i > 0) out += std::string(kGap, ' ');
      const bool left = i == 0 || columns[i].left;
      out += left ? cell + std::string(static_cast<std::size_t>(pad), ' ') : std::string(static_cast<std::size_t>(pad), ' ') + cell;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  std::vector<std::string> header;
  for (std::size_t i = 0; i < columns.size(); ++i) header.push_back(label_of(columns[i], levels[i]));
  std::string out = paint(line(header), Role::kMuted, caps.color) + "\n";
  for (const TableRow& row : rows) {
    if (row.total) out += paint(repeat(glyphs(caps.unicode).horizontal, total_width(widths)), Role::kMuted, caps.color) + "\n";
    if (row.heading) {
      for (const std::string& l : wrap_hanging(row.cells.empty() ? std::string() : row.cells[0], width, 2)) out += l + "\n";
    } else {
      out += line(row.cells) + "\n";
    }
  }
  return out;
}

std::string records(const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows, int width,
                    const Capabilities& caps) {
  const std::string separator = std::string(" ") + std::string(glyphs(caps.unicode).middle_dot) + " ";
  std::string out;
  for (const TableRow& row : rows) {
    const std::string first = row.cells.empty() ? std::string() : row.cells[0];
    if (row.total) out += paint(repeat(glyphs(caps.unicode).horizontal, width), Role::kMuted, caps.color) + "\n";
    for (const std::string& l : wrap_hanging(first, width, 2)) out += l + "\n";
    if (row.heading) continue;
    const int indent = leading_spaces(first) + 2;
    const int room = std::max(1, width - indent);
    std::string current;
    auto flush = [&] {
      if (!current.empty()) out += std::string(static_cast<std::size_t>(indent), ' ') + current + "\n";
      current.clear();
    };
    for (std::size_t i = 1; i < row.cells.size() && i < columns.size(); ++i) {
      const std::string raw = label_of(columns[i], 0) + ": " + row.cells[i];
      const std::string item = flat(raw);
      const std::string joined = current.empty() ? item : current + separator + item;
      if (display_width(joined) <= room) {
        current = joined;
        continue;
      }
      flush();
      if (display_width(item) <= room) {
        current = item;
      } else {
        for (const std::string& l : wrap_text(raw, room)) {
          current = l;
          flush();
        }
      }
    }
    flush();
  }
  return out;
}

}  // namespace

std::string render_table(const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows, int width,
                         const Capabilities& caps) {
  if (columns.empty()) return "";
  // Shorten one header at a time, the one that narrows the table most first, until it fits.
  std::vector<std::size_t> levels(columns.size(), 0);
  for (;;) {
    const std::vector<int> widths = widths_at(columns, rows, levels);
    if (total_width(widths) <= width) return grid(columns, rows, widths, levels, width, caps);
    std::size_t best = columns.size();
    int best_saving = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (levels[i] + 1 >= columns[i].labels.size()) continue;
      std::vector<std::size_t> shorter = levels;
      ++shorter[i];
      const int saving = total_width(widths) - total_width(widths_at(columns, rows, shorter));
      if (saving > best_saving) best = i, best_saving = saving;
    }
    if (best == columns.size()) break;
    ++levels[best];
  }
  return records(columns, rows, width, caps);
}

}  // namespace genai_quiz
