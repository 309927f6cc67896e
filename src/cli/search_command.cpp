// genai-quiz search [TEXT...] [--flagged] [-s SECTION]... [--json]: the cards whose question,
// answer or tags have every word of TEXT (and, with --flagged, that are flagged), with their
// state, marks and when they are due.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command_setups.hpp"
#include "cli/section_option.hpp"
#include "genai_quiz/app/chosen_sections.hpp"
#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/core/card_search.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/section_select.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/search_fold.hpp"
#include "genai_quiz/ui/output_text.hpp"
#include "genai_quiz/ui/search_render.hpp"

namespace genai_quiz {
namespace {

struct SearchOptions {
  std::vector<std::string> words;
  std::vector<std::string> sections;
  bool flagged = false;
  bool json = false;
};

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& w : words) {
    if (!text.empty()) text += ' ';
    text += w;
  }
  return text;
}

int run_search(const SearchOptions& options, const GlobalOptions& global) {
  const std::string text = joined(options.words);
  if (options.words.empty() && !options.flagged) {
    throw UsageError(
        "search: TEXT is missing: words of a question, answer or tag to look for, or --flagged for the flagged "
        "cards\nRun 'genai-quiz help search' for the options.");
  }
  if (!options.words.empty() && search_words(text, fold_for_search).empty()) {
    throw UsageError("search: '" + sanitize(text) + "' has no words to look for (letters or digits)");
  }
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  const SectionSelection selection = chosen_sections(decks, options.sections);
  std::vector<StudyItem> found = search_cards(selected_cards(decks, selection), text, fold_for_search);
  if (!found.empty() && std::filesystem::exists(progress_db_path(global))) {  // searching never creates it
    std::unique_ptr<SqliteStore> store = open_progress(global);
    attach_progress(found, *store);
  }
  if (options.flagged) found = only_flagged(std::move(found));
  if (found.empty()) {
    if (!options.flagged) {
      std::fprintf(stderr, "genai-quiz: no card matches '%s'\n", sanitize(text).c_str());
    } else if (options.words.empty()) {
      std::fputs("genai-quiz: no card is flagged (in study, f flags the card on screen)\n", stderr);
    } else {
      std::fprintf(stderr, "genai-quiz: no flagged card matches '%s'\n", sanitize(text).c_str());
    }
    return kExitFailure;
  }
  const TimePoint now = resolve_now(global);
  if (options.json) {
    write_data(stdout, render_search_json(found, local_utc_offset(now)));
  } else {
    write_text(stdout, render_search_text(found, now, local_utc_offset(now), terminal_width()));
  }
  return kExitOk;
}

}  // namespace

Runner setup_search(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<SearchOptions>();
  sub.add_option("text", options->words,
                 "Words to find in the questions, answers and tags, ignoring case and accents; a card must "
                 "have every word (as a word or the start of one). Needed unless --flagged is given")
      ->type_name("TEXT");
  sub.add_flag("--flagged", options->flagged,
               "Only the flagged cards (f in study); with TEXT, the flagged cards that match it");
  add_section_option(sub, options->sections);
  sub.add_flag("--json", options->json,
               "One JSON object per card: {\"deck\", \"section\", \"id\", \"question\", \"tags\", \"state\", "
               "\"due\", \"marks\"}");
  sub.footer(
      "Each card shows its marks in brackets (suspended, leech, flagged). No card matching is a\n"
      "message and exit status 1.\n\n"
      "Example:\n  genai-quiz search self attention\n  genai-quiz search --flagged\n"
      "  genai-quiz search --flagged rag\n  genai-quiz search -s rag retrieval --json");
  return [options, &global] { return run_search(*options, global); };
}

}  // namespace genai_quiz
