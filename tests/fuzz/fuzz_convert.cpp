// libFuzzer target: convert on a Markdown document, in every layout. Binary, non-UTF-8 or
// question-less input gives a diagnostic; nothing may throw.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "genai_quiz/convert/convert.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  genai_quiz::ConvertOptions options;
  options.file = "fuzz.md";
  genai_quiz::convert_markdown(text, options);
  return 0;
}
