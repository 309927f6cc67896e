// libFuzzer target: the deck loader on YAML held in memory. load_deck promises never to throw for
// anything in its text, so any exception, crash or sanitizer report is a defect.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "genai_quiz/deck/deck_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  genai_quiz::load_deck(text, "fuzz.yaml");
  return 0;
}
