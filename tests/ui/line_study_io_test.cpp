#include "genai_quiz/ui/line_study_io.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <sstream>

#include "genai_quiz/core/study_loop.hpp"
#include "support/memory_store.hpp"
#include "support/sample_deck.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono;

const TimePoint kStart = TimePoint(sys_days(2025y / 3 / 1) + 9h);

// The line protocol over the sample deck's "basics" section, with a clock that stands still.
struct LineRun {
  explicit LineRun(std::string input, SessionOptions options = {}) : in(std::move(input)) {
    SchedulerSettings settings;
    settings.enable_fuzz = false;
    scheduler = std::make_unique<Scheduler>(settings, calendar);
    auto basics = [](std::size_t, std::size_t s) { return s == 0; };
    std::vector<StudyItem> items = select_cards(decks, basics, {});
    attach_progress(items, store);
    session = std::make_unique<Session>(std::move(items), *scheduler, *calendar, store, options, kStart, 0);
    LineStudyIo io(in, out, StudyLook{Capabilities{}, minutes(0)}, 80, [] { return kStart; }, [] { return 0; });
    run_session(*session, io);
  }

  std::vector<Deck> decks{testing::sample_deck()};
  std::shared_ptr<Calendar> calendar = std::make_shared<FixedOffsetCalendar>(minutes(0), 4);
  std::unique_ptr<Scheduler> scheduler;
  testing::MemoryStore store;
  std::unique_ptr<Session> session;
  std::istringstream in;
  std::ostringstream out;
};

}  // namespace

TEST_CASE("The line protocol shows a card, its answer, and saves each rating", "[ui]") {
  LineRun run("\n3\n\nagain\nq\n");
  CHECK(run.out.str() ==
        "\n"
        "ml | Basics | 3 left | new 3 | learning 0 | review 0\n"
        "Question:\n"
        "Question a?\n"
        "(an empty line shows the answer; ? lists the commands)\n"
        "Answer:\n"
        "Answer a.\n"
        "Rate: 1 Again 1m | 2 Hard 6m | 3 Good 10m | 4 Easy 8d\n"
        "Saved: Good, next in 10m\n"
        "\n"
        "ml | Basics | 3 left | new 2 | learning 1 | review 0\n"
        "Question:\n"
        "Question b?\n"
        "Answer:\n"
        "Answer b.\n"
        "Rate: 1 Again 1m | 2 Hard 6m | 3 Good 10m | 4 Easy 8d\n"
        "Saved: Again, next in 1m\n"
        "\n"
        "ml | Basics | 3 left | new 1 | learning 2 | review 0\n"
        "Question:\n"
        "Question c?\n");
  REQUIRE(run.store.reviews().size() == 2);
  CHECK(run.store.reviews()[1].rating == Rating::kAgain);
  CHECK(run.session->ending() == Ending::kQuit);
}

TEST_CASE("The line protocol answers unknown commands, early ratings, help and undo", "[ui]") {
  LineRun run("3\nbogus\n?\n\n4\nu\n");
  std::string out = run.out.str();
  CHECK(out.find("Show the answer first.\n") != std::string::npos);
  CHECK(out.find("Unknown command 'bogus'; ? lists the commands.\n") != std::string::npos);
  CHECK(out.find("u or undo             undo the last answer, skip, suspension or flag\n") != std::string::npos);
  CHECK(out.find("Saved: Easy, next in 8d\n") != std::string::npos);
  CHECK(out.find("Undid the last answer.\n\nml | Basics | 3 left | new 3") != std::string::npos);
  CHECK(run.store.reviews().empty());
  CHECK(run.session->ending() == Ending::kQuit);  // the end of input quits
}

TEST_CASE("The line protocol makes hostile deck text visible instead of obeying it", "[ui]") {
  std::vector<Deck> decks{testing::sample_deck()};
  decks[0].sections[0].cards[0].question = "Title\x1b]0;pwned\x07 and \x1b[2J clear";
  decks[0].sections[0].title = "Basics\x1b[31m";
  SchedulerSettings settings;
  auto calendar = std::make_shared<FixedOffsetCalendar>(minutes(0), 4);
  Scheduler scheduler(settings, calendar);
  testing::MemoryStore store;
  std::vector<StudyItem> items = select_cards(decks, [](std::size_t, std::size_t s) { return s == 0; }, {});
  Session session(std::move(items), scheduler, *calendar, store, {}, kStart, 0);
  std::istringstream in("q\n");
  std::ostringstream out;
  LineStudyIo io(in, out, StudyLook{Capabilities{}, minutes(0)}, 80, [] { return kStart; }, [] { return 0; });
  run_session(session, io);
  CHECK(out.str().find('\x1b') == std::string::npos);
  CHECK(out.str().find('\x07') == std::string::npos);
  CHECK(out.str().find("^[]0;pwned^G") != std::string::npos);
  CHECK(out.str().find("Basics^[[31m") != std::string::npos);
}

}  // namespace genai_quiz
