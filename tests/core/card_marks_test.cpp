#include <catch2/catch.hpp>

#include <vector>

#include "genai_quiz/core/card_marks.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono_literals;
using K = CardEventKind;

CardEvent at(int seconds, K kind) { return {0, "d", "c", TimePoint(std::chrono::seconds(seconds)), kind}; }

}  // namespace

TEST_CASE("A card's events fold to its marks in time order", "[core]") {
  struct Case {
    std::vector<CardEvent> events;
    CardMarks marks;
  };
  const Case cases[] = {
      {{}, {false, false, false}},
      {{at(1, K::kSuspend)}, {true, false, false}},
      {{at(1, K::kSuspend), at(2, K::kUnsuspend)}, {false, false, false}},
      {{at(2, K::kUnsuspend), at(1, K::kSuspend)}, {false, false, false}},  // time order, not list order
      {{at(1, K::kFlag)}, {false, true, false}},
      {{at(1, K::kFlag), at(2, K::kUnflag)}, {false, false, false}},
      {{at(1, K::kLeech)}, {true, false, true}},
      {{at(1, K::kLeech), at(2, K::kUnsuspend)}, {false, false, true}},
      {{at(1, K::kLeech), at(2, K::kReset)}, {true, false, false}},  // a reset takes the tag off, not the suspension
      {{at(1, K::kFlag), at(2, K::kReset)}, {false, true, false}},
  };
  for (const Case& c : cases) {
    CHECK(fold_events(c.events) == c.marks);
  }
}

TEST_CASE("A lapse makes a leech at the threshold and every half threshold after", "[core]") {
  struct Case {
    int lapses;
    int threshold;
    bool leech;
  };
  const Case cases[] = {
      {7, 8, false}, {8, 8, true},  {9, 8, false}, {12, 8, true}, {16, 8, true},
      {1, 1, true},  {2, 1, true},  {2, 3, false}, {3, 3, true},  {5, 3, true},
      {4, 3, false}, {8, 0, false}, {100, 0, false},
  };
  for (const Case& c : cases) {
    INFO(c.lapses << " lapses, threshold " << c.threshold);
    CHECK(is_leech_lapse(c.lapses, c.threshold) == c.leech);
  }
}

TEST_CASE("Event kinds have names that read back and the latest reset is found", "[core]") {
  for (K kind : {K::kSuspend, K::kUnsuspend, K::kFlag, K::kUnflag, K::kLeech, K::kReset}) {
    CHECK(event_kind_from_name(event_kind_name(kind)) == kind);
  }
  CHECK_FALSE(event_kind_from_name("bury").has_value());
  const std::vector<CardEvent> events = {at(5, K::kReset), at(9, K::kFlag), at(7, K::kReset)};
  CHECK(last_reset(events) == TimePoint(7s));
  CHECK_FALSE(last_reset(std::vector<CardEvent>{at(1, K::kFlag)}).has_value());
}

TEST_CASE("Marks read as words, a suspended leech as leech alone", "[core]") {
  struct Row {
    CardMarks marks;  // suspended, flagged, leech
    const char* names;
  };
  const Row rows[] = {
      {{false, false, false}, ""},
      {{true, false, false}, "suspended"},
      {{false, true, false}, "flagged"},
      {{true, true, false}, "suspended, flagged"},
      {{true, false, true}, "leech"},
      {{false, false, true}, "leech, unsuspended"},
      {{true, true, true}, "leech, flagged"},
  };
  for (const Row& row : rows) CHECK(mark_names(row.marks) == row.names);
}

TEST_CASE("Marks as JSON keys come in one order whatever the marks", "[core]") {
  using Keys = std::vector<std::string_view>;
  struct Row {
    CardMarks marks;  // suspended, flagged, leech
    Keys keys;
  };
  const Row rows[] = {
      {{false, false, false}, {}},
      {{true, false, false}, {"suspended"}},
      {{false, true, false}, {"flagged"}},
      {{false, false, true}, {"leech"}},
      {{true, true, false}, {"suspended", "flagged"}},
      {{true, false, true}, {"suspended", "leech"}},
      {{true, true, true}, {"suspended", "flagged", "leech"}},
  };
  for (const Row& row : rows) CHECK(mark_keys(row.marks) == row.keys);
}

}  // namespace genai_quiz
