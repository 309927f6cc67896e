// ctest learns the unit tests from their names (catch_discover_tests), and CMake reads those
// names as a list: a bracket or a semicolon in one name folds the names after it into a single
// test that runs none of them. Every name must be safe to list.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

bool safe_in_cmake_list(const std::string& name) {
  return name.find_first_of("[];\\") == std::string::npos;
}

}  // namespace

TEST_CASE("A test name with brackets, a semicolon or a backslash is not safe to list", "[build]") {
  struct Row {
    const char* name;
    bool safe;
  };
  const std::vector<Row> rows = {
      {"A plain sentence", true},
      {"Ten million '[' stop", false},
      {"a ] alone", false},
      {"one; two", false},
      {"C:\\path", false},
      {"Quotes \"and\" apostrophes' are fine", true},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(safe_in_cmake_list(row.name) == row.safe);
  }
}

TEST_CASE("Every test name is safe for ctest's discovery", "[build]") {
  const auto& tests = Catch::getRegistryHub().getTestCaseRegistry().getAllTests();
  REQUIRE(tests.size() > 100);
  for (const Catch::TestCase& test : tests) {
    INFO(test.name);
    CHECK(safe_in_cmake_list(test.name));
  }
}
