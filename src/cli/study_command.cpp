// genai-quiz study: review what is due, one card at a time, saving every answer as it is given.

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command_setups.hpp"
#include "cli/scheduler_flags.hpp"
#include "cli/section_option.hpp"
#include "genai_quiz/app/card_editing.hpp"
#include "genai_quiz/app/chosen_sections.hpp"
#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/app/sync_run.hpp"
#include "genai_quiz/core/ascii.hpp"
#include "genai_quiz/core/card_lookup.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/section_select.hpp"
#include "genai_quiz/core/session.hpp"
#include "genai_quiz/core/study_loop.hpp"
#include "genai_quiz/core/typo.hpp"
#include "genai_quiz/stem/snowball_stemmer.hpp"
#include "genai_quiz/store/session_mark.hpp"
#include "genai_quiz/term/capabilities.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/ui/line_study_io.hpp"
#include "genai_quiz/ui/output_text.hpp"
#include "genai_quiz/ui/screen_study_io.hpp"
#include "genai_quiz/ui/study_text.hpp"

namespace genai_quiz {
namespace {

struct StudyOptions {
  std::vector<std::string> sections;
  std::vector<std::string> tags;
  std::string card;                // --card ID: this card only
  std::optional<int> new_per_day;  // unset: study.new_per_day of config.yaml
  std::optional<int> limit;        // unset: study.limit

