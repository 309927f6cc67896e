// libFuzzer target: the line protocol of `study` (docs/study.md). The input's first byte picks the
// session's options (typed answers, cram, shuffle, dry run, colour, Unicode, width); the rest is
// what a script would pipe to standard input. The session runs over an in-memory deck and store
// with a clock that stands still.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/key_point_matcher.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "genai_quiz/core/session.hpp"
#include "genai_quiz/core/study_item.hpp"
#include "genai_quiz/core/study_loop.hpp"
#include "genai_quiz/deck/deck_loader.hpp"
#include "genai_quiz/ui/line_study_io.hpp"
#include "support/memory_store.hpp"

namespace {

using namespace genai_quiz;
using namespace std::chrono;

constexpr const char* kDeck = R"(id: fuzz
title: Fuzz
sections:
  - id: math
    title: Math
    cards:
      - id: dot
        question: What is $q \cdot k$?
        answer: "The dot product $\\sum_{j=1}^{n} q_j k_j$, with **bold** and `code`."
        key_points: [dot product, [sum of products, inner product]]
        tags: [algebra]
      - id: root
        question: Why divide the scores by $\sqrt{d_k}$?
        answer: |
          | a | b |
          |---|---|
          | 1 | 2 |

          To keep their variance near **one**.
        key_points: [variance]
  - id: text
    title: "Text \e]0;title\a here"
    cards:
      - id: escape
        question: "Clear \e[2J the screen?"
        answer: "No: \e[31mred\e[0m stays visible.\n\n- a list\n- of items"
      - id: wide
        question: "日本語の質問？"
        answer: "答え e\u0301 \u202Eevil"
)";

// The deck's cards, selected once: each input starts from a copy with no progress.
const std::vector<StudyItem>& fuzz_items() {
  static const std::vector<Deck> decks{load_deck(kDeck, "fuzz.yaml").deck};
  static const std::vector<StudyItem> items =
      select_cards(decks, [](std::size_t, std::size_t) { return true; }, {});
  return items;
}

const std::shared_ptr<const Calendar>& fuzz_calendar() {
  static const std::shared_ptr<const Calendar> calendar = std::make_shared<FixedOffsetCalendar>(minutes(0), 4);
  return calendar;
}

Scheduler make_scheduler(bool enable_fuzz) {
  SchedulerSettings settings;
  settings.enable_fuzz = enable_fuzz;
  return Scheduler(settings, fuzz_calendar());
}

// The scheduler with and without interval fuzz, each made once.
const Scheduler& fuzz_scheduler(bool enable_fuzz) {
  static const Scheduler plain = make_scheduler(false);
  static const Scheduler fuzzed = make_scheduler(true);
  return enable_fuzz ? fuzzed : plain;
}

const TimePoint kStart = TimePoint(sys_days(2025y / 3 / 1) + 9h);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t flags = data[0];
  std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  std::ostringstream out;

  static const KeyPointMatcher matcher;
  SessionOptions options;
  options.typed = (flags & 1) ? &matcher : nullptr;
  options.cram = flags & 2;
  if (flags & 4) options.shuffle_seed = flags;
  options.dry_run = flags & 8;
  const Capabilities caps{(flags & 16) != 0, (flags & 32) != 0, false};
  const int width = (flags & 64) ? 20 : 80;

  const Scheduler& scheduler = fuzz_scheduler((flags & 128) != 0);
  testing::MemoryStore store;
  std::vector<StudyItem> items = fuzz_items();
  attach_progress(items, store);
  Session session(std::move(items), scheduler, *fuzz_calendar(), store, options, kStart, 0);
  LineStudyIo io(in, out, StudyLook{caps, minutes(0)}, width, [] { return kStart; }, [] { return 0; });
  run_session(session, io);
  return 0;
}
