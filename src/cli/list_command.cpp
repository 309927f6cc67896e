// genai-quiz list [-s SECTION]... [--json]: the sections of the decks with their counts.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command_setups.hpp"
#include "cli/deck_source.hpp"
#include "cli/list_render.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/section_select.hpp"
#include "genai_quiz/core/study_counts.hpp"

namespace genai_quiz {
namespace {

struct ListOptions {
  std::vector<std::string> sections;
  bool json = false;
};

int run_list(const ListOptions& options, const GlobalOptions& global) {
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  const SectionSelection selection = select_sections(decks, options.sections);
  if (!selection.ok()) throw UsageError(selection.error);

  // Progress is not read yet, so every card counts as new and none as due. When the store is
  // wired in, pass a lookup into the deck's saved states and the command's `now` here.
  const CardStateLookup state_of = no_saved_state;
  const TimePoint now{};

  std::vector<ListedSection> listed;
  for (SectionRef ref : selection.sections) {
    listed.push_back({ref, count_study(decks[ref.deck].sections[ref.section], state_of, now)});
  }
  const std::string out = options.json ? render_list_json(decks, listed) : render_list_text(decks, listed);
  std::fputs(out.c_str(), stdout);
  return kExitOk;
}

}  // namespace

Runner setup_list(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<ListOptions>();
  sub.add_option("-s,--section", options->sections,
                 "Only this section: its id or title, any case, a unique prefix is enough (repeatable)")
      ->type_name("SECTION");
  sub.add_flag("--json", options->json,
               "One JSON object per deck: {\"deck\", \"title\", \"sections\": [{\"id\", \"title\", "
               "\"cards\", \"stubs\", \"new\", \"due\"}]}");
  sub.footer("Example:\n  genai-quiz list -s foundations\n  genai-quiz --deck my-deck.yaml list --json");
  return [options, &global] { return run_list(*options, global); };
}

}  // namespace genai_quiz
