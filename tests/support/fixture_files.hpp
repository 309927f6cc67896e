#pragma once
// Reading test inputs: the project's fixtures and the optional shared data folder.

#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace genai_quiz::testing {

/// The whole content of `path`, or nothing when it cannot be read.
inline std::optional<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// The path of a fixture under tests/data/.
inline std::string fixture_path(const std::string& relative) {
  return std::string(GENAI_QUIZ_SOURCE_DIR) + "/tests/data/" + relative;
}

/// The path of a file under the shared data folder (which a user's clone does not have):
/// $GENAI_QUIZ_SHARED_DIR when set, else the folder next to the source tree.
inline std::string shared_path(const std::string& relative) {
  const char* env = std::getenv("GENAI_QUIZ_SHARED_DIR");
  std::string dir = env != nullptr && *env != '\0' ? env : GENAI_QUIZ_SHARED_DIR;
  return dir + "/" + relative;
}

}  // namespace genai_quiz::testing
