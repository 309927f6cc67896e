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

/// Reads `doc` with the rules of `layout` (a concrete layout).
Reading read_document(const MarkdownDoc& doc, Layout layout);

/// The document's title: its only level-1 heading when that comes first, else an <h1> in the
/// HTML before the first heading; empty when there is neither.
std::string document_title(const MarkdownDoc& doc);

}  // namespace genai_quiz
