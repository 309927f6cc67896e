#include <cmark-gfm-core-extensions.h>

#include <algorithm>
#include <numeric>

#include "genai_quiz/term/text_width.hpp"
#include "term/markdown_parts.hpp"
#include "term/wrap_spans.hpp"

namespace genai_quiz {
namespace {

constexpr StyleSet kBorder = style_bit(Role::kMuted);

struct Table {
  std::vector<std::vector<std::vector<Span>>> rows;  // rows[0] is the header
  std::vector<char> align;                           // 'l', 'c', 'r' or 0 per column
};

Table read_table(cmark_node* node, const MarkdownContext& ctx) {
  Table t;
  auto columns = static_cast<std::size_t>(cmark_gfm_extensions_get_table_columns(node));
  uint8_t* align = cmark_gfm_extensions_get_table_alignments(node);
  for (std::size_t c = 0; c < columns; ++c) t.align.push_back(align ? static_cast<char>(align[c]) : 0);
  for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
    bool header = cmark_gfm_extensions_get_table_row_is_header(row) != 0;
    std::vector<std::vector<Span>> cells;
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
      cells.push_back(collect_inlines(cell, ctx, header ? style_bit(Role::kStrong) : 0));
    }
    cells.resize(columns);
    t.rows.push_back(std::move(cells));
  }
  return t;
}

int natural_width(const std::vector<Span>& cell) {
  int widest = 0;
  for (const SpanLine& line : wrap_spans(cell, 1 << 20, 1 << 20)) widest = std::max(widest, line_width(line));
  return widest;
}

SpanLine border(const std::vector<int>& widths, const Glyphs& g, std::string_view left,
                std::string_view middle, std::string_view right) {
  std::string s(left);
  for (std::size_t c = 0; c < widths.size(); ++c) {
    for (int i = 0; i < widths[c] + 2; ++i) s += g.horizontal;
    s += c + 1 < widths.size() ? middle : right;
  }
  return {{s, kBorder}};
}

SpanLine aligned(const SpanLine& content, int width, char align) {
  int gap = std::max(0, width - line_width(content));
  int left = align == 'r' ? gap : align == 'c' ? gap / 2 : 0;
  SpanLine out;
  if (left > 0) out.push_back({std::string(static_cast<std::size_t>(left), ' '), 0});
  out.insert(out.end(), content.begin(), content.end());
  out.push_back({std::string(static_cast<std::size_t>(gap - left), ' '), 0});
  return out;
}

// The widest word of a cell (capped, so that one long address does not forbid columns).
int longest_word(const std::vector<Span>& cell) {
  constexpr int kCap = 16;
  int longest = 0;
  std::string text = plain_text(cell);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(" \n", start);
    if (end == std::string::npos) end = text.size();
    longest = std::max(longest, display_width(std::string_view(text).substr(start, end - start)));
    start = end + 1;
  }
  return std::min(longest, kCap);
}

// Shrinks the widest column that is wider than its floor, one column at a time, until the
// table fits `budget`; empty when it cannot fit without cutting words.
std::vector<int> fit_widths(std::vector<int> widths, const std::vector<int>& floors, int budget) {
  while (std::accumulate(widths.begin(), widths.end(), 0) > budget) {
    int best = -1;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      if (widths[c] > floors[c] && (best < 0 || widths[c] > widths[static_cast<std::size_t>(best)])) {
        best = static_cast<int>(c);
      }
    }
    if (best < 0) return {};
    --widths[static_cast<std::size_t>(best)];
  }
  return widths;
}

void draw_row(std::vector<SpanLine>& out, const std::vector<std::vector<Span>>& cells,
              const std::vector<int>& widths, const Table& t, const Glyphs& g) {
  std::vector<std::vector<SpanLine>> wrapped;
  std::size_t height = 1;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    wrapped.push_back(wrap_spans(cells[c], widths[c], widths[c]));
    height = std::max(height, wrapped.back().size());
  }
  std::string bar(g.vertical);
  for (std::size_t i = 0; i < height; ++i) {
    SpanLine line = {{bar + " ", kBorder}};
    for (std::size_t c = 0; c < widths.size(); ++c) {
      SpanLine cell = i < wrapped[c].size() ? wrapped[c][i] : SpanLine{};
      for (Span& s : aligned(cell, widths[c], t.align[c])) line.push_back(std::move(s));
      line.push_back({c + 1 < widths.size() ? " " + bar + " " : " " + bar, kBorder});
    }
    out.push_back(std::move(line));
  }
}

// Too narrow for columns: each body row becomes "Header: value" lines, rows apart by a blank.
std::vector<SpanLine> records(const Table& t, int width) {
  std::vector<SpanLine> out;
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    if (r > 1) out.emplace_back();
    for (std::size_t c = 0; c < t.align.size(); ++c) {
      std::vector<Span> spans = t.rows[0][c];
      if (!spans.empty()) spans.push_back({": ", style_bit(Role::kStrong)});
      spans.insert(spans.end(), t.rows[r][c].begin(), t.rows[r][c].end());
      std::vector<SpanLine> lines = wrap_spans(spans, width, width - 2);
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) lines[i].insert(lines[i].begin(), Span{"  ", 0});
        out.push_back(std::move(lines[i]));
      }
    }
  }
  return out;
}

}  // namespace

std::vector<SpanLine> render_table(cmark_node* node, const MarkdownContext& ctx, int width) {
  Table t = read_table(node, ctx);
  std::size_t columns = t.align.size();
  if (columns == 0 || t.rows.empty()) return {};
  std::vector<int> natural(columns, 1);
  std::vector<int> floors(columns, 1);
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < columns; ++c) {
      natural[c] = std::max(natural[c], natural_width(row[c]));
      floors[c] = std::max(floors[c], longest_word(row[c]));
    }
  }
  int budget = width - 3 * static_cast<int>(columns) - 1;
  std::vector<int> widths = fit_widths(natural, floors, budget);
  if (widths.empty()) return records(t, width);

  const Glyphs& g = ctx.glyphs;
  bool multiline = false;
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    for (std::size_t c = 0; c < columns; ++c) multiline = multiline || wrap_spans(t.rows[r][c], widths[c], widths[c]).size() > 1;
  }
  std::vector<SpanLine> out = {border(widths, g, g.top_left, g.tee_down, g.top_right)};
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (r == 1 || (r > 1 && multiline)) out.push_back(border(widths, g, g.tee_right, g.cross, g.tee_left));
    draw_row(out, t.rows[r], widths, t, g);
  }
  out.push_back(border(widths, g, g.bottom_left, g.tee_up, g.bottom_right));
  return out;
}

}  // namespace genai_quiz
