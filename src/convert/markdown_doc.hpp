#pragma once
// A parsed Markdown document, seen the way the layouts need it: a flat run of "units" (each
// top-level block, each item of a top-level list, each whole <details> block), and the source
// lines they came from. Private to the convert layer.

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct cmark_node;

namespace genai_quiz {

/// What a unit is. kBreak is a divider (`---`, `<hr>`) that ends an answer; kSpace is HTML that
/// only adds vertical space (`<br/>`): it ends nothing and is left out of answers.
enum class UnitKind { kHeading, kParagraph, kItem, kCode, kHtml, kDetails, kBreak, kSpace, kTable, kQuote, kOther };

/// One unit of a document's top level.
struct Unit {
  UnitKind kind = UnitKind::kOther;
  cmark_node* node = nullptr;   ///< the block; for kDetails the opening HTML block
  int first_line = 0;           ///< 1-based
  int last_line = 0;            ///< inclusive, trailing blank lines left out
  int column = 1;               ///< 1-based byte column where the block starts
  int level = 0;                ///< heading level
  bool ordered = false;         ///< items: in an ordered list
  int item_index = 0;           ///< items: position in the list
  int item_count = 0;           ///< items: number of items in the list
  bool indented_code = false;   ///< kCode: an indented (not fenced) code block
  // kDetails only:
  cmark_node* close = nullptr;  ///< the HTML block holding </details> (may equal `node`)
  std::string summary;          ///< plain text of <summary>
};

/// Where a block starts, to choose how much indentation a piece of text can lose.
struct BlockStart {
  int line = 0;
  int extra = 0;  ///< indentation the block needs beyond the others (4 for indented code)
};

/// A run of source lines to copy out as Markdown.
struct TextSpan {
  int first_line = 0;
  int first_column = 0;  ///< > 0: take the first line from this 1-based byte column, as is
  int last_line = -1;
  std::vector<BlockStart> starts;
};

/// A parsed document; the text must have LF line ends and be valid UTF-8.
class MarkdownDoc {
 public:
  explicit MarkdownDoc(std::string text, const std::function<void(double)>& progress = {});
  ~MarkdownDoc();
  MarkdownDoc(const MarkdownDoc&) = delete;
  MarkdownDoc& operator=(const MarkdownDoc&) = delete;

  const std::vector<Unit>& units() const { return units_; }
  /// The whole text, as given.
  const std::string& source() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  /// Line `n` (1-based) without its line break; empty outside the document.
  std::string_view line(int n) const;
  /// True when line `n` holds only spaces and tabs.
  bool blank(int n) const;

  /// The last line of `node`, trailing blank lines left out.
  int last_line(cmark_node* node) const;
  /// The inline source of a paragraph or heading: its lines joined by '\n', continuation lines
  /// without their indentation, a heading without its '#' markers or setext underline.
  std::string inline_source(cmark_node* node) const;
  /// The Markdown in `span`, dedented as far as its blocks allow, blank lines at either end
  /// dropped, whitespace-only lines emptied; no final line break.
  std::string text(const TextSpan& span) const;
  /// The Markdown of units [begin, end), leaving out kSpace units.
  std::string units_text(std::size_t begin, std::size_t end) const;

 private:
  void build_units(cmark_node* root);

  std::string text_;
  std::vector<std::size_t> line_starts_;
  struct Tree;
  std::unique_ptr<Tree> tree_;
  std::vector<Unit> units_;
};

// Questions about nodes of the tree.

/// True when a paragraph holds only links and images (a table of contents entry, badges).
bool is_link_only(cmark_node* node);
/// True when every link in a link-only paragraph points inside the document ("back to top").
bool is_anchor_links_only(cmark_node* node);
/// True when a paragraph is one strong span, with nothing but symbols or spaces around it.
bool is_whole_strong(cmark_node* node);
/// True when `node` is a GitHub table.
bool is_table(cmark_node* node);
/// The first child of `node`, or null.
cmark_node* first_child(cmark_node* node);
/// The next sibling of `node`, or null.
cmark_node* next_sibling(cmark_node* node);
/// True when `node` is a paragraph.
bool is_paragraph(cmark_node* node);
/// True when `node` is a heading.
bool is_heading(cmark_node* node);
/// 1-based start line and column of `node`.
int start_line(cmark_node* node);
int start_column(cmark_node* node);
/// A BlockStart for `node` (indented code blocks need 4 more columns).
BlockStart block_start(cmark_node* node);

}  // namespace genai_quiz
