// genai-quiz convert NOTES.md [-o deck.yaml] [--id ID] [--layout NAME]

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command_setups.hpp"
#include "genai_quiz/app/deck_library.hpp"
#include "genai_quiz/convert/convert.hpp"
#include "genai_quiz/convert/update_deck.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/deck/deck_loader.hpp"
#include "genai_quiz/deck/deck_writer.hpp"
#include "genai_quiz/files/atomic_file.hpp"
#include "genai_quiz/files/read_file.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/term/progress_bar.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/terminal.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/term/wrap.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

// Inputs at least this large show a progress bar when stderr is a terminal.
constexpr std::size_t kProgressThreshold = 256 * 1024;

struct ConvertCommandOptions {
  std::string input;
  std::string output;
  std::string deck_id;
  std::string layout = "auto";
  bool add = false;      // --add: into the decks folder of the library
  bool replace = false;  // --replace: with --add, over the library's file of that name
  bool force = false;    // --force: overwrite -o FILE instead of updating the deck there
};

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(fmt::format("{} is a directory, not a Markdown file", path));
  return read_whole_file(path);
}

// "layout: numbered", or "layouts: numbered, headings" when parts of the document differ.
std::string layouts_text(const ConvertResult& result) {
  if (result.layouts.size() <= 1) return fmt::format("layout: {}", layout_name(result.layout));
  std::string names;
  for (Layout l : result.layouts) names += (names.empty() ? "" : ", ") + std::string(layout_name(l));
  return "layouts: " + names;
}

void print_summary(const ConvertResult& result, const std::string& input, const std::string& destination) {
  const Deck& deck = result.deck;
  // Widths in terminal columns (a title may hold wide or combining characters); a title longer
  // than 48 columns, or than a terminal leaves room for, is cut with an ellipsis so that the
  // counts stay in one column. A terminal too narrow even for that puts the counts on a line of
  // their own.
  constexpr int kMaxTitleWidth = 48;
  constexpr int kFewestTitleColumns = 8;
  // The summary goes to standard error: its terminal's width, else $COLUMNS when set, else no limit.
  const int width = is_terminal(2) ? std::max(20, terminal_size(2).columns)
                                   : (std::getenv("COLUMNS") != nullptr ? terminal_width() : 0);
  int id_width = 0;
  int title_width = 0;
  int stubs_width = 0;
  for (const Section& s : deck.sections) {
    id_width = std::max(id_width, display_width(sanitize(s.id)));
    title_width = std::max(title_width, std::min(display_width(sanitize(s.title)), kMaxTitleWidth));
    stubs_width = std::max(stubs_width, display_width(plural(s.stubs, "stub")));
  }
  const int room = width - (2 + id_width + 2 + 2 + 10 + 2 + stubs_width);
  const bool one_line = width == 0 || room >= std::min(title_width, kFewestTitleColumns);
  if (width > 0 && one_line) title_width = std::min(title_width, room);
  std::string out = fmt::format("{}: {}, {} in {} ({})\n", input, plural(deck.card_count(), "card"),
                                plural(deck.stub_count(), "stub"),
                                plural(static_cast<int>(deck.sections.size()), "section"), layouts_text(result));
  if (width > 0) {  // the terminal would break the line inside a word
    std::string wrapped;
    for (const std::string& line : wrap_text(out, width)) wrapped += line + "\n";
    out = wrapped;
  }
  for (const Section& s : deck.sections) {
    if (one_line) {
      out += fmt::format("  {}  {}  {:>10}  {}\n", pad_to_width(sanitize(s.id), id_width),
                         pad_to_width(truncate_to_width(sanitize(s.title), title_width), title_width),
                         plural(static_cast<int>(s.cards.size()), "card"), plural(s.stubs, "stub"));
    } else {
      out += truncate_to_width("  " + sanitize(s.id) + "  " + sanitize(s.title), width) + "\n";
      out += fmt::format("    {}  {}\n", plural(static_cast<int>(s.cards.size()), "card"), plural(s.stubs, "stub"));
    }
  }
  out += fmt::format("Wrote {}\n", destination);
  write_text(stderr, out);  // the file names too may hold controls
}

bool valid_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

