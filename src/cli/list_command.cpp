// genai-quiz list [-s SECTION]... [--flagged] [--orphans] [--json]: the sections of the decks
// with their counts and cards, only the flagged cards, or the progress no deck holds any more.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <unordered_map>
#include <iostream>
#include <memory>

#include "cli/command_setups.hpp"
#include "cli/section_option.hpp"
#include "genai_quiz/app/chosen_sections.hpp"
#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/app/orphan_rows.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/section_select.hpp"
#include "genai_quiz/core/study_counts.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/ui/list_render.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

struct ListOptions {
  std::vector<std::string> sections;
  bool flagged = false;
  bool orphans = false;
  bool json = false;
};

int list_orphans(const ListOptions& options, const GlobalOptions& global, const std::vector<Deck>& decks) {
  std::vector<OrphanRow> orphans;
  if (std::filesystem::exists(progress_db_path(global))) orphans = find_orphans(global, decks, *open_progress(global));
  const std::chrono::minutes offset = local_utc_offset(resolve_now(global));
  if (options.json) return write_data(stdout, render_orphans_json(orphans, offset)), kExitOk;
  if (decks_left_out() > 0) {
    std::fputs("Some decks did not load: the progress of their cards is listed as if no deck held it.\n", stderr);
  }
  std::string out = render_orphans_text(orphans, offset, report_width());
  if (!orphans.empty()) out += "'genai-quiz prune' removes their progress (it asks first).\n";
  write_text(stdout, out);
  return kExitOk;
}

int run_list(const ListOptions& options, const GlobalOptions& global) {
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  if (options.orphans) return list_orphans(options, global, decks);
  const SectionSelection selection = chosen_sections(decks, options.sections);

  // Progress, when there is any: listing never creates the database.
  std::unordered_map<std::string, std::unordered_map<std::string, CardProgress>> progress;
  if (std::filesystem::exists(progress_db_path(global))) {
    std::unique_ptr<SqliteStore> store = open_progress(global);
    for (const Deck& deck : decks) progress[deck.id] = store->load_deck(deck.id);
  }
  const LocalCalendar calendar(load_settings(global).day_start_hour);
  const TimePoint now = resolve_now(global);

  std::vector<ListedSection> listed;
  for (SectionRef ref : selection.sections) {
    const auto& saved = progress[decks[ref.deck].id];
    auto progress_of = [&](const Card& card) -> const CardProgress* {
      auto it = saved.find(card.id);
      return it == saved.end() ? nullptr : &it->second;
    };
    const Section& section = decks[ref.deck].sections[ref.section];
    ListedSection shown{ref, count_study(section, progress_of, calendar, now), {}};
    for (std::size_t k = 0; k < section.cards.size(); ++k) {
      const CardProgress* progress = progress_of(section.cards[k]);
      const CardMarks marks = progress != nullptr ? progress->marks : CardMarks{};
      if (!options.flagged || marks.flagged) shown.cards.push_back({k, marks});
    }
    if (!options.flagged || !shown.cards.empty()) listed.push_back(std::move(shown));
  }
  if (options.flagged && listed.empty() && !options.json) {
    std::puts("No card is flagged. In study, f flags the card on screen.");
    return kExitOk;
  }
  const std::string out = options.json ? render_list_json(decks, listed) : render_list_text(decks, listed, report_width());
  // JSON keeps its bytes for a program reading it; on a terminal, and as text, controls show
  options.json ? write_data(stdout, out) : write_text(stdout, out);
  return kExitOk;
}

}  // namespace

Runner setup_list(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<ListOptions>();
  add_section_option(sub, options->sections);
  CLI::Option* flagged = sub.add_flag("--flagged", options->flagged,
                                      "Only the flagged cards (f in study), with the sections they are in");
  sub.add_flag("--orphans", options->orphans,
               "The cards with progress that no deck holds any more (a card taken out of its deck, a "
               "removed deck); 'genai-quiz prune' removes their progress")
      ->excludes(flagged);
  sub.add_flag("--json", options->json,
               "One JSON object per deck: {\"deck\", \"title\", \"sections\": [{\"id\", \"title\", "
               "\"cards\", \"stubs\", \"new\", \"due\", \"suspended\", \"flagged\", \"listed\": [{\"id\", "
               "\"marks\"}]}]}; with --orphans one per card: {\"deck\", \"card\", \"answers\", \"last_answer\"}");
  sub.footer("A card's marks (suspended, leech, flagged) show in brackets before its question.\n\n"
             "Example:\n  genai-quiz list -s foundations\n  genai-quiz list --flagged\n"
             "  genai-quiz --deck my-deck.yaml list --json");
  return [options, &global] { return run_list(*options, global); };
}

}  // namespace genai_quiz
