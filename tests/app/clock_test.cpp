#include "genai_quiz/app/clock.hpp"

#include <catch2/catch.hpp>

#include "genai_quiz/core/error.hpp"
#include "support/scoped_env.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono;
using testing::ScopedEnv;

}  // namespace

TEST_CASE("The --now flag wins over GENAI_QUIZ_NOW, which wins over the clock", "[cli]") {
  ScopedEnv env("GENAI_QUIZ_NOW", "2025-03-01T09:00:00Z");
  GlobalOptions global;
  CHECK(resolve_now(global) == TimePoint(sys_days(2025y / 3 / 1) + 9h));
  global.now = "2025-03-02T10:00:00+01:00";
  CHECK(resolve_now(global) == TimePoint(sys_days(2025y / 3 / 2) + 9h));
}

TEST_CASE("A --now time without an offset is local time", "[cli]") {
  ScopedEnv tz("TZ", "America/New_York");
  CHECK(parse_now("2025-01-15T09:00", "--now") == TimePoint(sys_days(2025y / 1 / 15) + 14h));
  CHECK(parse_now("2025-07-15T09:00", "--now") == TimePoint(sys_days(2025y / 7 / 15) + 13h));
  CHECK(local_utc_offset(TimePoint(sys_days(2025y / 7 / 15))) == -4h);
}

TEST_CASE("A bare --now date means noon of that day, local time", "[cli]") {
  ScopedEnv tz("TZ", "UTC");
  CHECK(parse_now("2026-12-05", "--now") == TimePoint(sys_days(2026y / 12 / 5) + 12h));
  ScopedEnv ny("TZ", "America/New_York");
  CHECK(parse_now("2026-12-05", "--now") == TimePoint(sys_days(2026y / 12 / 5) + 17h));
  CHECK(parse_now("2026-12-05T00:00", "--now") == TimePoint(sys_days(2026y / 12 / 5) + 5h));
}

TEST_CASE("A --now that is not ISO 8601 is a usage error naming the flag", "[cli]") {
  try {
    parse_now("next tuesday", "--now");
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) ==
          "--now: 'next tuesday' is not an ISO 8601 time such as 2025-03-01T09:30:00Z or 2025-03-01T09:30");
    CHECK(e.exit_code() == 2);
  }
}

}  // namespace genai_quiz
