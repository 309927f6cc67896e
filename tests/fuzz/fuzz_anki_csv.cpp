// libFuzzer target: the Anki-style CSV review log reader (optimize --csv). A malformed file is
// reported by throwing genai_quiz::Error naming the line; any other exception is a defect.

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "genai_quiz/exchange/review_log_csv.hpp"
#include "genai_quiz/core/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    genai_quiz::read_review_log_csv(in, "fuzz.csv");
  } catch (const genai_quiz::Error&) {
  }
  return 0;
}
