#pragma once
// Cutting a document into questions and sections with one layout's rules. Private to the
// convert layer.

#include <optional>
#include <string>
#include <vector>

#include "convert/markdown_doc.hpp"
#include "genai_quiz/convert/layout.hpp"
#include "genai_quiz/core/diagnostic.hpp"

namespace genai_quiz {

/// A question found in the document, with the section it sits in (-1: before any section).
struct FoundItem {
  int section = -1;
  std::string question;
  std::string answer;
  SourcePos pos;
  std::optional<int> number;  ///< the document's own number for the question ("12. …"), if any
  std::size_t unit_begin = 0;  ///< the units the question was read from: [unit_begin, unit_end)
  std::size_t unit_end = 0;
};

/// A section heading that has questions under it... or may have (empty ones are dropped later).
struct FoundSection {
  std::string title;
  SourcePos pos;
};

/// Everything one layout found in a document.
struct Reading {
  Layout layout = Layout::kAuto;
  std::vector<FoundSection> sections;
  std::vector<FoundItem> items;

  /// Questions with both a front and an answer.
  int answered() const;
};

/// Reads units [begin, end) of `doc` with the rules of `layout` (a concrete layout).
Reading read_document(const MarkdownDoc& doc, Layout layout, std::size_t begin, std::size_t end);

/// Where the parts of `doc` start: the first unit, and each heading that is not a question at
/// the shallowest level such headings have (the title and a table of contents left out). Each
/// part may have its own layout and its own question level.
std::vector<std::size_t> part_starts(const MarkdownDoc& doc);

/// The document's title: its only level-1 heading when that comes first, else an <h1> in the
/// HTML before the first heading; empty when there is neither.
std::string document_title(const MarkdownDoc& doc);

}  // namespace genai_quiz
