#include "genai_quiz/term/output.hpp"

#include <string>

#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/terminal.hpp"

namespace genai_quiz {
namespace {

bool write_all(std::FILE* stream, std::string_view text) {
  return std::fwrite(text.data(), 1, text.size(), stream) == text.size() && std::fflush(stream) == 0;
}

}  // namespace

bool write_text(std::FILE* stream, std::string_view text) { return write_all(stream, sanitize(text)); }

bool write_data(std::FILE* stream, std::string_view text) {
  return is_terminal(fileno(stream)) ? write_text(stream, text) : write_all(stream, text);
}

}  // namespace genai_quiz