int run_convert(const ConvertCommandOptions& opts, const GlobalOptions& global) {
  if (!opts.deck_id.empty() && !valid_id(opts.deck_id)) {
    throw UsageError(fmt::format("--id {}: use letters, digits, '-', '_' and '.' only", opts.deck_id));
  }
  if (opts.add && !opts.output.empty()) throw UsageError("--add writes into the decks folder: give -o or --add, not both");
  if (opts.replace && !opts.add) throw UsageError("--replace goes with --add");
  bool to_stdout = !opts.add && (opts.output.empty() || opts.output == "-");
  std::error_code ec;
  if (!to_stdout && std::filesystem::equivalent(opts.input, opts.output, ec)) {
    throw UsageError(fmt::format("-o {} would overwrite the Markdown input", opts.output));
  }
  std::string text = read_file(opts.input);

  ConvertOptions options;
  options.file = opts.input;
  options.deck_id = opts.deck_id;
  options.layout = parse_layout(opts.layout).value_or(Layout::kAuto);
  std::optional<ProgressBar> bar;
  if (text.size() >= kProgressThreshold) {
    bar.emplace(stderr, "Converting " + std::filesystem::path(opts.input).filename().string());
    options.progress = [&bar](double fraction) { bar->update(static_cast<std::size_t>(fraction * 1000), 1000); };
  }
  ConvertResult result = convert_markdown(text, options);
  bar.reset();

  for (const Diagnostic& d : result.diagnostics) write_text(stderr, format_diagnostic(d) + "\n");
  if (result.failed()) return kExitFailure;

  // Into a deck that is already there: keep what the person added to it, unless --force.
  std::optional<DeckUpdate> update;
  if (!to_stdout && !opts.force && std::filesystem::exists(opts.output, ec)) {
    LoadedDeck old = load_deck(read_file(opts.output), opts.output);
    if (has_errors(old.diagnostics)) {
      for (const Diagnostic& d : old.diagnostics) {
        if (d.severity == Severity::kError) write_text(stderr, format_diagnostic(d) + "\n");
      }
      throw Error(fmt::format("{} is there but is not a valid deck, so it cannot be updated; fix it, or use --force "
                              "to overwrite it",
                              opts.output));
    }
    update = update_deck(std::move(result.deck), old.deck);
    if (!opts.deck_id.empty()) update->deck.id = opts.deck_id;
    result.deck = update->deck;
  }

  std::ostringstream yaml;
  std::string comment = fmt::format("Converted from {} by genai-quiz convert ({}).",
                                    std::filesystem::path(opts.input).filename().string(), layouts_text(result));
  write_deck_yaml(result.deck, yaml, comment);
  // What is written must be a deck the other commands accept; check before writing anything.
  LoadedDeck check = load_deck(yaml.str(), to_stdout || opts.add ? "<output>" : opts.output);
  if (has_errors(check.diagnostics)) {
    for (const Diagnostic& d : check.diagnostics) write_text(stderr, format_diagnostic(d) + "\n");
    throw Error("internal error: the converted deck does not pass validation; nothing was written");
  }
  std::string destination = opts.output;
  if (opts.add) {
    destination = add_to_library(global, check.deck, yaml.str(), opts.replace).string();
  } else if (to_stdout) {
    if (!write_data(stdout, yaml.str())) throw Error("cannot write the deck to standard output");
  } else {
    write_file_atomically(opts.output, [&](std::ostream& out) { out << yaml.str(); });
  }
  print_summary(result, opts.input, to_stdout ? "the deck to standard output" : destination);
  if (update) {
    std::string out = fmt::format("Updated {}: {} kept (with their ids, key points and tags), {} added, {} removed\n",
                                  opts.output, update->kept, update->added, update->removed.size());
    for (const RemovedCard& r : update->removed) out += fmt::format("  removed  {}  {}\n", r.id, r.question);
    write_text(stderr, out);
  }
  return kExitOk;
}

}  // namespace

Runner setup_convert(CLI::App& sub, const GlobalOptions& global) {
  auto opts = std::make_shared<ConvertCommandOptions>();
  sub.add_option("file", opts->input, "The Markdown document to convert")->required()->type_name("NOTES.md");
  sub.add_option("-o,--output", opts->output, "Write the deck to FILE (default: standard output)")->type_name("FILE");
  sub.add_flag("--add", opts->add, "Write the deck into the library's decks folder as ID.yaml");
  sub.add_flag("--replace", opts->replace, "With --add: replace the library's file of that name");
  sub.add_flag("--force", opts->force,
               "Overwrite FILE; without it, converting into an existing deck updates it, keeping each matched "
               "card's id, key points and tags");
  sub.add_option("--id", opts->deck_id, "The deck's id (default: the file name without its extension)")
      ->type_name("ID");
  std::string layouts;
  std::vector<std::string> names;
  for (Layout l : {Layout::kAuto, Layout::kNumbered, Layout::kHeadings, Layout::kBold, Layout::kDetails,
                   Layout::kQaPairs}) {
    names.emplace_back(layout_name(l));
    layouts += fmt::format("\n  {:<9} {}", layout_name(l), layout_summary(l));
  }
  sub.add_option("--layout", opts->layout, "How questions are laid out (default: auto):" + layouts)
      ->check(CLI::IsMember(names, CLI::ignore_case))
      ->type_name("NAME");
  sub.footer(
      "Example:\n  genai-quiz convert interview-notes.md -o notes.yaml\n"
      "  genai-quiz --deck notes.yaml list\n"
      "  genai-quiz convert interview-notes.md -o notes.yaml   # again: updates notes.yaml\n"
      "  genai-quiz convert interview-notes.md --add      # straight into the library\n\n"
      "The summary goes to standard error; see docs/convert.md for the layouts.");
  return [opts, &global] { return run_convert(*opts, global); };
}

}  // namespace genai_quiz
