// libFuzzer target: the sync log reader, as read_shared_folder reads a device's log: its complete
// lines (complete_lines), each read as one answer or card event (read_log_line). The lines must
// be views into the text, end before `consumed`, and hold no line end.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/exchange/import_reader.hpp"
#include "genai_quiz/exchange/jsonl_lines.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace genai_quiz;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const CompleteLines lines = complete_lines(text);
  if (lines.consumed > text.size() || (lines.consumed > 0 && text[lines.consumed - 1] != '\n')) std::abort();
  int number = 0;
  for (std::string_view line : lines.lines) {
    if (line.data() < text.data() || line.data() + line.size() > text.data() + lines.consumed ||
        line.find('\n') != std::string_view::npos) {
      std::abort();
    }
    read_log_line(line, "device.jsonl", ++number, parse_offset_time);
  }
  return 0;
}
