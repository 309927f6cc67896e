// genai-quiz validate [FILE...]: every diagnostic of each deck, then one summary line per deck.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "cli/cli_app.hpp"
#include "cli/command_setups.hpp"
#include "genai_quiz/app/deck_library.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

struct ValidateOptions {
  std::vector<std::string> files;
};

/// "genai-interview: 3 cards, 7 stubs in 3 sections; 0 errors, 0 warnings"
std::string summary_line(const LoadedDeck& loaded) {
  const Deck& deck = loaded.deck;
  return fmt::format("{}: {}, {} in {}; {}, {}", deck.id, plural(deck.card_count(), "card"),
                     plural(deck.stub_count(), "stub"),
                     plural(static_cast<int>(deck.sections.size()), "section"),
                     plural(count_severity(loaded.diagnostics, Severity::kError), "error"),
                     plural(count_severity(loaded.diagnostics, Severity::kWarning), "warning"));
}

LoadedDeck load_or_report(const std::string& path) {
  try {
    return load_deck_file(path);
  } catch (const Error& e) {
    LoadedDeck unreadable;
    unreadable.deck.file = path;
    unreadable.deck.id = path;
    unreadable.diagnostics.push_back({path, {}, Severity::kError, e.what()});
    return unreadable;
  }
}

int run_validate(const ValidateOptions& options, const GlobalOptions& global) {
  LibraryFiles chosen = options.files.empty() ? chosen_deck_files(global) : LibraryFiles{options.files, {}};
  std::vector<LoadedDeck> loaded;
  for (const std::string& path : chosen.files) {
    loaded.push_back(path == kBundledDeckArg ? load_bundled_deck() : load_or_report(path));
  }
  // A deck file with the bundled deck's id takes the bundled deck's place, as in every command.
  auto shadows = [&](const LoadedDeck& bundled) {
    return std::any_of(loaded.begin(), loaded.end(), [&](const LoadedDeck& other) {
      return other.deck.file != kBundledDeckName && other.deck.id == bundled.deck.id;
    });
  };
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    if (loaded[i].deck.file == kBundledDeckName && shadows(loaded[i])) {
      loaded.erase(loaded.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }

  std::vector<Deck> seen;  // id, file and position of each deck so far, for the id check
  bool any_error = !chosen.problems.empty();
  std::string out;
  for (const Diagnostic& d : chosen.problems) out += format_diagnostic(d) + "\n";  // config.yaml entries
  for (LoadedDeck& one : loaded) {
    if (auto clash = check_deck_id_unique(one.deck, seen)) one.diagnostics.push_back(*clash);
    for (const Diagnostic& d : one.diagnostics) out += format_diagnostic(d) + "\n";
    out += summary_line(one) + "\n";
    any_error = any_error || has_errors(one.diagnostics);
    Deck identity;
    identity.id = one.deck.id;
    identity.file = one.deck.file;
    identity.pos = one.deck.pos;
    seen.push_back(std::move(identity));
  }
  write_text(stdout, out);
  return any_error ? kExitFailure : kExitOk;
}

}  // namespace

Runner setup_validate(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<ValidateOptions>();
  sub.add_option("FILE", options->files,
                 "Deck files to check (default: the --deck files, else every deck of the library)");
  sub.footer(
      "Prints every problem as FILE:LINE:COL: error|warning: MESSAGE, then one summary line per\n"
      "deck. Exits with 1 when any deck has an error, 0 otherwise (warnings included).\n\n"
      "Example:\n  genai-quiz validate my-deck.yaml");
  return [options, &global] { return run_validate(*options, global); };
}

}  // namespace genai_quiz
