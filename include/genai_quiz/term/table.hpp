#pragma once
// Report tables (stats, deck list, convert summary) fitted to the terminal's width: the headers
// shorten first, and a table that still does not fit is drawn as one record per row.

#include <string>
#include <vector>

#include "genai_quiz/term/capabilities.hpp"

namespace genai_quiz {

/// One column: its header in forms from the longest to the shortest. The first column is
/// aligned left, the others right unless `left` is set. A column with a `min_width` may be
/// narrowed down to it, its cells cut with an ellipsis (at their start when `cut_start` is set,
/// so that a file name keeps its end).
struct TableColumn {
  std::vector<std::string> labels;
  bool left = false;
  int min_width = 0;
  bool cut_start = false;
};

/// One row. A heading row (the name of a group, such as a deck) has one cell, drawn alone on its
/// line; a total row is set apart by a rule above it.
struct TableRow {
  std::vector<std::string> cells;
  bool heading = false;
  bool total = false;
};

/// The table in at most `width` columns (each line ends with "\n"). The longest headers are used
/// when the table fits; else shorter ones; then the columns with a `min_width` narrow; else each
/// row is drawn as a record: its first cell on a line, then "header: value" for the other cells
/// (whole), as many to a line as fit. Other cells are never cut; a first cell or a heading wider
/// than `width` is wrapped. Cells are sanitized (and
/// put on one line) here; the header line and the rule are painted muted when `caps.color` is set.
std::string render_table(const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows, int width,
                         const Capabilities& caps);

/// One labelled value of a list such as `config`'s or `sync --status`'s; a value of several
/// lines keeps them.
struct Field {
  std::string label;
  std::vector<std::string> lines;
};

/// "label  value" lines of at most `width` columns: the labels in a column, each value's lines
/// wrapped under its first (breaking at spaces, and inside a long file name after a slash). When
/// the labels leave less than `min_value` columns, each value goes under its label, indented.
/// Sanitizes labels and values.
std::string render_fields(const std::vector<Field>& fields, int width, int min_value = 24);

}  // namespace genai_quiz
