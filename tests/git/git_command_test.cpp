#include <catch2/catch.hpp>

#include "genai_quiz/git/git_command.hpp"
#include "support/temp_dir.hpp"

using namespace genai_quiz;
using testing::TempDir;

TEST_CASE("git runs with an argument vector, so no shell reads its arguments", "[git]") {
  if (!git_version()) {
    WARN("skipped: git is not installed (tools/install-deps.sh installs it)");
    return;
  }
  TempDir dir;
  REQUIRE(run_git(dir.path(), {"init", "--quiet"}).ok());
  const std::string odd = "it's $HOME; `echo no` | cat > x";
  GitResult set = run_git(dir.path(), {"config", "genai.test", odd});
  REQUIRE(set.ok());
  GitResult get = run_git(dir.path(), {"config", "genai.test"});
  CHECK(get.out == odd + "\n");
  CHECK_FALSE(std::filesystem::exists(dir / "x"));
}

TEST_CASE("A failing git run gives its status and its last line of error", "[git]") {
  if (!git_version()) {
    WARN("skipped: git is not installed (tools/install-deps.sh installs it)");
    return;
  }
  TempDir dir;
  GitResult r = run_git(dir.path(), {"rev-parse", "--verify", "no-such-ref"});
  CHECK_FALSE(r.ok());
  CHECK(r.status != 0);
  CHECK_FALSE(git_message(r).empty());
  CHECK(git_message(GitResult{3, "", "first\nfatal: the reason\n\nmore advice\n"}) == "fatal: the reason");
  CHECK(git_message(GitResult{3, "", "first\nthe last line\n\n"}) == "the last line");
  CHECK(git_message(GitResult{3, "", ""}) == "git exited with status 3");
}

TEST_CASE("git's version is found on PATH, and a missing git says how to install it", "[git]") {
  if (!git_version()) {
    WARN("skipped: git is not installed (tools/install-deps.sh installs it)");
    return;
  }
  CHECK_THAT(*git_version(), Catch::StartsWith("git version "));
  CHECK_THAT(git_install_hint(), Catch::Contains("apt install git"));
}
