#include "genai_quiz/deck/deck_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "deck/deck_file.hpp"
#include "deck/deck_reader.hpp"
#include "deck/source_text.hpp"
#include "deck/yaml_tree.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/files/read_file.hpp"

namespace genai_quiz {
namespace {

// Larger files are refused before parsing: a deck of 100,000 cards is about 100 MB.
constexpr std::size_t kMaxDeckBytes = std::size_t{256} << 20;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string default_deck_id(const std::string& file_name) {
  std::string stem = std::filesystem::path(file_name).stem().string();
  return stem.empty() ? "deck" : stem;
}

bool starts_with_utf16_or_32_bom(std::string_view text) {
  return text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") ||
         text.starts_with(std::string_view("\0\0\xFE\xFF", 4));
}

std::size_t start_of_line(std::string_view text, std::size_t offset) {
  if (offset == 0) return 0;
  const std::size_t newline = text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

// True when the line starting at `line_start` lies between the first and the last line of one
// of `spans` (a multi-line scalar), where tabs are text.
bool inside_scalar(std::string_view text, std::size_t line_start,
                   const std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans) {
  auto it = std::upper_bound(spans.begin(), spans.end(),
                             std::make_pair(static_cast<std::uint32_t>(line_start), UINT32_MAX));
  if (it == spans.begin()) return false;
  --it;
  return it->first < line_start && line_start < start_of_line(text, it->second);
}

// Reports tab indentation outside multi-line scalars; returns the offsets of the lines reported.
void report_tabs(std::string_view text, const std::vector<std::size_t>& tabs, const YamlParse& parse,
                 const LineIndex& lines, LoadedDeck& out) {
  for (std::size_t tab : tabs) {
    if (inside_scalar(text, start_of_line(text, tab), parse.scalar_spans)) continue;
    out.diagnostics.push_back({out.deck.file, lines.pos(tab), Severity::kError,
                               "tab in indentation; indent with spaces"});
  }
}

}  // namespace

LoadedDeck load_deck(std::string_view text, std::string file_name) {
  LoadedDeck out;
  out.deck.file = std::move(file_name);
  out.deck.id = default_deck_id(out.deck.file);
  out.deck.pos = {1, 1};
  const auto fail = [&](SourcePos at, std::string message) {
    out.diagnostics.push_back({out.deck.file, at, Severity::kError, std::move(message)});
    return out;
  };
  if (text.size() > kMaxDeckBytes) return fail({1, 1}, "the file is larger than 256 MiB");
  if (starts_with_utf16_or_32_bom(text)) {
    return fail({1, 1}, "the file is UTF-16 or UTF-32 (it starts with a byte-order mark); save it as UTF-8");
  }
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());

  const LineIndex lines(text);
  for (const TextProblem& p : check_characters(text)) {
    out.diagnostics.push_back({out.deck.file, lines.pos(p.offset), Severity::kError, p.message});
  }
  if (!out.diagnostics.empty()) return out;

  const std::vector<std::size_t> tabs = tab_indented_lines(text);
  YamlParse parse = parse_yaml(text, !tabs.empty());
  if (!parse.has_document) return fail({1, 1}, "empty file; a deck needs at least a 'sections' list");
  report_tabs(text, tabs, parse, lines, out);
  std::vector<int> tab_lines;  // sorted, as the tabs are
  for (const Diagnostic& d : out.diagnostics) tab_lines.push_back(d.pos.line);
  for (const TextProblem& p : parse.problems) {
    const SourcePos at = lines.pos(p.offset);
    const bool on_tab_line = std::binary_search(tab_lines.begin(), tab_lines.end(), at.line);
    if (parse.syntax_error && on_tab_line) continue;  // the tab message says it better
    out.diagnostics.push_back({out.deck.file, at, Severity::kError, p.message});
  }
  if (parse.root) read_deck(*parse.root, lines, out.deck, out.diagnostics);
  std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
  });
  return out;
}

std::optional<std::string> read_deck_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error("cannot read deck file '" + path + "': it is a directory");
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxDeckBytes) return std::nullopt;
  // A pipe or a device has no size: one byte more than allowed is enough for load_deck to refuse it.
  return read_file_start(path, kMaxDeckBytes + 1, "deck file '" + path + "'");
}

LoadedDeck too_large_deck(const std::string& path) {
  LoadedDeck out;
  out.deck.file = path;
  out.deck.id = default_deck_id(path);
  out.diagnostics = {{path, {1, 1}, Severity::kError, "the file is larger than 256 MiB"}};
  return out;
}

LoadedDeck load_deck_file(const std::string& path) {
  std::optional<std::string> text = read_deck_file(path);
  return text ? load_deck(*text, path) : too_large_deck(path);
}

LoadedDeck load_bundled_deck() { return load_deck(bundled_deck_yaml(), kBundledDeckName); }

}  // namespace genai_quiz