  bool cram = false;
  bool shuffle = false;
  std::optional<std::uint64_t> seed;
  bool type = false;     // --type
  bool no_type = false;  // --no-type; neither: study.type of config.yaml
  bool dry_run = false;
  std::string by;
  SchedulerFlags scheduler;
};

// "Section 'Large Language Models' has no cards yet (3 awaiting content)." for a selection of
// sections without cards (a tag that no card has is refused earlier, by check_tags).
std::string no_cards_message(std::span<const Deck> decks, const SectionSelection& selection) {
  int stubs = 0;
  for (SectionRef ref : selection.sections) stubs += decks[ref.deck].sections[ref.section].stubs;
  std::string awaiting = stubs > 0 ? " (" + std::to_string(stubs) + " awaiting content)" : "";
  if (selection.sections.size() == 1) {
    const Section& s = decks[selection.sections[0].deck].sections[selection.sections[0].section];
    return "Section '" + sanitize(s.title) + "' has no cards yet" + awaiting + ".";
  }
  return "These sections have no cards yet" + awaiting + ".";
}

// A --tag (compared ignoring ASCII case, as select_cards does) that no card of the chosen sections has is a usage error that lists the tags there are
// (and the nearest one), rather than an empty session.
void check_tags(std::span<const Deck> decks, const SectionSelection& selection, const std::vector<std::string>& tags) {
  if (tags.empty()) return;
  std::vector<std::string> known;
  for (SectionRef ref : selection.sections) {
    for (const Card& card : decks[ref.deck].sections[ref.section].cards) {
      for (const std::string& tag : card.tags) {
        if (std::find(known.begin(), known.end(), ascii_lower(tag)) == known.end()) known.push_back(ascii_lower(tag));
      }
    }
  }
  std::sort(known.begin(), known.end());
  for (const std::string& tag : tags) {
    if (std::find(known.begin(), known.end(), ascii_lower(tag)) != known.end()) continue;
    std::string message = "unknown tag '" + sanitize(tag) + "'";
    if (std::optional<std::string> near = closest_name(ascii_lower(tag), known)) message += "; did you mean '" + *near + "'?";
    if (known.empty()) {
      message += "\nthe cards of these sections have no tags";
    } else {
      message += "\navailable tags:";
      for (const std::string& k : known) {
        message += ' ';
        message += sanitize(k);
      }
    }
    throw UsageError(message);
  }
}

// The `e` key: the card's deck in the editor (the screen is given back meanwhile), read again.
// Returns the edited deck, or nullptr to keep the one the session has; every problem is shown
// and waits for Enter, so that the screen does not hide it.
const Deck* edit_during_study(const GlobalOptions& global, const StudyItem& item, std::deque<Deck>& edited) {
  const Deck* result = nullptr;
  try {
    if (std::optional<std::string> file = editable_deck_file(global, *item.deck, false, std::cin, std::cout)) {
      if (std::optional<LoadedDeck> loaded = edit_deck_file(*file, item.card->pos.line, std::cin, std::cout)) {
        result = &edited.emplace_back(std::move(loaded->deck));
      } else {
        std::cout << "Keeping the deck as it was for this session; the file still has errors.\n";
      }
    }
  } catch (const Error& e) {
    std::cout << "genai-quiz: " << e.what() << "\nThe deck is kept as it was.\n";
  }
  if (result == nullptr) {
    std::cout << "Press Enter to go back to the card. " << std::flush;
    std::string line;
    std::getline(std::cin, line);
  }
  return result;
}

void print_lines(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) std::printf("%s\n", fit_terminal(line).c_str());
}

int run_study(const StudyOptions& options, const GlobalOptions& global) {
  if (options.new_per_day.value_or(0) < 0) throw UsageError("--new: the number of new cards cannot be negative");
  if (options.limit.value_or(0) < 0) throw UsageError("--limit: the number of cards cannot be negative");
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  const SectionSelection selection = chosen_sections(decks, options.sections);
  check_tags(decks, selection, options.tags);
  std::vector<StudyItem> items;
  if (!options.card.empty()) {
    const CardLocation at = find_card(decks, options.card);
    if (!at.ok()) throw Error(sanitize(at.error));
    items = select_cards(decks, [&](std::size_t d, std::size_t s) { return d == at.deck && s == at.section; }, {});
    const Card* chosen = &decks[at.deck].sections[at.section].cards[at.card];
    std::erase_if(items, [&](const StudyItem& item) { return item.card != chosen; });
  } else {
    items = selected_cards(decks, selection, options.tags);
  }
  if (items.empty()) {
    std::printf("%s\n", no_cards_message(decks, selection).c_str());
    return kExitOk;
  }

  const Config config = load_config(global);
  const SchedulerSettings settings = apply_scheduler_flags(config.scheduling, options.scheduler);
  auto calendar = std::make_shared<LocalCalendar>(settings.day_start_hour);
  const Scheduler scheduler(settings, calendar);
  const std::function<TimePoint()> clock = make_clock(global);
  const std::function<std::int64_t()> timer = make_answer_timer(global);
  const TimePoint now = clock();
  // The interview date: --by, else interview_date in config.yaml while it is still ahead.
  std::optional<InterviewPlan> plan;
  if (!options.by.empty()) {
    std::optional<std::int64_t> day = parse_calendar_date(options.by);
    if (!day) throw UsageError("--by: '" + options.by + "' is not a date (allowed: YYYY-MM-DD, e.g. 2025-06-30)");
    if (*day < calendar->day(now)) throw UsageError("--by: " + options.by + " is in the past");
    plan.emplace(*day, calendar);
  } else if (config.interview_date && *config.interview_date >= calendar->day(now)) {
    plan.emplace(*config.interview_date, calendar);
  }
  std::optional<KeyPointMatcher> matcher;
  if (options.type && options.no_type) throw UsageError("--type and --no-type: give one of them");
  if (options.type || (config.study.type && !options.no_type)) matcher.emplace(english_stemmer());
  std::unique_ptr<SqliteStore> store = open_progress(global, options.dry_run);
  attach_progress(items, *store);
  if (!options.dry_run) warn_about_pretend_time(global, now);
  // Another session on the same progress: say so (its answers are taken into account).
  std::optional<SessionMark> mark;
  std::string running_note;
  if (!options.dry_run) {
    mark.emplace(data_directory(global), "study");
    running_note = running_sessions_note(mark->others());
    if (!running_note.empty()) std::fprintf(stderr, "genai-quiz: %s\n", running_note.c_str());
  }

  SessionOptions session_options;
  session_options.new_per_day = options.new_per_day.value_or(config.study.new_per_day);
  session_options.leech_threshold = config.study.leech_threshold;
  session_options.limit = options.limit.value_or(config.study.limit);
  session_options.cram = options.cram;
  session_options.chosen = !options.card.empty();
  session_options.dry_run = options.dry_run;
  if (options.shuffle) session_options.shuffle_seed = options.seed.value_or(default_seed(global, now));
  if (matcher) session_options.typed = &*matcher;
  if (plan) session_options.plan = &*plan;
  Session session(std::move(items), scheduler, *calendar, *store, session_options, now, timer());

  StudyLook look{detect_capabilities(global.color, STDOUT_FILENO), local_utc_offset(now)};
  if (session.ending() == Ending::kNothingDue) {
    print_lines(nothing_to_study_lines(session, look.utc_offset));
    return kExitOk;
  }

  std::deque<Deck> edited_decks;  // the decks read again after `e`, which the session points into
  if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && look.caps.interactive) {
    ScreenStudyIo io(look, clock, timer);
    if (!running_note.empty()) io.set_note("Note: " + running_note + ".");
    io.set_card_editor([&](const StudyItem& item) { return edit_during_study(global, item, edited_decks); });
    run_session(session, io);
  } else {
    LineStudyIo io(std::cin, std::cout, look, terminal_width(), clock, timer);
    run_session(session, io);
    std::cout << "\n";
    std::cout.flush();
  }
  print_lines(summary_lines(session, local_utc_offset(session.now())));
  return kExitOk;
}

}  // namespace

