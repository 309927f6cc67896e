// libFuzzer target: the config.yaml reader. Every problem in the text must become a diagnostic.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "genai_quiz/config/config_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  genai_quiz::parse_config(text, "config.yaml");
  return 0;
}
