// genai-quiz interview: a timed mock interview round, graded at the end, with a transcript.

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <system_error>

#include "cli/command_setups.hpp"
#include "cli/scheduler_flags.hpp"
#include "cli/section_option.hpp"
#include "genai_quiz/app/chosen_sections.hpp"
#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/app/sync_run.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/interview_recorder.hpp"
#include "genai_quiz/core/interview_transcript.hpp"
#include "genai_quiz/core/iso_time.hpp"
#include "genai_quiz/core/section_select.hpp"
#include "genai_quiz/core/study_item.hpp"
#include "genai_quiz/files/atomic_file.hpp"
#include "genai_quiz/stem/snowball_stemmer.hpp"
#include "genai_quiz/store/session_mark.hpp"
#include "genai_quiz/term/capabilities.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/ui/line_interview_io.hpp"
#include "genai_quiz/ui/output_text.hpp"
#include "genai_quiz/ui/screen_interview_io.hpp"
#include "genai_quiz/ui/study_text.hpp"

namespace genai_quiz {
namespace {

struct InterviewOptions {
  std::vector<std::string> sections;
  int questions = 5;
  double minutes = 3;
  std::string transcript;
  bool dry_run = false;
  std::optional<std::uint64_t> seed;
  SchedulerFlags scheduler;
};

// "2025-03-01 09:00" and "2025-03-01-0900": the local time `t` for the transcript's heading and
// its default file name.
std::pair<std::string, std::string> local_stamps(TimePoint t) {
  const std::string local = format_iso_time(t, local_utc_offset(t));  // 2025-03-01T09:00:00+01:00
  const std::string date = local.substr(0, 10);
  return {date + " " + local.substr(11, 5), date + "-" + local.substr(11, 2) + local.substr(14, 2)};
}

// data/interviews/interview-2025-03-01-0900.md, or -2, -3... when that exists.
std::filesystem::path default_transcript_path(const GlobalOptions& global, const std::string& stamp) {
  const std::filesystem::path dir = data_directory(global) / "interviews";
  std::filesystem::path path = dir / ("interview-" + stamp + ".md");
  for (int n = 2; std::filesystem::exists(path); ++n) {
    path = dir / ("interview-" + stamp + "-" + std::to_string(n) + ".md");
  }
  return path;
}

// Writes the transcript `text` to `path` atomically (files/atomic_file), creating its folder,
// so that a reader never sees half a transcript.
void write_transcript(const std::filesystem::path& path, const std::string& text) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  write_file_atomically(path, [&](std::ostream& out) { out << text; });
}

// "genai-interview · Technical Foundation, RAG", or "genai-interview · every section".
std::string scope_of(std::span<const Deck> decks, const SectionSelection& selection, bool all) {
  std::string deck_ids;
  for (const Deck& d : decks) deck_ids += (deck_ids.empty() ? "" : ", ") + d.id;
  if (all) return deck_ids + " · every section";
  std::string titles;
  for (SectionRef ref : selection.sections) {
    titles += (titles.empty() ? "" : ", ") + decks[ref.deck].sections[ref.section].title;
  }
  return deck_ids + " · " + titles;
}

int run_interview_command(const InterviewOptions& options, const GlobalOptions& global) {
  if (options.questions < 1) throw UsageError("-n: a round needs at least 1 question");
  if (!(options.minutes > 0) || options.minutes > 60) {
    throw UsageError("--minutes: the time per question must be more than 0 and at most 60 minutes");
  }
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  const SectionSelection selection = chosen_sections(decks, options.sections);
  std::vector<StudyItem> items = selected_cards(decks, selection);
  if (items.empty()) {
    std::printf("These sections have no cards yet: nothing to ask.\n");
    return kExitOk;
  }

  const Config config = load_config(global);
  const SchedulerSettings settings = apply_scheduler_flags(config.scheduling, options.scheduler);
  auto calendar = std::make_shared<LocalCalendar>(settings.day_start_hour);
  const Scheduler scheduler(settings, calendar);
  std::optional<InterviewPlan> plan;
  if (config.interview_date) plan.emplace(*config.interview_date, calendar);
  const std::function<TimePoint()> clock = make_clock(global);
  const std::function<std::int64_t()> timer = make_answer_timer(global);
  const TimePoint started = clock();
  std::unique_ptr<SqliteStore> store = open_progress(global, options.dry_run);
  attach_progress(items, *store);
  const std::size_t selected = items.size();
  items = without_suspended(std::move(items));  // set aside, as study does
  if (items.empty()) {
    std::printf("Every card of these sections is suspended: nothing to ask. "
                "'genai-quiz unsuspend CARD' brings one back.\n");
    return kExitOk;
  }
  if (!options.dry_run) warn_about_pretend_time(global, started);
  std::optional<SessionMark> mark;
  if (!options.dry_run) {
    mark.emplace(data_directory(global), "interview");
    const std::string note = running_sessions_note(mark->others());
    if (!note.empty()) std::fprintf(stderr, "genai-quiz: %s\n", note.c_str());
  }

  std::vector<InterviewQuestion> questions;
  const std::uint64_t seed = options.seed.value_or(default_seed(global, started));
  for (std::size_t i : draw_questions(items.size(), static_cast<std::size_t>(options.questions), seed)) {
    const StudyItem& item = items[i];
    questions.push_back({item.deck->id, item.card->id, item.section->title, item.card->question,
                         item.card->answer, item.card->key_points, item.card->choices, item.card->correct});
  }
  std::string fewer;  // a round larger than the cards there are says so
  if (static_cast<std::size_t>(options.questions) > questions.size()) {
    const int n = static_cast<int>(questions.size());
    fewer = "These sections have " + plural(n, "card") + (selected > items.size() ? " not suspended" : "") +
            ", so the round has " + plural(n, "question") + ", not " + std::to_string(options.questions) + ".";
  }
  const KeyPointMatcher matcher(english_stemmer());
  const auto limit = std::chrono::milliseconds(static_cast<std::int64_t>(options.minutes * 60'000));
  InterviewRound round(std::move(questions), limit, matcher);
  ReviewLogRecorder recorder(scheduler, *store, plan ? &*plan : nullptr,
                             options.dry_run ? SavedWording(unsaved_text) : SavedWording(saved_text));

  const Capabilities caps = detect_capabilities(global.color, STDOUT_FILENO);
  const std::string dry_note = "Dry run: the grades are not saved, and there is no transcript unless --transcript names one.";
  if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && caps.interactive) {
    // The screen covers what was printed before it: the notes go on it, and the header says dry run.
    ScreenInterviewIo io(caps, clock, timer, options.dry_run);
    io.show_message(fewer);
    run_interview(round, io, recorder);
    io.close();
    if (!fewer.empty()) std::cout << fit_terminal(fewer) << "\n";
  } else {
    if (!fewer.empty()) std::cout << fewer << "\n";
    if (options.dry_run) std::cout << dry_note << "\n";
    std::cout.flush();
    LineInterviewIo io(std::cin, std::cout, caps, terminal_width(), clock, timer);
    run_interview(round, io, recorder);
    std::cout << "\n";
  }

  if (round.questions().empty()) {
    std::cout << "No question was answered, so there is no transcript.\n";
    return kExitOk;
  }
  if (options.dry_run && options.transcript.empty()) {
    std::cout << fit_terminal(sanitize(render_round_summary(round)) + "Dry run: nothing was saved.\n");
    return kExitOk;
  }
  const auto [heading, stamp] = local_stamps(started);
  const std::filesystem::path path =
      options.transcript.empty() ? default_transcript_path(global, stamp) : std::filesystem::path(options.transcript);
  // A transcript is read in a terminal or an editor: the deck's controls are shown as visible codes.
  write_transcript(path, sanitize(render_transcript(round, {heading, scope_of(decks, selection, options.sections.empty())})));
  std::cout << fit_terminal(sanitize(render_round_summary(round))) << "Transcript: " << sanitize(path.string()) << "\n";
  std::cout.flush();
  return kExitOk;
}

}  // namespace

Runner setup_interview(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<InterviewOptions>();
  add_section_option(sub, options->sections,
                     "Ask only from this section: id or title, any case, a unique prefix (repeatable)");
  sub.add_option("-n,--questions", options->questions, "How many questions (default 5)")->type_name("N");
  sub.add_option("--minutes", options->minutes, "Time for each question, in minutes (default 3)")
      ->type_name("MINUTES");
  sub.add_option("--transcript", options->transcript,
                 "Save the transcript here (default: interviews/interview-DATE-TIME.md in the data directory)")
      ->type_name("FILE");
  sub.add_flag("--dry-run", options->dry_run, "Try a round: the grades are not saved in your progress");
  sub.add_option("--seed", options->seed,
                 "Seed for drawing the questions, to get the same round again (default: the time given by --now, if any)")
      ->type_name("N");
  add_scheduler_flags(sub, options->scheduler);
  sub.footer(
      "Questions come one at a time against a countdown; type the answer (an empty line or Ctrl-D\n"
      "ends it; an empty answer means you answered aloud). Answers are checked against the cards'\n"
      "key points and graded only at the end; each grade is saved like a study answer. Suspended\n"
      "cards are never asked.\n"
      "Without a terminal, answers and grades are read line by line (docs/interview.md).\n\n"
      "Example:\n  genai-quiz interview -s foundations -n 3 --minutes 2\n"
      "  genai-quiz interview --transcript mock.md");
  return [options, &global] {
    return run_with_auto_sync(global, !options->dry_run, [&] { return run_interview_command(*options, global); });
  };
}

}  // namespace genai_quiz
