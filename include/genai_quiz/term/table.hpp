#pragma once
// Report tables (stats, deck list, convert summary) fitted to the terminal's width: the headers
// shorten first, and a table that still does not fit is drawn as one record per row.

#include <string>
#include <vector>

#include "genai_quiz/term/capabilities.hpp"

namespace genai_quiz {

/// One column: its header in forms from the longest to the shortest. The first column is
/// aligned left, the others right unless `left` is set.
struct TableColumn {
  std::vector<std::string> labels;
  bool left = false;
};

/// One row. A heading row (the name of a group, such as a deck) has one cell, drawn alone on its
/// line; a total row is set apart by a rule above it.
struct TableRow {
  std::vector<std::string> cells;
  bool heading = false;
  bool total = false;
};

/// The table in at most `width` columns (each line ends with "\n"). The longest headers are used
/// when the table fits; else shorter ones; else each row is drawn as a record: its first cell
/// on a line, then "header: value" for the other cells, as many to a line as fit. Cells are
/// never cut; a first cell or a heading wider than `width` is wrapped. Cells are sanitized (and
/// put on one line) here; the header line and the rule are painted muted when `caps.color` is set.
std::string render_table(const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows, int width,
                         const Capabilities& caps);

}  // namespace genai_quiz
