#include "support/layer_rules.hpp"

#include <catch2/catch.hpp>

#include "support/fixture_files.hpp"

// The layers of src/layers.txt, checked on every #include of the source tree; docs/architecture.md
// says how to run it. The build enforces the same table (src/CMakeLists.txt); this check also
// sees the includes of files that a build leaves out and names each file and line.

namespace genai_quiz::testing {

TEST_CASE("Every include of src/ and include/ follows the layer table", "[build]") {
  const std::string root = GENAI_QUIZ_SOURCE_DIR;
  const LayerTable table = read_layer_table(root + "/src/layers.txt");
  REQUIRE(table.size() == 13);
  REQUIRE(table.at("git") == std::set<std::string>{"core"});
  REQUIRE(table.at("ui") == std::set<std::string>{"core", "term"});
  REQUIRE(table.at("app") ==
          std::set<std::string>{"core", "files", "deck", "config", "store", "exchange", "git", "term", "ui"});
  for (const LayerViolation& v : layer_violations(root, table)) FAIL_CHECK(v.text());
}

TEST_CASE("The layer check names the file and line of each wrong include planted in a fixture tree", "[build]") {
  const std::string root = fixture_path("layers/wrong_includes");
  const LayerTable table = read_layer_table(root + "/src/layers.txt");
  const std::vector<std::string> expected = {
      "include/genai_quiz/term/screen.hpp:3: the public header includes the private \"term/raw_mode.hpp\"",
      "src/cli/main.cpp:2: \"term/raw_mode.hpp\" is private to the term layer",
      "src/cli/main.cpp:3: \"genai_quiz/gui/window.hpp\" names no layer of src/layers.txt",
      "src/core/session.cpp:5: core may not include \"genai_quiz/ui/study.hpp\": core uses no other layer "
      "(src/layers.txt)",
      "src/term/raw_mode.hpp:2: term may not include \"genai_quiz/ui/study.hpp\": term uses core (src/layers.txt)",
      "src/ui/study.cpp:4: ui may not include \"genai_quiz/cli/commands.hpp\": ui uses core term (src/layers.txt)",
      "src/widgets/button.cpp:1: the folder widgets is not a layer of src/layers.txt",
  };
  std::vector<std::string> found;
  for (const LayerViolation& v : layer_violations(root, table)) found.push_back(v.text());
  CHECK(found == expected);
}

TEST_CASE("A layer table line that does not read as \"layer: used ...\" is named", "[build]") {
  const std::string path = fixture_path("layers/bad_table.txt");
  CHECK_THROWS_WITH(read_layer_table(path), path + ":3: expected \"layer: used used ...\"");
}

}  // namespace genai_quiz::testing
