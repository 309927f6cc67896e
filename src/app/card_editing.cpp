#include "genai_quiz/app/card_editing.hpp"

#include <cstdlib>
#include <istream>
#include <ostream>

#include "genai_quiz/app/deck_library.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/core/ascii.hpp"
#include "genai_quiz/core/editor_command.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/run_on_terminal.hpp"
#include "genai_quiz/term/sanitize.hpp"

namespace genai_quiz {
namespace {

constexpr std::size_t kProblemsShown = 5;

std::optional<std::string_view> env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return std::nullopt;
  return std::string_view(value);
}

}  // namespace

bool ask_yes_no(const std::string& question, bool default_yes, std::istream& in, std::ostream& out) {
  for (;;) {
    out << question << (default_yes ? " [Y/n] " : " [y/N] ") << std::flush;
    std::string line;
    if (!std::getline(in, line)) {
      out << '\n';
      return false;
    }
    const std::string answer = ascii_lower(line.substr(0, line.find_last_not_of(" \t\r") + 1));
    if (answer.empty()) return default_yes;
    if (answer == "y" || answer == "yes") return true;
    if (answer == "n" || answer == "no") return false;
  }
}

std::optional<std::string> editable_deck_file(const GlobalOptions& global, const Deck& deck, bool yes,
                                              std::istream& in, std::ostream& out) {
  if (deck.file != kBundledDeckName) return deck.file;
  const std::string target = (decks_folder(global) / (deck.id + ".yaml")).string();
  if (!yes) {
    out << sanitize("The bundled deck '" + deck.id + "' is read-only. Copy it into your library as " + target +
                    " (it takes the bundled deck's place, with its progress) and edit the copy?")
        << '\n';
    if (!ask_yes_no("Copy it?", false, in, out)) return std::nullopt;
  }
  const std::filesystem::path copy = add_to_library(global, deck, std::string(bundled_deck_yaml()), false);
  out << sanitize("Copied the bundled deck to " + copy.string()) << '\n';
  return copy.string();
}

std::optional<LoadedDeck> edit_deck_file(const std::string& file, int line, std::istream& in, std::ostream& out) {
  for (;;) {
    const EditorCommand command = editor_command(env("VISUAL"), env("EDITOR"), file, line);
    if (!command.ok()) throw Error(sanitize(command.error));
    if (const int status = run_on_terminal(command.argv); status != 0) {
      throw Error(sanitize("the editor '" + command.argv.front() + "' exited with status " + std::to_string(status) +
                           "; " + file + " was not read again"));
    }
    LoadedDeck loaded = load_deck_source(file);  // Error when the file is gone
    if (!has_errors(loaded.diagnostics)) return loaded;
    std::size_t shown = 0;
    for (const Diagnostic& d : loaded.diagnostics) {
      if (d.severity != Severity::kError) continue;
      if (shown == kProblemsShown) break;
      if (shown++ == 0 && d.pos.line > 0) line = d.pos.line;  // the next edit starts at the first error
      out << sanitize(format_diagnostic(d)) << '\n';
    }
    if (!ask_yes_no("The deck has errors. Edit it again?", true, in, out)) return std::nullopt;
  }
}

}  // namespace genai_quiz
