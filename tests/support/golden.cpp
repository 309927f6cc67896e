#include "support/golden.hpp"

#include "support/fixture_files.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

namespace genai_quiz::testing {

std::string escapes_visible(std::string text) {
  for (std::size_t at = text.find('\x1b'); at != std::string::npos; at = text.find('\x1b', at + 2)) {
    text.replace(at, 1, "\\e");
  }
  return text;
}

void check_golden(const std::string& relative_path, const std::string& actual) {
  std::string path = std::string(GENAI_QUIZ_SOURCE_DIR) + "/tests/data/" + relative_path;
  std::string visible = escapes_visible(actual);
  if (std::getenv("GENAI_QUIZ_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << visible;
    WARN("wrote " << path << ": review it before committing");
    return;
  }
  std::string expected = read_text_file(path).value_or("");
  INFO("golden file " << path);
  REQUIRE_FALSE(expected.empty());
  CHECK(visible == expected);
}

}  // namespace genai_quiz::testing
