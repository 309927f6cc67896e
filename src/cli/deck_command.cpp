// genai-quiz deck list | add FILE [--replace] | remove ID: the decks of the library.

#include <CLI/CLI.hpp>
#include <fmt/format.h>


#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <unordered_map>

#include "cli/command_setups.hpp"
#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/deck_library.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/study_counts.hpp"
#include "genai_quiz/files/read_file.hpp"
#include "genai_quiz/term/capabilities.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/table.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

namespace fs = std::filesystem;

struct DeckOptions {
  std::string file;     // deck add FILE
  bool replace = false;  // deck add --replace
  std::string id;       // deck remove ID
};

int run_deck_list(const GlobalOptions& global) {
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  std::unordered_map<std::string, std::unordered_map<std::string, CardProgress>> progress;
  if (fs::exists(progress_db_path(global))) {  // listing never creates the database
    std::unique_ptr<SqliteStore> store = open_progress(global);
    for (const Deck& deck : decks) progress[deck.id] = store->load_deck(deck.id);
  }
  const LocalCalendar calendar(load_settings(global).day_start_hour);
  const TimePoint now = resolve_now(global);
  std::vector<TableRow> rows;
  for (const Deck& deck : decks) {
    const auto& saved = progress[deck.id];
    auto progress_of = [&](const Card& card) -> const CardProgress* {
      auto it = saved.find(card.id);
      return it == saved.end() ? nullptr : &it->second;
    };
    StudyCounts total;
    for (const Section& section : deck.sections) {
      const StudyCounts c = count_study(section, progress_of, calendar, now);
      total.new_cards += c.new_cards;
      total.due += c.due;
    }
    rows.push_back({{deck.id, deck.title, deck.file, std::to_string(deck.card_count()),
                     std::to_string(deck.stub_count()), std::to_string(total.new_cards), std::to_string(total.due)}});
  }
  ReportStyle style = report_style(global.color);
  style.caps.color = false;  // write_text makes every escape visible
  const std::string out = render_table({{{"id"}, true},
                                        {{"title"}, true, 12},
                                        {{"file"}, true, 16, true},
                                        {{"cards"}},
                                        {{"stubs"}},
                                        {{"new"}},
                                        {{"due"}}},
                                       rows, style.width, style.caps);
  write_text(stdout, out);
  return kExitOk;
}

int run_deck_add(const DeckOptions& options, const GlobalOptions& global) {
  const std::string text = read_whole_file(options.file, "deck file '" + options.file + "'");
  const LoadedDeck loaded = load_deck(text, options.file);
  for (const Diagnostic& d : loaded.diagnostics) std::cerr << sanitize(format_diagnostic(d)) << '\n';
  if (has_errors(loaded.diagnostics)) {
    throw Error(fmt::format("{} has {}; fix it and add it again (nothing was copied)", options.file,
                            plural(count_severity(loaded.diagnostics, Severity::kError), "error")));
  }
  const fs::path added = add_to_library(global, loaded.deck, text, options.replace);
  write_text(stdout, fmt::format("Added {} ({}, {}) as {}\n", loaded.deck.id, plural(loaded.deck.card_count(), "card"),
                                 plural(loaded.deck.stub_count(), "stub"), added.string()));
  return kExitOk;
}

int run_deck_remove(const DeckOptions& options, const GlobalOptions& global) {
  const fs::path folder = decks_folder(global);
  for (const std::string& file : deck_files_in(folder)) {
    LoadedDeck loaded;
    try {
      loaded = load_deck_source(file);
    } catch (const Error&) {
      continue;
    }
    if (loaded.deck.id != options.id && fs::path(file).stem() != options.id) continue;
    std::error_code ec;
    if (!fs::remove(file, ec) || ec) {
      throw Error(fmt::format("cannot remove {}: {}", file, ec ? ec.message() : "it is gone"));
    }
    write_text(stdout, fmt::format("Removed {} from the library ({}); its progress is kept, and adding the deck "
                                   "again brings it back\n",
                                   loaded.deck.id, file));
    return kExitOk;
  }
  std::string where = "the decks folder " + folder.string();
  if (options.id == "genai-interview" || options.id == kBundledDeckArg) {
    throw UsageError("the bundled deck cannot be removed; leave it out with 'decks: [bundled: false]' in config.yaml");
  }
  throw UsageError(fmt::format("no deck '{}' in {} (a deck named in config.yaml is removed there)", options.id, where));
}

}  // namespace

Runner setup_deck(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<DeckOptions>();
  CLI::App* list = sub.add_subcommand("list", "The decks in use: id, title, file, cards, stubs, new and due");
  CLI::App* add = sub.add_subcommand("add", "Check a deck file, then copy it into the decks folder");
  add->add_option("file", options->file, "The deck file to add")->required()->type_name("FILE");
  add->add_flag("--replace", options->replace, "Replace the library's file of the same name");
  CLI::App* remove = sub.add_subcommand("remove", "Remove a deck's file from the decks folder (its progress is kept)");
  remove->add_option("id", options->id, "The deck's id")->required()->type_name("DECK");
  for (CLI::App* s : {list, add, remove}) s->fallthrough();
  sub.require_subcommand(1);
  sub.footer(
      "The library is the bundled deck, every *.yaml in the decks folder (decks/ beside progress.db)\n"
      "and the decks: of config.yaml (docs/deck-format.md).\n\n"
      "Example:\n  genai-quiz deck list\n  genai-quiz deck add theory.yaml\n  genai-quiz deck remove theory");
  return [options, list, add, &global] {
    if (list->parsed()) return run_deck_list(global);
    if (add->parsed()) return run_deck_add(*options, global);
    return run_deck_remove(*options, global);
  };
}

}  // namespace genai_quiz
