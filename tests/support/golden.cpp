#include "support/golden.hpp"

#include "support/fixture_files.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

namespace genai_quiz::testing {

GoldenMode golden_mode(const char* update_golden, const char* ci) {
  const auto set = [](const char* value) { return value != nullptr && *value != '\0'; };
  if (!set(update_golden)) return GoldenMode::kCompare;
  return set(ci) ? GoldenMode::kRefused : GoldenMode::kUpdate;
}

bool update_golden() {
  switch (golden_mode(std::getenv("GENAI_QUIZ_UPDATE_GOLDEN"), std::getenv("CI"))) {
    case GoldenMode::kCompare: return false;
    case GoldenMode::kUpdate: return true;
    case GoldenMode::kRefused:
      FAIL_CHECK("GENAI_QUIZ_UPDATE_GOLDEN is refused where CI is set: a CI run compares with the golden "
                 "files and never rewrites them");
      return false;
  }
  return false;
}

std::string escapes_visible(std::string text) {
  for (std::size_t at = text.find('\x1b'); at != std::string::npos; at = text.find('\x1b', at + 2)) {
    text.replace(at, 1, "\\e");
  }
  return text;
}

void check_golden(const std::string& relative_path, const std::string& actual) {
  std::string path = std::string(GENAI_QUIZ_SOURCE_DIR) + "/tests/data/" + relative_path;
  std::string visible = escapes_visible(actual);
  if (update_golden()) {
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
