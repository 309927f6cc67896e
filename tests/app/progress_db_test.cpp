#include "genai_quiz/app/progress_db.hpp"

#include <catch2/catch.hpp>

#include "support/scoped_env.hpp"
#include "support/temp_dir.hpp"

namespace genai_quiz {
using testing::ScopedEnv;

TEST_CASE("The data directory comes from the flag, then GENAI_QUIZ_HOME, then XDG, then HOME", "[cli]") {
  ScopedEnv home("HOME", "/home/ada");
  ScopedEnv xdg("XDG_DATA_HOME", nullptr);
  ScopedEnv gq("GENAI_QUIZ_HOME", nullptr);
  GlobalOptions global;
  CHECK(data_directory(global) == "/home/ada/.local/share/genai-quiz");
  {
    ScopedEnv relative("XDG_DATA_HOME", "relative/data");
    CHECK(data_directory(global) == "/home/ada/.local/share/genai-quiz");
  }
  ScopedEnv xdg_set("XDG_DATA_HOME", "/xdg/data");
  CHECK(data_directory(global) == "/xdg/data/genai-quiz");
  ScopedEnv gq_set("GENAI_QUIZ_HOME", "/srv/quiz");
  CHECK(data_directory(global) == "/srv/quiz");
  global.data_dir = "/tmp/elsewhere";
  CHECK(data_directory(global) == "/tmp/elsewhere");
  CHECK(progress_db_path(global) == "/tmp/elsewhere/progress.db");
}

TEST_CASE("A pretend time far from the clock is warned about only for the person's own progress", "[cli]") {
  using namespace std::chrono;
  ScopedEnv home("HOME", "/home/ada");
  ScopedEnv xdg("XDG_DATA_HOME", nullptr);
  ScopedEnv gq("GENAI_QUIZ_HOME", nullptr);
  const TimePoint clock = TimePoint(sys_days(2026y / 12 / 3) + 9h);
  struct Case {
    hours apart;
    const char* data_dir;  // --data-dir, "" for none
    const char* expected;  // a part of the warning, "" for none
  } cases[] = {
      {hours(0), "", ""},
      {hours(23), "", ""},                          // within a day: a late evening, not a pretence
      {hours(-23), "", ""},
      {hours(38 * 24), "", "(--now, 38 days ahead)"},
      {hours(-25), "", "(--now, 1 day behind)"},
      {hours(38 * 24), "/tmp/try", ""},              // a data directory of its own: nothing to spoil
  };
  for (const Case& c : cases) {
    GlobalOptions global;
    global.now = "pinned";
    global.data_dir = c.data_dir;
    const std::string warning = pretend_time_warning(global, clock + c.apart, clock);
    INFO(c.apart.count() << "h " << c.data_dir);
    if (*c.expected == '\0') {
      CHECK(warning.empty());
    } else {
      CHECK_THAT(warning, Catch::Contains(c.expected) && Catch::Contains("/home/ada/.local/share/genai-quiz") &&
                              Catch::Contains("--dry-run"));
    }
  }
  ScopedEnv gq_set("GENAI_QUIZ_HOME", "/srv/quiz");
  CHECK(pretend_time_warning(GlobalOptions{}, clock + hours(100), clock).empty());
}

TEST_CASE("Opening progress creates the data directory and the database", "[cli]") {
  testing::TempDir dir;
  GlobalOptions global;
  global.data_dir = (dir / "nested" / "data").string();
  auto store = open_progress(global);
  CHECK(std::filesystem::exists(dir / "nested" / "data" / "progress.db"));
  CHECK(store->schema_version() == progress_schema_version());
}

}  // namespace genai_quiz
