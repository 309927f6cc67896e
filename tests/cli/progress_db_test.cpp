#include "cli/progress_db.hpp"

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

TEST_CASE("Opening progress creates the data directory and the database", "[cli]") {
  testing::TempDir dir;
  GlobalOptions global;
  global.data_dir = (dir / "nested" / "data").string();
  auto store = open_progress(global);
  CHECK(std::filesystem::exists(dir / "nested" / "data" / "progress.db"));
  CHECK(store->schema_version() == progress_schema_version());
}

}  // namespace genai_quiz
