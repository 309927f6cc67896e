// genai-quiz list [-s SECTION]... [--json]: the sections of the decks with their counts.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <unordered_map>
#include <iostream>
#include <memory>

#include "cli/clock.hpp"
#include "cli/command_setups.hpp"
#include "cli/section_option.hpp"
#include "cli/deck_source.hpp"
#include "cli/load_settings.hpp"
#include "cli/local_calendar.hpp"
#include "cli/progress_db.hpp"
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
  bool json = false;
};

int run_list(const ListOptions& options, const GlobalOptions& global) {
  const std::vector<Deck> decks = load_decks(global, std::cerr);
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
    listed.push_back({ref, count_study(decks[ref.deck].sections[ref.section], progress_of, calendar, now)});
  }
  const std::string out = options.json ? render_list_json(decks, listed) : render_list_text(decks, listed, std::max(terminal_width(), 40));
  // JSON keeps its bytes for a program reading it; on a terminal, and as text, controls show
  options.json ? write_data(stdout, out) : write_text(stdout, out);
  return kExitOk;
}

}  // namespace

Runner setup_list(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<ListOptions>();
  add_section_option(sub, options->sections);
  sub.add_flag("--json", options->json,
               "One JSON object per deck: {\"deck\", \"title\", \"sections\": [{\"id\", \"title\", "
               "\"cards\", \"stubs\", \"new\", \"due\"}]}");
  sub.footer("Example:\n  genai-quiz list -s foundations\n  genai-quiz --deck my-deck.yaml list --json");
  return [options, &global] { return run_list(*options, global); };
}

}  // namespace genai_quiz
