#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/files/atomic_file.hpp"
#include "support/fixture_files.hpp"
#include "support/temp_dir.hpp"

using namespace genai_quiz;
namespace fs = std::filesystem;

namespace {

// How many files and folders `dir` holds.
int entries(const fs::path& dir) {
  return static_cast<int>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

void write_text(const fs::path& p, const std::string& text) {
  write_file_atomically(p, [&](std::ostream& out) { out << text; });
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("A file written atomically has exactly the bytes written, and replaces the old one", "[files]") {
  testing::TempDir dir;
  fs::path file = dir.path() / "progress.csv";
  write_text(file, "first\r\n");
  CHECK(testing::read_text_file(file.string()).value_or("") == "first\r\n");
  mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK((fs::status(file).permissions() & fs::perms::all) == static_cast<fs::perms>(0666 & ~mask));

  fs::permissions(file, static_cast<fs::perms>(0600));
  write_text(file, "second");
  CHECK(testing::read_text_file(file.string()).value_or("") == "second");
  CHECK((fs::status(file).permissions() & fs::perms::all) == static_cast<fs::perms>(0600));  // kept
  CHECK(entries(dir.path()) == 1);  // no temporary file left behind
}

TEST_CASE("A file that cannot be written is an error naming its path, and nothing is left behind", "[files]") {
  testing::TempDir dir;
  struct Case {
    const char* what;
    fs::path path;
    const char* reason;
  } cases[] = {
      {"missing directory", dir.path() / "no-such-dir" / "out.json", "No such file or directory"},
      {"a file where a directory should be", dir.path() / "plain" / "out.json", "Not a directory"},
      {"a directory in the way", dir.path() / "sub", "Is a directory"},
  };
  std::ofstream(dir.path() / "plain") << "x";
  fs::create_directory(dir.path() / "sub");
  for (const Case& c : cases) {
    INFO(c.what);
    std::string message = error_of([&] { write_text(c.path, "data"); });
    CHECK(message == "cannot write " + c.path.string() + ": " + c.reason);
    CHECK(entries(dir.path()) == 2);
  }
}

TEST_CASE("A failure while forming the content leaves the old file untouched", "[files]") {
  testing::TempDir dir;
  fs::path file = dir.path() / "out.yaml";
  write_text(file, "old");
  CHECK_THROWS_AS(write_file_atomically(file,
                                        [](std::ostream& out) {
                                          out << "half";
                                          throw std::runtime_error("stop");
                                        }),
                  std::runtime_error);
  CHECK(testing::read_text_file(file.string()).value_or("") == "old");
  CHECK(entries(dir.path()) == 1);
}

TEST_CASE("A full disk leaves the old file untouched and no temporary file", "[files]") {
  // RLIMIT_FSIZE makes write() fail with EFBIG past the limit, as a full disk fails with ENOSPC.
  testing::TempDir dir;
  fs::path file = dir.path() / "out.json";
  write_text(file, "old");
  struct rlimit saved {};
  REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 4096;
  REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
  std::string message = error_of([&] { write_text(file, std::string(100000, 'x')); });
  setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, old_handler);
  CHECK(message == "cannot write " + file.string() + ": File too large");
  CHECK(testing::read_text_file(file.string()).value_or("") == "old");
  CHECK(entries(dir.path()) == 1);
}
