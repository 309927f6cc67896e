// libFuzzer target: the export reader behind `import`, on JSON (text starting with '{') and YAML,
// with the command's own time parser. Nothing in the file may make it throw.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/exchange/import_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  genai_quiz::read_import(text, "fuzz-export", genai_quiz::parse_offset_time);
  return 0;
}
