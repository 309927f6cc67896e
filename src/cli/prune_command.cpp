// genai-quiz prune [--yes]: removes the progress (answers, state, marks) of cards that no deck
// holds any more, after listing them and asking. Nothing is removed while a deck of the library
// fails to load, since its cards would look like orphans.

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/command_setups.hpp"
#include "genai_quiz/app/card_editing.hpp"
#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/orphan_rows.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/term/terminal.hpp"
#include "genai_quiz/ui/list_render.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

struct PruneOptions {
  bool yes = false;
};

int run_prune(const PruneOptions& options, const GlobalOptions& global) {
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  if (decks_left_out() > 0) {
    throw Error(
        "nothing was removed: some decks did not load (see above), and the progress of their cards would be "
        "taken for orphans. Fix or remove those decks first.");
  }
  if (!std::filesystem::exists(progress_db_path(global))) {
    std::puts("There is no progress yet: nothing to prune.");
    return kExitOk;
  }
  std::unique_ptr<SqliteStore> store = open_progress(global);
  const std::vector<OrphanRow> orphans = find_orphans(global, decks, *store);
  write_text(stdout, render_orphans_text(orphans, local_utc_offset(resolve_now(global)), report_width()));
  if (orphans.empty()) return kExitOk;
  int answers = 0;
  for (const OrphanRow& row : orphans) answers += row.answers;
  const std::string what = fmt::format("the progress of {} ({})", plural(static_cast<int>(orphans.size()), "card"),
                                       plural(answers, "answer"));
  if (!options.yes) {
    if (!is_terminal(STDIN_FILENO)) {
      throw Error(fmt::format("nothing was removed: prune asks before removing {}, and standard input is not a "
                              "terminal. Run 'genai-quiz prune --yes' to remove it without asking.",
                              what));
    }
    std::fflush(stdout);
    if (!ask_yes_no("Remove " + what + "?", false, std::cin, std::cout)) {
      std::puts("Nothing was removed.");
      return kExitOk;
    }
  }
  std::vector<StoredCard> cards;
  for (const OrphanRow& row : orphans) cards.push_back(row.card);
  const int removed = store->remove_cards(cards);
  std::printf("Removed the progress of %s (%s).\n", plural(static_cast<int>(cards.size()), "card").c_str(),
              plural(removed, "answer").c_str());
  return kExitOk;
}

}  // namespace

Runner setup_prune(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<PruneOptions>();
  sub.add_flag("-y,--yes", options->yes, "Remove without asking (for scripts; needed when input is not a terminal)");
  sub.footer(
      "Lists the cards with progress that no deck holds any more (as 'genai-quiz list --orphans'\n"
      "does: a card taken out of its deck file, a deck removed from the library), then asks\n"
      "before removing their answers, state and marks from the progress database, for good.\n"
      "With --deck, only cards of the named decks' ids are looked at; the progress of other\n"
      "decks is never touched. While a deck fails to load, nothing is removed.\n\n"
      "Example:\n  genai-quiz list --orphans\n  genai-quiz prune");
  return [options, &global] { return run_prune(*options, global); };
}

}  // namespace genai_quiz