Runner setup_study(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<StudyOptions>();
  add_section_option(sub, options->sections);
  sub.add_option("-t,--tag", options->tags, "Only cards with this tag (repeatable: any of them)")
      ->type_name("TAG");
  sub.add_option("--card", options->card,
                 "Only this card, due or not: its id, or DECK/ID when two decks have the id (genai-quiz search finds it)")
      ->type_name("CARD")
      ->excludes("--section")
      ->excludes("--tag");
  sub.add_option("--new", options->new_per_day,
                 "New cards a day, counting those already introduced today (default: study.new_per_day in config.yaml, else 20)")
      ->type_name("N");
  sub.add_option("--limit", options->limit, "At most N different cards in this session (0: no limit; default: study.limit in config.yaml, else 0)")
      ->type_name("N");
  sub.add_flag("--cram", options->cram,
               "Every selected card, due or not; answers are logged but do not change the schedule");
  sub.add_flag("--shuffle", options->shuffle, "New and review cards in a random order");
  sub.add_option("--seed", options->seed, "Seed for --shuffle, to get the same order again (default: the time given by --now, if any)")->type_name("N");
  sub.add_flag("--type", options->type,
               "Type each answer; it is checked against the card's key points and a rating is suggested "
               "(default: study.type in config.yaml)");
  sub.add_flag("--no-type", options->no_type, "Do not type answers, whatever study.type in config.yaml says");
  sub.add_flag("--dry-run", options->dry_run,
               "Try things out: the session runs as usual but no answer is saved (with --now, to see later days)");
  sub.add_option("--by", options->by,
                 "Interview date: every card is reviewed at least once more before it (default: interview_date "
                 "in config.yaml)")
      ->type_name("DATE");
  add_scheduler_flags(sub, options->scheduler);
  sub.footer(
      "Keys: Space or Enter shows the answer; 1-4 rate Again, Hard, Good, Easy; u undoes;\n"
      "s skips until tomorrow; e edits the card in $VISUAL or $EDITOR; q quits; ? lists the keys.\n"
      "Without a terminal, one command per line (docs/study.md; e does not apply there).\n\n"
      "Example:\n  genai-quiz study -s foundations --new 5\n  genai-quiz study --card self-attention\n"
      "  printf '\\n3\\n' | genai-quiz study --now 2025-03-01T09:00 --limit 1");
  return [options, &global] {
    return run_with_auto_sync(global, !options->dry_run, [&] { return run_study(*options, global); });
  };
}

}  // namespace genai_quiz
