#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/files/read_file.hpp"
#include "support/temp_dir.hpp"

using namespace genai_quiz;
namespace fs = std::filesystem;

TEST_CASE("A whole file is read byte for byte", "[files]") {
  testing::TempDir dir;
  const std::string bytes[] = {"", "one line\n", std::string("a\0b\r\n\xff", 6), std::string(100000, 'x')};
  for (const std::string& b : bytes) {
    {
      std::ofstream out(dir.path() / "f", std::ios::binary | std::ios::trunc);
      out << b;
    }
    CHECK(read_whole_file(dir.path() / "f") == b);
    CHECK(read_file_if_exists(dir.path() / "f") == b);
  }
}

TEST_CASE("A file that cannot be read is an error naming it and the reason", "[files]") {
  testing::TempDir dir;
  const std::string missing = (dir.path() / "missing.txt").string();
  const std::string folder = dir.path().string();
  CHECK_THROWS_WITH(read_whole_file(missing), "cannot read " + missing + ": No such file or directory");
  CHECK_THROWS_WITH(read_whole_file(missing, "deck file 'missing.txt'"),
                    "cannot read deck file 'missing.txt': No such file or directory");
  CHECK_THROWS_WITH(read_whole_file(folder), "cannot read " + folder + ": Is a directory");
  CHECK_THROWS_WITH(read_file_if_exists(folder), "cannot read " + folder + ": Is a directory");
  CHECK_FALSE(read_file_if_exists(missing).has_value());
}
