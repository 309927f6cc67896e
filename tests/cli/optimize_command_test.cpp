#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <sstream>

#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/config/config_file.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/store/sqlite_store.hpp"
#include "support/review_simulator.hpp"
#include "support/scoped_env.hpp"
#include "support/temp_dir.hpp"

using namespace genai_quiz;

namespace {

/// Sends standard output to /dev/null while it lives.
class Silence {
 public:
  Silence() {
    std::fflush(stdout);
    saved_ = ::dup(STDOUT_FILENO);
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::close(null);
  }
  ~Silence() {
    std::fflush(stdout);
    ::dup2(saved_, STDOUT_FILENO);
    ::close(saved_);
  }

 private:
  int saved_;
};

/// Runs the command line as main does, with standard output thrown away; returns the exit code.
int run_quietly(std::vector<std::string> args) {
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  Silence silence;
  try {
    return run_cli(int(argv.size()), argv.data());
  } catch (const Error& e) {
    return e.exit_code();
  }
}

}  // namespace

TEST_CASE("optimize fits the reviews in the progress database and --apply saves them", "[cli]") {
  testing::TempDir dir;
  testing::ScopedEnv config_home("XDG_CONFIG_HOME", (dir / "config").c_str());
  {
    SqliteStore store(dir / "progress.db");
    std::map<std::string, std::int64_t> last;
    for (ReviewRecord r : testing::simulate_reviews(kDefaultWeights, 150, 6, 9)) {
      r.deck_id = "genai";
      std::optional<std::int64_t> id = store.record(r, last.contains(r.card_id) ? last[r.card_id] : 0);
      REQUIRE(id);
      last[r.card_id] = *id;
    }
  }
  CHECK(run_quietly({"genai-quiz", "--data-dir", dir.path().string(), "optimize", "--apply"}) == kExitOk);
  std::ifstream in(dir / "config" / "genai-quiz" / "config.yaml");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  ConfigParse parsed = parse_config(text.str(), "config.yaml");
  CHECK(parsed.diagnostics.empty());
  CHECK(parsed.config.scheduling.parameters != kDefaultWeights);
}

TEST_CASE("optimize without progress says so and changes nothing", "[cli]") {
  testing::TempDir dir;
  testing::ScopedEnv config_home("XDG_CONFIG_HOME", (dir / "config").c_str());
  CHECK(run_quietly({"genai-quiz", "--data-dir", dir.path().string(), "optimize"}) == kExitFailure);
  CHECK_FALSE(std::filesystem::exists(dir / "progress.db"));
}
