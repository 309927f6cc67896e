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

// `cell` cut to `width` columns with an ellipsis, at its end or (cut_start) its start.
std::string fitted(const std::string& cell, int width, const TableColumn& column, const Capabilities& caps) {
  if (display_width(cell) <= width) return cell;
  const std::string_view ellipsis = glyphs(caps.unicode).ellipsis;
  if (!column.cut_start) return truncate_to_width(cell, width, ellipsis);
  const int room = width - display_width(ellipsis);
  std::size_t at = 0;
  while (at < cell.size() && display_width(std::string_view(cell).substr(at)) > room) {
    ++at;
    while (at < cell.size() && (static_cast<unsigned char>(cell[at]) & 0xC0) == 0x80) ++at;  // a whole character
  }
  return std::string(ellipsis) + cell.substr(at);
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
      const std::string cell = fitted(i < cells.size() ? flat(cells[i]) : std::string(), widths[i], columns[i], caps);
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

// `text` in lines of at most `width` columns, broken at spaces; a word wider than a line is
// broken after a slash where it has one (a file name), else cut by wrap_text.
std::vector<std::string> fill(const std::string& text, int width) {
  struct Piece {
    std::string text;
    bool space_before;
  };
  std::vector<Piece> pieces;
  const std::string safe = flat(text);
  for (std::size_t start = 0; start <= safe.size();) {
    std::size_t end = safe.find(' ', start);
    if (end == std::string::npos) end = safe.size();
    const std::string word = safe.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    if (display_width(word) <= width) {
      pieces.push_back({word, true});
      continue;
    }
    bool first = true;
    for (std::size_t at = 0; at < word.size();) {
      std::size_t slash = word.find('/', at + 1);
      const std::size_t cut = slash == std::string::npos ? word.size() : slash + 1;
      pieces.push_back({word.substr(at, cut - at), first});
      first = false;
      at = cut;
    }
  }
  std::vector<std::string> lines;
  std::string line;
  for (const Piece& p : pieces) {
    const std::string joined = line.empty() ? p.text : line + (p.space_before ? " " : "") + p.text;
    if (display_width(joined) <= width) {
      line = joined;
      continue;
    }
    if (!line.empty()) lines.push_back(line);
    line.clear();
    if (display_width(p.text) <= width) {
      line = p.text;
    } else {
      std::vector<std::string> cut = wrap_text(p.text, width);
      for (std::size_t i = 0; i + 1 < cut.size(); ++i) lines.push_back(cut[i]);
      if (!cut.empty()) line = cut.back();
    }
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

std::string render_fields(const std::vector<Field>& fields, int width, int min_value) {
  int label_width = 0;
  for (const Field& f : fields) label_width = std::max(label_width, display_width(flat(f.label)));
  const bool beside = width - label_width - 2 >= min_value;
  const int indent = beside ? label_width + 2 : 2;
  std::string out;
  for (const Field& f : fields) {
    const std::string label = flat(f.label);
    std::vector<std::string> lines;
    for (const std::string& value : f.lines) {
      for (std::string& l : fill(value, width - indent)) lines.push_back(std::move(l));
    }
    if (!beside) {
      out += label + "\n";
      for (const std::string& l : lines) out += std::string(2, ' ') + l + "\n";
      continue;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::string line = (i == 0 ? pad_to_width(label, label_width) : std::string(static_cast<std::size_t>(label_width), ' ')) +
                         "  " + lines[i];
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
  }
  return out;
}

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
  // Then narrow the columns that may be cut, the widest first, down to their least widths.
  std::vector<int> widths = widths_at(columns, rows, levels);
  for (int excess = total_width(widths) - width; excess > 0; --excess) {
    std::size_t widest = columns.size();
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const int least = std::max(columns[i].min_width, display_width(label_of(columns[i], levels[i])));
      if (columns[i].min_width > 0 && widths[i] > least && (widest == columns.size() || widths[i] > widths[widest])) {
        widest = i;
      }
    }
    if (widest == columns.size()) break;
    --widths[widest];
  }
  if (total_width(widths) <= width) return grid(columns, rows, widths, levels, width, caps);
  return records(columns, rows, width, caps);
}

}  // namespace genai_quiz
